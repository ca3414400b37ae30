import { addressCount, cidrSize, type Cidr } from './cidr';
import type { CalculatorLimits } from './limits';

/** Addresses an Azure subnet of this IPv4 prefix can hand out: its size minus the addresses Azure reserves. */
export function usableIps(prefix: number, limits: CalculatorLimits): number {
  return Math.max(0, addressCount(prefix) - limits.reservedIpsPerSubnet);
}

/**
 * The longest IPv4 prefix (smallest subnet) whose usable addresses hold `requiredIps`, never longer
 * than the smallest subnet Azure allows; null when not even a /0 would (inputs are bounded so it does).
 */
export function minimumPrefix(requiredIps: number, limits: CalculatorLimits): number | null {
  for (let prefix = limits.smallestSubnetPrefix; prefix >= 0; prefix--) {
    if (usableIps(prefix, limits) >= requiredIps) return prefix;
  }
  return null;
}

/** How big a subnet must be for a number of addresses. */
export interface SubnetSizing {
  /** Addresses the plan uses in the subnet, not counting the ones Azure reserves. */
  requiredIps: number;
  /** Longest prefix that fits (e.g. 21 for a /21); null only when nothing fits. */
  minimumPrefix: number | null;
  /** Addresses in a subnet of minimumPrefix. */
  minimumSize: number;
  /** Usable addresses in a subnet of minimumPrefix. */
  minimumUsableIps: number;
}

/** Sizes the smallest subnet for a number of addresses. */
export function sizeSubnet(requiredIps: number, limits: CalculatorLimits): SubnetSizing {
  const prefix = minimumPrefix(requiredIps, limits);
  return {
    requiredIps,
    minimumPrefix: prefix,
    minimumSize: prefix === null ? 0 : addressCount(prefix),
    minimumUsableIps: prefix === null ? 0 : usableIps(prefix, limits),
  };
}

/** What a given subnet holds for a node pool. */
export interface SubnetFit {
  /** The subnet checked, with its network address. */
  subnet: string;
  /** Usable addresses: size minus the addresses Azure reserves. */
  usableIps: number;
  /** Nodes whose addresses fit: floor((usableIps - otherIps) / ipsPerNode). */
  nodeSlots: number;
  /**
   * Largest pool size that still leaves room for the surge nodes of an upgrade:
   * nodeSlots - maxSurge, at least 0 and at most the cluster node limit.
   */
  maxNodes: number;
  /** True when usableIps covers the plan's requiredIps. */
  fits: boolean;
}

/** Checks a given IPv4 subnet against a plan that uses `ipsPerNode` addresses per node plus `otherIps`. */
export function fitSubnet(
  cidr: Cidr,
  plan: { requiredIps: number; ipsPerNode: number; otherIps: number; maxSurge: number },
  limits: CalculatorLimits,
): SubnetFit {
  const usable = Math.max(0, cidrSize(cidr) - limits.reservedIpsPerSubnet);
  const nodeSlots = Math.max(0, Math.floor((usable - plan.otherIps) / plan.ipsPerNode));
  return {
    subnet: cidr.text,
    usableIps: usable,
    nodeSlots,
    maxNodes: Math.min(Math.max(0, nodeSlots - plan.maxSurge), limits.clusterMaxNodes),
    fits: usable >= plan.requiredIps,
  };
}

/** Sizing of one subnet plus, when a subnet was given, what it holds. */
export type PlannedSubnet = SubnetSizing & Partial<SubnetFit>;

/** Nodes a pod CIDR can serve when each node takes one block of `perNodePrefix` (a /24 for Overlay and kubenet). */
export function podCidrNodeSlots(prefix: number, perNodePrefix: number): number {
  return prefix > perNodePrefix ? 0 : addressCount(prefix, perNodePrefix);
}

/** The longest pod CIDR prefix with a `perNodePrefix` block for each of `nodes` nodes. */
export function smallestPodCidrPrefix(nodes: number, perNodePrefix: number): number {
  let prefix = perNodePrefix;
  while (prefix > 0 && podCidrNodeSlots(prefix, perNodePrefix) < nodes) prefix--;
  return prefix;
}

/** Static block allocation for one node: blocks, addresses taken from the pod subnet, usable pod IPs, waste. */
export interface StaticBlocks {
  /** Addresses per block (16 for a /28). */
  blockSize: number;
  /** N = ceil((maxPods + reserved) / blockSize). */
  blocksPerNode: number;
  /** Pod subnet addresses per node: N x blockSize. */
  ipsPerNode: number;
  /** Pods the blocks can address: N x blockSize - reserved (16N - 1). */
  usablePodIps: number;
  /** usablePodIps - maxPods: addresses the node holds but never uses. */
  wastedIps: number;
  /** The max pods value that uses the same blocks with no waste (16N - 1). */
  recommendedMaxPods: number;
}

/** Computes the static blocks a node with `maxPods` takes. */
export function staticBlocks(maxPods: number, limits: CalculatorLimits): StaticBlocks {
  const blockSize = addressCount(limits.staticBlockPrefix);
  const reserved = limits.staticBlockReservedIpsPerNode;
  const blocksPerNode = Math.ceil((maxPods + reserved) / blockSize);
  const ipsPerNode = blocksPerNode * blockSize;
  const usablePodIps = ipsPerNode - reserved;
  return { blockSize, blocksPerNode, ipsPerNode, usablePodIps, wastedIps: usablePodIps - maxPods, recommendedMaxPods: usablePodIps };
}

/**
 * Pod subnet addresses a node holds with dynamic allocation when it runs `pods` pods: whole batches,
 * keeping at least the threshold free (batch x ceil((pods + threshold) / batch)); derived from the
 * batch and threshold rules, since the documentation gives no closed form.
 */
export function dynamicIpsPerNode(pods: number, limits: CalculatorLimits): number {
  const batch = limits.dynamicBatchSize;
  return batch * Math.max(1, Math.ceil((pods + limits.dynamicBatchThreshold) / batch));
}
