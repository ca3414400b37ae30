import { overlaps, parseCidr, type Cidr } from './cidr';
import { finding } from './findings';
import type { NamedCidr } from './input';
import type { CalculatorLimits } from './limits';
import type { Finding, InputError } from './types';

/** The reserved ranges of the limits, parsed (the limits are checked when built, so all parse). */
export function reservedRanges(limits: CalculatorLimits): Cidr[] {
  return limits.reservedRanges.flatMap((text) => {
    const parsed = parseCidr(text);
    return parsed.ok ? [parsed.value] : [];
  });
}

/** An error when the range overlaps a range AKS reserves (for the service CIDR, pod CIDR and cluster VNet). */
export function reservedRangeFinding(named: NamedCidr, limits: CalculatorLimits): Finding | undefined {
  const hits = reservedRanges(limits).filter((r) => overlaps(r, named.cidr));
  if (hits.length === 0) return undefined;
  const verb = hits.every((h) => h.prefix >= named.cidr.prefix) ? 'contains' : 'overlaps';
  const list = hits.map((h) => h.text).join(' and ');
  return finding(
    limits,
    'reserved-range',
    'error',
    `${named.name} ${named.cidr.text} ${verb} the reserved range${hits.length > 1 ? 's' : ''} ${list}, which AKS does not allow for the service CIDR, the pod CIDR or the cluster virtual network.`,
    ['reservedRanges'],
    named.name,
  );
}

/** A finding when the range was written with host bits set (e.g. 10.0.0.5/16 instead of 10.0.0.0/16). */
export function hostBitsFinding(named: NamedCidr, severity: 'error' | 'warning' = 'error'): Finding | undefined {
  if (!named.cidr.hostBitsSet) return undefined;
  return {
    code: 'cidr-host-bits',
    severity,
    message: `${named.name} ${named.cidr.input} has host bits set: the range it describes is ${named.cidr.text}; write that network address so every tool reads the same range.`,
    field: named.name,
  };
}

/** An input error unless the range is IPv4, for sizing rules that only exist for IPv4. */
export function requireIpv4(named: NamedCidr, what: string): InputError | undefined {
  if (named.cidr.family === 'ipv4') return undefined;
  return { field: named.name, message: `${named.name}: expected an IPv4 CIDR; ${what}` };
}

/** The reserved-range and host-bits findings of a range, for calculators that take one or two ranges. */
export function basicRangeFindings(named: NamedCidr, limits: CalculatorLimits): Finding[] {
  return [reservedRangeFinding(named, limits), hostBitsFinding(named)].filter((f): f is Finding => f !== undefined);
}
