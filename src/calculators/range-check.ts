import { cidrSize, containsCidr, containsIp, firstHostAddress, formatIp, parseCidr, sameIp, type Cidr, type IpAddress } from './cidr';
import { cited, finding, fmt, plural, RULE_SOURCES } from './findings';
import type { CalculatorLimits } from './limits';
import { overlapPairs, type Overlap, type RangeRole, type RoleRange } from './overlap-rules';
import { hostBitsFinding, reservedRangeFinding } from './range-rules';
import type { Finding } from './types';

/** One range as checked. */
export interface CheckedRange {
  /** Input name, e.g. `podCidr` or `vnetCidrs[1]`. */
  name: string;
  role: RangeRole;
  /** The range with its network address. */
  cidr: string;
  family: 'ipv4' | 'ipv6';
  prefix: number;
  /** Addresses in the range (approximate beyond 2^53, for large IPv6 ranges). */
  size: number;
}

export type { Overlap, RoleRange } from './overlap-rules';

/** What checking a set of ranges gives. */
export interface RangeCheck {
  ranges: CheckedRange[];
  /**
   * Pairs of ranges that overlap, except a subnet inside its virtual network; a range given more than
   * once is compared once, and at most OVERLAPS_LISTED pairs are listed.
   */
  overlaps: Overlap[];
  /** Overlapping pairs in all, listed or not. */
  overlapCount: number;
  dnsServiceIp?: string;
}

/** Most findings of one kind reported; the rest are counted in one finding. */
export const FINDINGS_PER_CODE = 20;

type Range = RoleRange;

/**
 * Checks named ranges (and a DNS service IP): reserved ranges, host bits, service CIDR size, subnets
 * outside the VNet, overlapping pairs and DNS placement. Identical ranges of one role are checked once
 * and reported as duplicates; findings of one kind are capped, with a count of the rest.
 */
export function checkRanges(ranges: readonly RoleRange[], dns: IpAddress | undefined, limits: CalculatorLimits): RangeCheck & { findings: Finding[] } {
  const findings: Finding[] = [];
  const groups = new Map<string, Range[]>();
  for (const range of ranges) {
    const key = `${range.role} ${range.cidr.text}`;
    const group = groups.get(key);
    if (group) group.push(range);
    else groups.set(key, [range]);
  }
  const unique = [...groups.values()].map((g) => g[0] as Range);
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const [head] = group;
    findings.push(
      cited(
        'duplicate-range',
        'warning',
        `${head?.cidr.text} is given ${plural(group.length, 'time')} (${nameList(group.map((g) => g.name))}); it is checked once. Overlapping address spaces break routing between connected networks.`,
        [RULE_SOURCES.routing],
        head?.name,
      ),
    );
  }
  for (const range of unique) {
    const hostBits = hostBitsFinding(range, range.role === 'peered' || range.role === 'onPrem' ? 'warning' : 'error');
    if (hostBits) findings.push(hostBits);
    if (range.role !== 'peered' && range.role !== 'onPrem') {
      const reserved = reservedRangeFinding(range, limits);
      if (reserved) findings.push(reserved);
    }
    if (range.role === 'serviceCidr') findings.push(...serviceSizeFindings(range, limits));
  }
  findings.push(...outsideVnetFindings(unique));
  const overlap = overlapPairs(unique, limits);
  findings.push(...overlap.findings);
  const pairs = overlap.pairs;
  const overlapCount = overlap.count;
  if (dns) findings.push(...dnsFindings(dns, unique, limits));
  return {
    ranges: ranges.map((x) => ({ name: x.name, role: x.role, cidr: x.cidr.text, family: x.cidr.family, prefix: x.cidr.prefix, size: cidrSize(x.cidr) })),
    overlaps: pairs,
    overlapCount,
    ...(dns ? { dnsServiceIp: formatIp(dns) } : {}),
    findings: capFindings(findings),
  };
}

/** "a, b and 3 more" for long lists of input names. */
function nameList(names: readonly string[]): string {
  return names.length <= 4 ? names.join(', ') : `${names.slice(0, 3).join(', ')} and ${fmt(names.length - 3)} more`;
}

/** Keeps at most FINDINGS_PER_CODE findings of each code and severity, adding one finding that counts the rest. */
export function capFindings(findings: readonly Finding[]): Finding[] {
  const seen = new Map<string, number>();
  const out: Finding[] = [];
  for (const f of findings) {
    const key = `${f.code} ${f.severity}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    if (n <= FINDINGS_PER_CODE) out.push(f);
  }
  for (const [key, n] of seen) {
    if (n <= FINDINGS_PER_CODE) continue;
    const [code = '', severity = 'info'] = key.split(' ');
    out.push({ code: 'more-findings', severity: severity as Finding['severity'], message: `${fmt(n - FINDINGS_PER_CODE)} more ${code} findings like the ones above are not listed (${fmt(n)} in all).` });
  }
  return out;
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
function outsideVnetFindings(ranges: Range[]): Finding[] {
  const out: Finding[] = [];
  for (const subnet of ranges.filter((x) => x.role === 'nodeSubnet' || x.role === 'podSubnet')) {
    const vnets = ranges.filter((x) => x.role === 'vnet' && x.cidr.family === subnet.cidr.family);
    if (vnets.length > 0 && !vnets.some((v) => containsCidr(v.cidr, subnet.cidr))) {
      const why = subnet.role === 'podSubnet' ? ' The pod subnet must be in the same virtual network as the cluster.' : '';
      out.push(
        cited('subnet-outside-vnet', 'error', `${subnet.name} ${subnet.cidr.text} is not inside vnetCidrs (${vnets.map((v) => v.cidr.text).join(', ')}); a subnet is a range of its virtual network's address space.${why}`, subnet.role === 'podSubnet' ? [RULE_SOURCES.vnet, RULE_SOURCES.podSubnet] : [RULE_SOURCES.vnet], subnet.name),
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
