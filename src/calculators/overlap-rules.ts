import { RULE_SOURCES } from './findings';
import type { LimitKey } from './limits';
import type { Severity } from './types';

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
  if (has('nodeSubnet') && has('podSubnet')) {
    return { expected: false, severity: 'error', why: 'two subnets of a virtual network cannot overlap', keys: [], sources: [RULE_SOURCES.vnet] };
  }
  return { expected: false, severity: 'warning', why: 'networks with overlapping addresses cannot route to each other', keys: [], sources: [RULE_SOURCES.routing] };
}
