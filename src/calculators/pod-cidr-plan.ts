import { overlaps, parseCidr, type Cidr } from './cidr';
import { finding, fmt, plural } from './findings';
import { InputReader } from './input';
import type { CalculatorLimits, LimitKey } from './limits';
import { ONE_PER_NODE } from './address-rules';
import { checkSubnet, planFindings, poolPlan, subnetLines, totalSizing, type PoolResult } from './pool-plan';
import { echoPools, readPools, sumOf } from './pools';
import { basicRangeFindings, requireIpv4 } from './range-rules';
import { podCidrNodeSlots, smallestPodCidrPrefix, type SubnetSizing } from './sizing';
import { givenSubnetFindings, sizingFinding } from './subnet-check';
import { poolRoomFindings } from './pool-rules';
import type { SubnetPlan } from './subnet-plan';
import type { Finding, InputError } from './types';

/** Input shared by the overlay and kubenet calculators: nodes take VNet IPs, pods a private pod CIDR. */
export interface PodCidrPlanInput {
  nodes?: number;
  maxNodes?: number;
  maxSurge?: number | string;
  extraNodes?: number;
  /** Max pods per node, reported against its limits; optional because node subnet sizing does not use it. */
  maxPods?: number;
  /** Several node pools, each with an optional node `subnet` name. */
  pools?: { name?: string; nodes: number; maxNodes?: number; maxSurge?: number | string; maxPods?: number; subnet?: string }[];
  otherIps?: number;
  /** The private pod CIDR (IPv4); default the default-pod-cidr limit, 10.244.0.0/16. */
  podCidr?: string;
  /** An IPv4 node subnet to check (the first pool's). */
  nodeSubnet?: string;
}

/** Output shared by the overlay and kubenet calculators; the top-level sizing is the node subnets together, the only VNet use. */
export type PodCidrPlanOutput = SubnetSizing & {
  input: Record<string, unknown> & { podCidr: string; nodeSubnet?: string };
  /** Counted nodes + surge of every pool. */
  plannedNodes: number;
  surgeNodes: number;
  /** Usable addresses of the given node subnet. */
  usableIps?: number;
  /** Largest first pool the given node subnet holds, keeping room for its surge (when it is alone in the subnet). */
  nodeSubnetMaxNodes?: number;
  /** The pod CIDR checked (the default when none was given). */
  podCidr: string;
  /** True when the reader gave the pod CIDR. */
  podCidrGiven: boolean;
  /** Prefix of the block each node takes from the pod CIDR (24). */
  nodePodPrefix: number;
  /** Nodes the pod CIDR has blocks for: 2^(nodePodPrefix - prefix). */
  podCidrNodeSlots: number;
  /** Longest pod CIDR prefix with a block for every planned node. */
  minimumPodCidrPrefix: number;
  /** The plugin's node limit (cluster limit, or the kubenet route limit). */
  nodeLimit: number;
  /** Nodes the design holds: the smallest of podCidrNodeSlots, nodeLimit and nodeSubnetMaxNodes. */
  maxNodes: number;
  /** Max pods per node the plugin accepts. */
  maxPodsPerNode: { min: number; max: number };
  /** Overlapping input ranges by name. */
  overlaps: { a: string; b: string }[];
  pools: PoolResult[];
  subnets: SubnetPlan[];
};

/** How the overlay and kubenet calculators differ: the per-node block, the node limit and its citation. */
export interface PodCidrPlanRules {
  nodePodPrefixKey: LimitKey;
  nodeLimit: (r: InputReader) => { value: number; key: LimitKey; what: string };
}

