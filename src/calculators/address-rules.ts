import type { CalculatorLimits } from './limits';
import type { AddressRule } from './pool-plan';
import { dynamicIpsPerNode, staticBlocks } from './sizing';

/** Node Subnet: every node takes maxPods + 1 addresses from its subnet. */
export const NODE_SUBNET_RULE: AddressRule = { node: (p) => (p.maxPods ?? 0) + 1 };

/** Overlay, kubenet and bring your own CNI: one node subnet address per node; pods are elsewhere. */
export const ONE_PER_NODE: AddressRule = { node: () => 1 };

/** Dynamic allocation: one node subnet address per node; pod subnet addresses in batches at full density. */
export function dynamicRule(limits: CalculatorLimits): AddressRule {
  return { node: () => 1, pod: (p) => dynamicIpsPerNode(p.maxPods ?? 0, limits) };
}

/** Static block: one node subnet address per node; whole /28 blocks per node in the pod subnet. */
export function staticBlockRule(limits: CalculatorLimits): AddressRule {
  return { node: () => 1, pod: (p) => staticBlocks(p.maxPods ?? 0, limits).ipsPerNode };
}
