import type { CalculatorLimits, LimitKey } from './limits';
import type { Finding, Severity } from './types';

/** Writes a whole number with thousands separators, e.g. 1,581. */
export function fmt(n: number): string {
  return n.toLocaleString('en-US');
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
