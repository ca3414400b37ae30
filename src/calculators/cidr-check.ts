import { cidrSize, containsCidr, containsIp, firstHostAddress, formatIp, overlaps, parseCidr, sameIp, type Cidr, type IpAddress, type IpFamily } from './cidr';
import { finding } from './findings';
import { InputReader, type NamedCidr } from './input';
import type { CalculatorLimits } from './limits';
import { overlapRule, type RangeRole } from './overlap-rules';
import { hostBitsFinding, reservedRangeFinding } from './range-rules';
import { failure, type CalculatorResult, type Finding, type InputError } from './types';

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

/** One range as checked. */
export interface CheckedRange {
  /** Input name, e.g. `podCidr` or `vnetCidrs[1]`. */
  name: string;
  role: RangeRole;
  /** The range with its network address. */
  cidr: string;
  family: IpFamily;
  prefix: number;
  /** Addresses in the range (approximate beyond 2^53, for large IPv6 ranges). */
  size: number;
}

/** Two input ranges that share addresses, by input name. */
export interface Overlap {
  a: string;
  b: string;
}

/** Output of the cidr-check calculator. */
export interface CidrCheckOutput {
  ranges: CheckedRange[];
  /** Every pair of ranges that overlaps, except a subnet inside its virtual network. */
  overlaps: Overlap[];
  dnsServiceIp?: string;
}

const FIELDS: [string, RangeRole][] = [
  ['vnetCidrs', 'vnet'],
  ['nodeSubnet', 'nodeSubnet'],
  ['podSubnet', 'podSubnet'],
  ['podCidr', 'podCidr'],
  ['serviceCidr', 'serviceCidr'],
  ['peeredCidrs', 'peered'],
  ['onPremCidrs', 'onPrem'],
];

type Range = NamedCidr & { role: RangeRole };

/**
 * Checks a set of named ranges: overlapping pairs, service CIDR size, DNS service IP placement,
 * reserved ranges, subnets outside the VNet and host bits; IPv4 and IPv6.
 */