/** Reads and computes the shared part of the overlay and kubenet calculators; returns errors or the output and findings. */
export function podCidrPlan(
  raw: unknown,
  limits: CalculatorLimits,
  rules: PodCidrPlanRules,
): { errors: InputError[] } | { output: PodCidrPlanOutput; findings: Finding[] } {
  const r = InputReader.from(raw);
  if (!(r instanceof InputReader)) return { errors: [r] };
  const input = readPools(r, limits, { nodes: 'required', maxPods: 'optional' });
  const givenPod = r.cidr('podCidr');
  const nodeCidr = r.cidr('nodeSubnet');
  const limit = rules.nodeLimit(r);
  r.rejectUnknown();
  const errors: InputError[] = [...r.errors];
  const v4 = [givenPod && requireIpv4({ name: 'podCidr', cidr: givenPod }, 'the /24-per-node rule is for IPv4 pod CIDRs'), nodeCidr && requireIpv4({ name: 'nodeSubnet', cidr: nodeCidr }, 'node subnets are sized as IPv4')];
  errors.push(...v4.filter((e): e is InputError => e !== undefined));
  if (errors.length > 0 || input.pools.length === 0) return { errors };
  const podCidr = givenPod ?? (parseCidr(limits.defaultPodCidr) as { ok: true; value: Cidr }).value;

  const plan = poolPlan(input, ONE_PER_NODE, limits);
  const planned = plan.plannedNodes;
  const counted = sumOf(plan.pools, (p) => p.countedNodes);
  const perNodePrefix = limits[rules.nodePodPrefixKey] as number;
  const sizing = totalSizing(plan.nodeSubnets, limits);
  const slots = podCidrNodeSlots(podCidr.prefix, perNodePrefix);
  const minPodPrefix = smallestPodCidrPrefix(planned, perNodePrefix);
  const findings: Finding[] = [
    sizingFinding('node subnet (one address per node plus other IPs)', sizing, limits),
    ...planFindings(input, plan, ONE_PER_NODE, limits, (p) => p.nodeIps),
    ...subnetLines(plan.nodeSubnets, 'nodes', limits),
    ...poolRoomFindings(plan.pools, limits, (i) => (input.listed ? `pools[${i}].maxPods` : 'maxPods')),
  ];
  if (!givenPod) findings.push(finding(limits, 'default-pod-cidr', 'info', `No podCidr given; AKS uses ${podCidr.text}.`, ['defaultPodCidr']));
  findings.push(...basicRangeFindings({ name: 'podCidr', cidr: podCidr }, limits));
  const blocks = `a /${perNodePrefix} (${fmt(2 ** (32 - perNodePrefix))} addresses) per node`;
  findings.push(
    slots < planned
      ? finding(limits, 'pod-cidr-too-small', 'error', `podCidr ${podCidr.text} has room for ${plural(slots, 'node')} at ${blocks}; the plan needs ${fmt(planned)} (nodes + surge + extra). Use a /${minPodPrefix} or larger.`, [rules.nodePodPrefixKey], 'podCidr')
      : finding(limits, 'pod-cidr-capacity', 'info', `podCidr ${podCidr.text} has room for ${plural(slots, 'node')} at ${blocks}; ${fmt(planned)} planned nodes need at least a /${minPodPrefix}.`, [rules.nodePodPrefixKey], 'podCidr'),
  );
  if (slots > limit.value) findings.push(finding(limits, 'node-limit', 'info', `The pod CIDR has room for more nodes than ${limit.what}, ${fmt(limit.value)}.`, [limit.key]));
  if (counted > limit.value) {
    findings.push(finding(limits, 'node-limit-exceeded', 'error', `${fmt(counted)} nodes (nodes or autoscaler maximum, plus extra) is more than ${limit.what}, ${fmt(limit.value)}.`, [limit.key], input.listed ? 'pools' : 'nodes'));
  }
  const overlapsOut: { a: string; b: string }[] = [];
  const subnets = [...plan.nodeSubnets];
  let given: SubnetPlan | undefined;
  if (nodeCidr && subnets[0]) {
    given = checkSubnet(subnets[0], nodeCidr, input, plan.pools, limits);
    subnets[0] = given;
    findings.push(...givenSubnetFindings('nodeSubnet', nodeCidr, plan.nodeSubnets[0] ?? given, { usableIps: given.usableIps ?? 0, fits: given.fits ?? false }, limits));
    if (overlaps(podCidr, nodeCidr)) {
      overlapsOut.push({ a: 'podCidr', b: 'nodeSubnet' });
      findings.push(finding(limits, 'overlap', 'error', `podCidr ${podCidr.text} overlaps nodeSubnet ${nodeCidr.text}; the pod CIDR must not overlap the cluster subnet.`, [rules.nodePodPrefixKey], 'podCidr'));
    }
  }
  const subnetMax = given?.maxNodes;
  const maxNodes = Math.min(slots, limit.value, subnetMax ?? Number.MAX_SAFE_INTEGER);
  return {
    findings,
    output: {
      input: { ...echoPools(input), podCidr: podCidr.text, ...(nodeCidr ? { nodeSubnet: nodeCidr.text } : {}) },
      plannedNodes: planned,
      surgeNodes: plan.surgeNodes,
      ...sizing,
      ...(given ? { usableIps: given.usableIps ?? 0, ...(subnetMax !== undefined ? { nodeSubnetMaxNodes: subnetMax } : {}) } : {}),
      podCidr: podCidr.text,
      podCidrGiven: givenPod !== undefined,
      nodePodPrefix: perNodePrefix,
      podCidrNodeSlots: slots,
      minimumPodCidrPrefix: minPodPrefix,
      nodeLimit: limit.value,
      maxNodes,
      maxPodsPerNode: { min: limits.minPodsPerNode, max: limits.maxPodsPerNode },
      overlaps: overlapsOut,
      pools: plan.pools,
      subnets,
    },
  };
}
