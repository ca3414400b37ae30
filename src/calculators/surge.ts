import type { Parsed } from './cidr';
import type { CalculatorLimits } from './limits';

/** A node pool's max surge: a whole number of nodes, or a percentage of the pool rounded up. */
export type MaxSurge = { kind: 'count'; value: number } | { kind: 'percent'; value: number };

/** Largest percentage accepted: a surge of the whole pool. */
export const SURGE_PERCENT_MAX = 100;

const COUNT = /^\s*[+]?(\d+)\s*$/;
const PERCENT = /^\s*[+]?(\d+)\s*%\s*$/;

/**
 * Reads a max surge as AKS writes it: a number (5), a numeric string ("5", as az aks show prints it)
 * or a whole percentage ("10%"); the message says what was expected otherwise.
 */
export function parseSurge(value: unknown): Parsed<MaxSurge> {
  const expected = 'enter a whole number of nodes, or a percentage like 10%';
  if (typeof value === 'number') {
    if (!Number.isInteger(value) || value < 0) return { ok: false, message: `${expected}; got ${Object.is(value, -0) ? 0 : value}` };
    return { ok: true, value: { kind: 'count', value: value === 0 ? 0 : value } };
  }
  if (typeof value !== 'string') return { ok: false, message: `${expected}; got ${value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value}` };
  const shown = value.length > 40 ? `${value.slice(0, 37)}...` : value;
  const percent = PERCENT.exec(value);
  if (percent) {
    const p = Number(percent[1]);
    if (p > SURGE_PERCENT_MAX) return { ok: false, message: `a percentage can be at most ${SURGE_PERCENT_MAX}%; got "${shown}"` };
    return { ok: true, value: { kind: 'percent', value: p } };
  }
  const count = COUNT.exec(value);
  if (count && Number.isSafeInteger(Number(count[1]))) return { ok: true, value: { kind: 'count', value: Number(count[1]) } };
  if (/^\s*-\s*0+\s*%?\s*$/.test(value)) return { ok: true, value: value.includes('%') ? { kind: 'percent', value: 0 } : { kind: 'count', value: 0 } };
  return { ok: false, message: `${expected}; got "${shown}"` };
}

/** The surge as JSON echoes it: a number of nodes, or the percentage as text ("10%"). */
export function surgeValue(s: MaxSurge): number | string {
  return s.kind === 'count' ? s.value : `${s.value}%`;
}

/**
 * Surge nodes of a pool of `nodes` nodes: a percentage rounded up to a whole node, and never more
 * than the pool itself (AKS upgrades at most every node of the pool at once).
 */
export function surgeNodes(s: MaxSurge, nodes: number): number {
  const raw = s.kind === 'count' ? s.value : Math.floor((nodes * s.value + 99) / 100);
  return Math.min(raw, nodes);
}

/** The largest pool whose nodes and surge both fit in `slots` node slots (0 when not even one node fits). */
export function largestPoolWithSurge(s: MaxSurge, slots: number, cap: number): number {
  let lo = 0;
  let hi = Math.max(0, Math.min(slots, cap));
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (mid + surgeNodes(s, mid) <= slots) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The limit's default surge, parsed (the limits are checked when built, so it parses). */
export function defaultSurge(limits: CalculatorLimits): MaxSurge {
  const parsed = parseSurge(limits.defaultMaxSurge);
  return parsed.ok ? parsed.value : { kind: 'count', value: 1 };
}