export function cidrCheck(raw: unknown, limits: CalculatorLimits): CalculatorResult<CidrCheckOutput> {
  const name = 'cidr-check';
  const r = InputReader.from(raw);
  if (!(r instanceof InputReader)) return failure(name, [r]);
  const ranges: Range[] = [];
  for (const [field, role] of FIELDS) {
    const list = role === 'nodeSubnet' || role === 'podSubnet' ? [r.cidr(field)].flatMap((c) => (c ? [{ name: field, cidr: c }] : [])) : r.cidrs(field);
    ranges.push(...list.map((n) => ({ ...n, role })));
  }
  const dns = r.ip('dnsServiceIp');
  r.rejectUnknown();
  const errors: InputError[] = [...r.errors, ...onePerFamily(ranges, 'podCidr'), ...onePerFamily(ranges, 'serviceCidr')];
  if (errors.length === 0 && ranges.length === 0 && !dns) {
    errors.push({ field: 'input', message: `input: give at least one range (${FIELDS.map(([f]) => f).join(', ')}) or dnsServiceIp` });
  }
  if (errors.length > 0) return failure(name, errors);

  const findings: Finding[] = [];
  for (const range of ranges) {
    const hostBits = hostBitsFinding(range, range.role === 'peered' || range.role === 'onPrem' ? 'warning' : 'error');
    if (hostBits) findings.push(hostBits);
    if (range.role !== 'peered' && range.role !== 'onPrem') {
      const reserved = reservedRangeFinding(range, limits);
      if (reserved) findings.push(reserved);
    }
    if (range.role === 'serviceCidr') findings.push(...serviceSizeFindings(range, limits));
  }
  findings.push(...outsideVnetFindings(ranges, limits));
  const pairs: Overlap[] = [];
  ranges.forEach((a, i) => {
    for (const b of ranges.slice(i + 1)) {
      if (!overlaps(a.cidr, b.cidr)) continue;
      const rule = overlapRule(a.role, b.role);
      if (rule.expected) continue;
      pairs.push({ a: a.name, b: b.name });
      findings.push(finding(limits, 'overlap', rule.severity, `${a.name} ${a.cidr.text} overlaps ${b.name} ${b.cidr.text}: ${rule.why}.`, rule.keys, a.name));
    }
  });
  if (dns) findings.push(...dnsFindings(dns, ranges, limits));
  return {
    ok: true,
    calculator: name,
    ranges: ranges.map((x) => ({ name: x.name, role: x.role, cidr: x.cidr.text, family: x.cidr.family, prefix: x.cidr.prefix, size: cidrSize(x.cidr) })),
    overlaps: pairs,
    ...(dns ? { dnsServiceIp: formatIp(dns) } : {}),
    findings,
  };
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

/** The service CIDR must be smaller than a /12 (IPv4) and no larger than a /108 (IPv6). */
function serviceSizeFindings(range: Range, limits: CalculatorLimits): Finding[] {
  const v4 = range.cidr.family === 'ipv4';
  const largest = v4 ? limits.serviceCidrLargestPrefixV4 : limits.serviceCidrLargestPrefixV6;
  if (range.cidr.prefix >= largest) return [];
  return [
    finding(
      limits,
      'service-cidr-too-large',
      'error',
      `${range.name} ${range.cidr.text} is too large: the ${v4 ? 'IPv4' : 'IPv6'} service CIDR can be at most a /${largest}.`,
      [v4 ? 'serviceCidrLargestPrefixV4' : 'serviceCidrLargestPrefixV6'],
      range.name,
    ),
  ];
}

/** Node and pod subnets must lie inside the virtual network, when its ranges of that family are given. */
function outsideVnetFindings(ranges: Range[], limits: CalculatorLimits): Finding[] {
  const out: Finding[] = [];
  for (const subnet of ranges.filter((x) => x.role === 'nodeSubnet' || x.role === 'podSubnet')) {
    const vnets = ranges.filter((x) => x.role === 'vnet' && x.cidr.family === subnet.cidr.family);
    if (vnets.length > 0 && !vnets.some((v) => containsCidr(v.cidr, subnet.cidr))) {
      const why = subnet.role === 'podSubnet' ? ' The pod subnet must be in the same virtual network as the cluster.' : '';
      out.push(
        finding(limits, 'subnet-outside-vnet', 'error', `${subnet.name} ${subnet.cidr.text} is not inside vnetCidrs (${vnets.map((v) => v.cidr.text).join(', ')}).${why}`, subnet.role === 'podSubnet' ? ['dynamicBatchSize'] : [], subnet.name),
      );
    }
  }
  return out;
}

/** The DNS service IP must be inside the service CIDR and not its network address or the first address after it. */
function dnsFindings(dns: IpAddress, ranges: Range[], limits: CalculatorLimits): Finding[] {
  const keys = ['serviceCidrLargestPrefixV4', 'defaultDnsServiceIp'] as const;
  const ip = formatIp(dns);
  const services = ranges.filter((x) => x.role === 'serviceCidr');
  const out: Finding[] = [];
  let candidates: { name: string; cidr: Cidr }[] = services;
  if (services.length === 0) {
    const fallback = parseCidr(limits.defaultServiceCidr);
    if (!fallback.ok) return out;
    candidates = [{ name: 'the default service CIDR', cidr: fallback.value }];
    out.push(finding(limits, 'default-service-cidr', 'info', `No serviceCidr given; dnsServiceIp is checked against the AKS default, ${fallback.value.text}.`, ['defaultServiceCidr'], 'dnsServiceIp'));
  }
  const home = candidates.find((c) => containsIp(c.cidr, dns));
  if (!home) {
    out.push(finding(limits, 'dns-outside-service-cidr', 'error', `dnsServiceIp ${ip} is not inside ${candidates.map((c) => `${c.name} ${c.cidr.text}`).join(' or ')}; it must be an address of the service CIDR (AKS uses the .10 address).`, [...keys], 'dnsServiceIp'));
    return out;
  }
  const first = firstHostAddress(home.cidr);
  if (sameIp(dns, home.cidr.network)) {
    out.push(finding(limits, 'dns-network-address', 'error', `dnsServiceIp ${ip} is the network address of ${home.cidr.text}; use another address such as the .10.`, [...keys], 'dnsServiceIp'));
  } else if (first && sameIp(dns, first)) {
    out.push(finding(limits, 'dns-first-address', 'error', `dnsServiceIp ${ip} is the first address of ${home.cidr.text}, which Kubernetes gives to the API service (kubernetes.default); use another address such as the .10.`, [...keys], 'dnsServiceIp'));
  }
  return out;
}
