import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nodeSubnet } from '~/calculators/node-subnet';
import { minimumPrefix, usableIps } from '~/calculators/sizing';
import { codes, errorFields, limits, ok } from './helpers';

describe('node-subnet worked examples (fact sheet 6.1)', () => {
  it('50 nodes, surge 1, maxPods 30 -> 1,581 IPs, /21', () => {
    const r = ok(nodeSubnet({ nodes: 50, maxSurge: 1, maxPods: 30 }, limits));
    expect([r.requiredIps, r.minimumPrefix]).toEqual([1581, 21]);
  });

  it('surge defaults to the default-max-surge limit, 10% rounded up (issue 15 acceptance)', () => {
    const r = ok(nodeSubnet({ nodes: 50, maxPods: 30 }, limits));
    expect([r.requiredIps, r.minimumPrefix, r.surgeNodes]).toEqual([1705, 21, 5]);
    // The finding gives the figure of the older one-node default too, with both sources.
    const f = r.findings.find((x) => x.code === 'default-max-surge');
    expect(f?.message).toMatch(/1,581 addresses instead of 1,705/);
    expect(f?.sources).toEqual(expect.arrayContaining(['aks-release-2025-03-16', 'aks-ip-planning']));
  });

  it('"10%" with 51 nodes surges 6 nodes', () => {
    const r = ok(nodeSubnet({ nodes: 51, maxSurge: '10%', maxPods: 30 }, limits));
    expect([r.surgeNodes, r.plannedNodes, r.requiredIps]).toEqual([6, 57, 57 * 31]);
  });

  it('50 nodes + 10 planned, surge 1, maxPods 30 -> 1,891 IPs, /21', () => {
    const r = ok(nodeSubnet({ nodes: 50, extraNodes: 10, maxSurge: 1, maxPods: 30 }, limits));
    expect([r.requiredIps, r.minimumPrefix]).toEqual([1891, 21]);
  });

  it('a /24 holds 8 nodes at 30 pods (251 usable / 31), 7 when one surge node is kept free', () => {
    const r = ok(nodeSubnet({ nodes: 8, maxSurge: 0, maxPods: 30, subnet: '10.240.0.0/24' }, limits));
    expect([r.usableIps, r.nodeSlots, r.maxNodes, r.fits]).toEqual([251, 8, 8, true]);
    const surge = ok(nodeSubnet({ nodes: 7, maxPods: 30, subnet: '10.240.0.0/24' }, limits));
    expect([surge.nodeSlots, surge.maxNodes]).toEqual([8, 7]);
  });

  it('otherIps come off the subnet before nodes', () => {
    const r = ok(nodeSubnet({ nodes: 1, maxSurge: 0, maxPods: 30, otherIps: 10, subnet: '10.240.0.0/24' }, limits));
    expect([r.requiredIps, r.nodeSlots]).toEqual([41, 7]);
  });

  it('a subnet too small for the plan is an error finding, with the prefix to use', () => {
    const r = ok(nodeSubnet({ nodes: 50, maxPods: 30, subnet: '10.240.0.0/24' }, limits));
    expect(codes(r, 'error')).toContain('subnet-too-small');
    expect(r.findings.find((f) => f.code === 'subnet-too-small')?.message).toMatch(/Use a \/21 or larger/);
  });

  it('a subnet smaller than a /29 is an error finding', () => {
    expect(codes(ok(nodeSubnet({ nodes: 1, maxPods: 10, subnet: '10.0.0.0/30' }, limits)), 'error')).toContain('subnet-below-minimum');
  });

  it('messages cite their source ids', () => {
    const r = ok(nodeSubnet({ nodes: 50, maxPods: 30 }, limits));
    expect(r.findings.find((f) => f.code === 'formula')?.message).toMatch(/\(source: aks-ip-planning\)/);
  });
});

describe('node-subnet input validation', () => {
  it.each([
    [{ nodes: -1, maxPods: 30 }, 'nodes'],
    [{ nodes: 2.5, maxPods: 30 }, 'nodes'],
    [{ nodes: '50', maxPods: 30 }, 'nodes'],
    [{ maxPods: 30 }, 'nodes'],
    [{ nodes: 50 }, 'maxPods'],
    [{ nodes: 50, maxPods: 251 }, 'maxPods'],
    [{ nodes: 50, maxPods: 9 }, 'maxPods'],
    [{ nodes: 5001, maxPods: 30 }, 'nodes'],
    [{ nodes: 4000, extraNodes: 1001, maxPods: 30 }, 'extraNodes'],
    [{ nodes: 50, maxPods: 30, subnet: '10.0.0.0/33' }, 'subnet'],
    [{ nodes: 50, maxPods: 30, subnet: 'fd00::/64' }, 'subnet'],
    [{ nodes: 50, maxPods: 30, maxpods: 30 }, 'maxpods'],
  ])('%j fails naming %s', (input, field) => {
    const result = nodeSubnet(input, limits);
    expect(errorFields(result)).toContain(field);
    expect(result.findings.every((f) => f.severity === 'error' && f.message.startsWith(f.field ?? ''))).toBe(true);
  });

  it.each([null, [], 'not json', '', 42, {}])('rejects %j without throwing', (input) => {
    expect(nodeSubnet(input, limits).ok).toBe(false);
  });

  it('cites the limit that a value exceeds', () => {
    const r = nodeSubnet({ nodes: 50, maxPods: 300 }, limits);
    expect(!r.ok && r.errors[0]?.message).toMatch(/maxPods: 300 is more than 250.*\(source: aks-ip-planning/);
  });
});

describe('minimum prefix properties', () => {
  it('the minimum prefix always fits and one bit longer never does (unless it is already the smallest subnet)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4_000_000 }), (required) => {
        const p = minimumPrefix(required, limits);
        if (p === null) return false;
        const fits = usableIps(p, limits) >= required;
        const longerFails = p === limits.smallestSubnetPrefix || usableIps(p + 1, limits) < required;
        return fits && longerFails;
      }),
    );
  });

  it('node-subnet results are whole, finite numbers and the minimum subnet holds the plan', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 10, max: 250 }),
        fc.integer({ min: 0, max: 1000 }),
        (nodes, maxSurge, maxPods, otherIps) => {
          const r = ok(nodeSubnet({ nodes, maxSurge, maxPods, otherIps }, limits));
          // A surge above the pool's size is cut to the pool (rolling upgrade page).
          expect(r.requiredIps).toBe((nodes + Math.min(maxSurge, nodes)) * (maxPods + 1) + otherIps);
          expect(r.minimumUsableIps).toBeGreaterThanOrEqual(r.requiredIps);
          const sized = ok(nodeSubnet({ nodes, maxSurge, maxPods, otherIps, subnet: `10.0.0.0/${r.minimumPrefix}` }, limits));
          expect(sized.fits).toBe(true);
          expect(sized.nodeSlots).toBeGreaterThanOrEqual(nodes + Math.min(maxSurge, nodes));
        },
      ),
    );
  });
});
