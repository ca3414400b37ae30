import type { IpFamily } from './cidr';
import { fmt } from './findings';
import { InputReader } from './input';
import type { CalculatorLimits } from './limits';
import type { RangeRole } from './overlap-rules';
import { checkRanges, type RangeCheck, type RoleRange } from './range-check';
import { failure, type CalculatorResult, type InputError } from './types';

/** Input of the cidr-check calculator: every range is optional, but at least one must be given. */
export interface CidrCheckInput {
  vnetCidrs?: string | string[];
  nodeSubnet?: string;
  podSubnet?: string;
  /** One per family for dual-stack, e.g. ["10.244.0.0/16", "fd12:3456:789a::/64"]. */
  podCidr?: string | string[];
  serviceCidr?: string | string[];
  dnsServiceIp?: string;
  peeredCidrs?: string | string[];
  onPremCidrs?: string | string[];
}

/** Output of the cidr-check calculator: the ranges as checked, the overlapping pairs and the DNS service IP. */
export type CidrCheckOutput = RangeCheck;

export type { CheckedRange, Overlap } from './range-check';

/** Most ranges checked at once: a bound of this calculator that keeps every check within a second. */
export const RANGES_MAX = 1000;

const FIELDS: [string, RangeRole][] = [
  ['vnetCidrs', 'vnet'],
  ['nodeSubnet', 'nodeSubnet'],
  ['podSubnet', 'podSubnet'],
  ['podCidr', 'podCidr'],
  ['serviceCidr', 'serviceCidr'],
  ['peeredCidrs', 'peered'],
  ['onPremCidrs', 'onPrem'],
];

type Range = RoleRange;

/**
 * Checks a set of named ranges: overlapping pairs, service CIDR size, DNS service IP placement,
 * reserved ranges, subnets outside the VNet and host bits; IPv4 and IPv6.
 */
export function cidrCheck(raw: unknown, limits: CalculatorLimits): CalculatorResult<CidrCheckOutput> {
  const name = 'cidr-check';
  const r = InputReader.from(raw);
  if (!(r instanceof InputReader)) return failure(name, [r]);
  const ranges: Range[] = [];
  const why = 'the most ranges this calculator checks at once';
  for (const [field, role] of FIELDS) {
    const list = role === 'nodeSubnet' || role === 'podSubnet' ? [r.cidr(field)].flatMap((c) => (c ? [{ name: field, cidr: c }] : [])) : r.cidrs(field, RANGES_MAX, why);
    if (ranges.length + list.length > RANGES_MAX) {
      r.fail(field, `brings the ranges to ${fmt(ranges.length + list.length)}; at most ${fmt(RANGES_MAX)} in all, ${why}`);
      break;
    }
    ranges.push(...list.map((n) => ({ ...n, role })));
  }
  const dns = r.ip('dnsServiceIp');
  r.rejectUnknown();
  const errors: InputError[] = [...r.errors, ...onePerFamily(ranges, 'podCidr'), ...onePerFamily(ranges, 'serviceCidr')];
  if (errors.length === 0 && ranges.length === 0 && !dns) {
    errors.push({ field: 'input', message: `input: give at least one range (${FIELDS.map(([f]) => f).join(', ')}) or dnsServiceIp` });
  }
  if (errors.length > 0) return failure(name, errors);
  return { ok: true, calculator: name, ...checkRanges(ranges, dns, limits) };
}

/** An input error when a dual-stack field holds two ranges of the same family. */
function onePerFamily(ranges: Range[], role: RangeRole): InputError[] {
  const seen = new Set<IpFamily>();
  const errors: InputError[] = [];
  for (const x of ranges.filter((y) => y.role === role)) {
    if (seen.has(x.cidr.family)) errors.push({ field: x.name, message: `${x.name}: at most one IPv4 and one IPv6 ${role} (dual-stack); this is a second ${x.cidr.family === 'ipv4' ? 'IPv4' : 'IPv6'} range` });
    seen.add(x.cidr.family);
  }
  return errors;
}
