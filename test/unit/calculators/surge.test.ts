import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { largestPoolWithSurge, parseSurge, surgeNodes, surgeValue } from '~/calculators/surge';

describe('max surge as a count or a percentage', () => {
  it.each([
    [5, { kind: 'count', value: 5 }],
    ['5', { kind: 'count', value: 5 }],
    ['10%', { kind: 'percent', value: 10 }],
    [' 33 % ', { kind: 'percent', value: 33 }],
    [-0, { kind: 'count', value: 0 }],
    ['-0', { kind: 'count', value: 0 }],
    [0, { kind: 'count', value: 0 }],
  ])('reads %j', (input, expected) => {
    expect(parseSurge(input)).toEqual({ ok: true, value: expected });
  });

  it.each([[2.5], ['abc'], ['10.5%'], ['101%'], [-1], [null], [[1]], ['']])('rejects %j with a plain-language message', (input) => {
    const r = parseSurge(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/whole number of nodes, or a percentage like 10%|at most 100%/);
  });

  it('rounds a percentage up per pool and never surges more than the pool (documented examples)', () => {
    expect(surgeNodes({ kind: 'percent', value: 10 }, 50)).toBe(5);
    expect(surgeNodes({ kind: 'percent', value: 10 }, 51)).toBe(6);
    // Five pools of four nodes at 50% need two surge nodes each (rolling upgrade page).
    expect(surgeNodes({ kind: 'percent', value: 50 }, 4)).toBe(2);
    expect(surgeNodes({ kind: 'count', value: 5 }, 3)).toBe(3);
    expect(surgeNodes({ kind: 'percent', value: 10 }, 0)).toBe(0);
    expect(surgeValue({ kind: 'percent', value: 10 })).toBe('10%');
  });

  it('a percentage surge is never below the count it rounds up from', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 100 }), (nodes, percent) => {
        const surge = surgeNodes({ kind: 'percent', value: percent }, nodes);
        expect(Number.isInteger(surge)).toBe(true);
        expect(surge).toBeGreaterThanOrEqual((nodes * percent) / 100);
        expect(surge).toBeLessThan((nodes * percent) / 100 + 1);
        expect(surge).toBeLessThanOrEqual(nodes);
      }),
    );
  });

  it('the largest pool with its surge fits the slots, and one node more does not', () => {
    const surge = fc.oneof(fc.integer({ min: 0, max: 100 }).map((value) => ({ kind: 'count' as const, value })), fc.integer({ min: 0, max: 100 }).map((value) => ({ kind: 'percent' as const, value })));
    fc.assert(
      fc.property(surge, fc.integer({ min: 0, max: 10_000 }), (s, slots) => {
        const n = largestPoolWithSurge(s, slots, 5000);
        expect(n + surgeNodes(s, n)).toBeLessThanOrEqual(slots);
        if (n < 5000) expect(n + 1 + surgeNodes(s, n + 1)).toBeGreaterThan(slots);
      }),
    );
  });
});
