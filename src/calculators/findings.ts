import type { CalculatorLimits, LimitKey } from './limits';
import type { Finding, Severity } from './types';

/** Writes a whole number with thousands separators, e.g. 1,581. */
export function fmt(n: number): string {
  // -0 is written as 0.
  return (n === 0 ? 0 : n).toLocaleString('en-US');
}

/** Writes a count with its noun, e.g. `1 node`, `2 nodes`. */
export function plural(n: number, noun: string): string {
  return `${fmt(n)} ${noun}${n === 1 ? '' : noun.endsWith('s') ? 'es' : 's'}`;
}

/** The source ids behind one or more limits, deduplicated in order. */
export function sourcesOf(limits: CalculatorLimits, ...keys: LimitKey[]): string[] {
  return [...new Set(keys.flatMap((k) => limits.refs[k].sources))];
}

/** The citation suffix for messages, e.g. `(source: aks-ip-planning)`. */
export function cite(limits: CalculatorLimits, ...keys: LimitKey[]): string {
  const ids = sourcesOf(limits, ...keys);
  return ids.length > 0 ? `(source: ${ids.join(', ')})` : '';
}

/**
 * Builds a finding whose message ends with the citation of the limits behind the rule; the first
 * limit is recorded as the finding's `source`.
 */
export function finding(
  limits: CalculatorLimits,
  code: string,
  severity: Severity,
  text: string,
  keys: LimitKey[] = [],
  field?: string,
): Finding {
  const citation = keys.length > 0 ? cite(limits, ...keys) : '';
  const message = !citation ? text : text.endsWith('.') ? `${text.slice(0, -1)} ${citation}.` : `${text} ${citation}`;
  const f: Finding = { code, severity, message };
  const [first] = keys;
  if (first) {
    f.source = limits.refs[first].id;
    f.sources = sourcesOf(limits, ...keys);
  }
  if (field) f.field = field;
  return f;
}

/**
 * Source ids that rules cite directly, not through a limit: each is an id in data/sources.yaml (a
 * data test checks), so pages can resolve them to links.
 */
export const RULE_SOURCES = {
  /** The InsufficientSubnetSize troubleshooting article: what AKS checks before scaling and upgrading. */
  subnetCheck: 'aks-insufficient-subnet-size',
  /** Azure virtual network FAQ: address ranges and subnets of a virtual network. */
  vnet: 'vnet-faq',
  /** Static block allocation: one allocation mode per subnet. */
  staticBlock: 'aks-static-block',
  /** Pod subnet concepts: pods take addresses from a subnet separate from the nodes'. */
  podSubnet: 'aks-pod-subnet-concepts',
  /** The IP planning article: the node subnet formula with surge nodes. */
  ipPlanning: 'aks-ip-planning',
  /** Rolling upgrades: surge as a count or a percentage, rounded up, at most the pool. */
  upgrade: 'aks-upgrade-rolling',
  /** Overlapping ranges break routing between connected networks (kubenet and Azure CNI planning). */
  routing: 'aks-kubenet',
  /** Bring your own CNI: AKS does not manage pod addresses. */
  byoCni: 'aks-byo-cni',
} as const;

/** Builds a finding that cites source ids directly, as `(source: a, b)` at the end of its message. */
export function cited(code: string, severity: Severity, text: string, sources: readonly string[], field?: string): Finding {
  const citation = sources.length > 0 ? `(source: ${sources.join(', ')})` : '';
  const message = !citation ? text : text.endsWith('.') ? `${text.slice(0, -1)} ${citation}.` : `${text} ${citation}`;
  return { code, severity, message, ...(sources.length > 0 ? { sources: [...sources] } : {}), ...(field ? { field } : {}) };
}
