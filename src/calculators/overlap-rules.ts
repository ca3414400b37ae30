import { cidrBounds, type Cidr } from './cidr';
import { cited, finding, RULE_SOURCES } from './findings';
import type { CalculatorLimits, LimitKey } from './limits';
import type { Finding, Severity } from './types';

/** What a named range is, which decides how an overlap with it is judged. */
export type RangeRole = 'vnet' | 'nodeSubnet' | 'podSubnet' | 'podCidr' | 'serviceCidr' | 'peered' | 'onPrem';

/** How an overlap between two roles is judged: expected (a subnet inside its VNet) or a finding. */
export type OverlapRule =
  | { expected: true }
  | { expected: false; severity: Severity; why: string; keys: LimitKey[]; /** Source ids, for rules no limit records. */ sources?: string[] };

const SERVICE_WHY = 'the service CIDR must not overlap the cluster subnets, the pod CIDR, peered networks or on-premises ranges';
const POD_WHY = 'the pod CIDR must not overlap the cluster subnets or any directly connected network (peering, ExpressRoute, VPN)';

/**
 * Judges an overlap between two roles: errors for the rules AKS documents (service CIDR, pod CIDR,
 * two subnets), warnings where AKS allows it but advises against it or where only routing suffers.
 */
export function overlapRule(a: RangeRole, b: RangeRole): OverlapRule {
  const has = (role: RangeRole) => a === role || b === role;
  const other = (role: RangeRole) => (a === role ? b : a);
  if (has('vnet') && (has('nodeSubnet') || has('podSubnet'))) return { expected: true };
  if (has('serviceCidr')) {
    return other('serviceCidr') === 'vnet'
      ? { expected: false, severity: 'warning', why: 'a service CIDR inside the cluster virtual network is possible but not recommended', keys: ['serviceCidrLargestPrefixV4'] }
      : { expected: false, severity: 'error', why: SERVICE_WHY, keys: ['serviceCidrLargestPrefixV4'] };
  }
  if (has('podCidr')) {
    return other('podCidr') === 'vnet'
      ? { expected: false, severity: 'warning', why: 'AKS now checks the pod CIDR against the subnets of the virtual network, but older guidance says it must not overlap the virtual network at all', keys: ['overlayNodePodPrefix'] }
      : { expected: false, severity: 'error', why: POD_WHY, keys: ['overlayNodePodPrefix'] };
  }
  const subnets = (a === 'nodeSubnet' || a === 'podSubnet') && (b === 'nodeSubnet' || b === 'podSubnet');
  if (subnets) {
    return { expected: false, severity: 'error', why: 'two subnets of a virtual network cannot overlap', keys: [], sources: [RULE_SOURCES.vnet] };
  }
  return { expected: false, severity: 'warning', why: 'networks with overlapping addresses cannot route to each other', keys: [], sources: [RULE_SOURCES.routing] };
}

/** A range to check: its input name, its role and the parsed range. */
export interface RoleRange {
  name: string;
  cidr: Cidr;
  role: RangeRole;
}

/** Two ranges that share addresses, by input name. */
export interface Overlap {
  a: string;
  b: string;
}

/** Most overlapping pairs listed (all are counted). */
export const OVERLAPS_LISTED = 100;

/**
 * Every pair of ranges that overlaps and should not (a subnet inside its virtual network is
 * expected), with a finding each; compares integer bounds, so 1,000 ranges take milliseconds.
 */
export function overlapPairs(ranges: readonly RoleRange[], limits: CalculatorLimits): { pairs: Overlap[]; count: number; findings: Finding[] } {
  const pairs: Overlap[] = [];
  const findings: Finding[] = [];
  let count = 0;
  const bounds = ranges.map((x) => ({ family: x.cidr.family, ...cidrBounds(x.cidr) }));
  ranges.forEach((a, i) => {
    const ba = bounds[i];
    for (let j = i + 1; j < ranges.length; j++) {
      const b = ranges[j];
      const bb = bounds[j];
      if (!b || !ba || !bb || ba.family !== bb.family || ba.start > bb.end || bb.start > ba.end) continue;
      const rule = overlapRule(a.role, b.role);
      if (rule.expected) continue;
      count++;
      if (pairs.length < OVERLAPS_LISTED) pairs.push({ a: a.name, b: b.name });
      const text = `${a.name} ${a.cidr.text} overlaps ${b.name} ${b.cidr.text}: ${rule.why}.`;
      findings.push(rule.keys.length > 0 ? finding(limits, 'overlap', rule.severity, text, rule.keys, a.name) : cited('overlap', rule.severity, text, rule.sources ?? [], a.name));
    }
  });
  return { pairs, count, findings };
}
