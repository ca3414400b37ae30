import { overlaps, parseCidr, type Cidr } from './cidr';
import { finding, fmt, plural } from './findings';
import { given, InputReader } from './input';
import type { CalculatorLimits, LimitKey } from './limits';
import { plannedNodes, readPool, type PoolInput } from './pool-input';
import { basicRangeFindings, requireIpv4 } from './range-rules';
import { fitSubnet, podCidrNodeSlots, sizeSubnet, smallestPodCidrPrefix, type SubnetSizing } from './sizing';
import { givenSubnetFindings, sizingFinding } from './subnet-check';
import type { Finding, InputError } from './types';

/** Input shared by the overlay and kubenet calculators: nodes take VNet IPs, pods a private pod CIDR. */
export interface PodCidrPlanInput {
  nodes: number;
  maxSurge?: number;
  extraNodes?: number;
  /** Max pods per node, reported against its limits; optional because node subnet sizing does not use it. */
  maxPods?: number;
  otherIps?: number;
  /** The private pod CIDR (IPv4); default the default-pod-cidr limit, 10.244.0.0/16. */
  podCidr?: string;
  /** An IPv4 node subnet to check. */
  nodeSubnet?: string;
}

/** Output shared by the overlay and kubenet calculators; the top-level sizing is the node subnet, the only VNet use. */
export type PodCidrPlanOutput = SubnetSizing & {
  input: Omit<PoolInput, 'maxPods'> & { maxPods?: number; podCidr: string; nodeSubnet?: string };
  plannedNodes: number;
  /** Usable addresses of the given node subnet. */
  usableIps?: number;
  /** Largest pool the given node subnet holds, keeping room for maxSurge. */
  nodeSubnetMaxNodes?: number;
  /** The pod CIDR checked (the default when none was given). */
  podCidr: string;
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
  const pool = readPool(r, limits, { nodes: 'required', maxPods: 'optional' });
  const givenPod = r.cidr('podCidr');
  const nodeCidr = r.cidr('nodeSubnet');
  const limit = rules.nodeLimit(r);
  r.rejectUnknown();
  const errors: InputError[] = [...r.errors];
  const v4 = [givenPod && requireIpv4({ name: 'podCidr', cidr: givenPod }, 'the /24-per-node rule is for IPv4 pod CIDRs'), nodeCidr && requireIpv4({ name: 'nodeSubnet', cidr: nodeCidr }, 'node subnets are sized as IPv4')];
  errors.push(...v4.filter((e): e is InputError => e !== undefined));
  if (errors.length > 0 || pool.nodes === undefined) return { errors };
  const { maxSurge, extraNodes, otherIps, maxPods } = pool;
  const nodes = pool.nodes;
  const podCidr = givenPod ?? (parseCidr(limits.defaultPodCidr) as { ok: true; value: Cidr }).value;

  const planned = plannedNodes({ nodes, maxSurge, extraNodes });
  const perNodePrefix = limits[rules.nodePodPrefixKey] as number;
  const sizing = sizeSubnet(planned + otherIps, limits);
  const slots = podCidrNodeSlots(podCidr.prefix, perNodePrefix);
  const minPodPrefix = smallestPodCidrPrefix(planned, perNodePrefix);
  const findings: Finding[] = [sizingFinding('node subnet (one address per node plus other IPs)', sizing, limits)];
  if (!givenPod) {
    findings.push(finding(limits, 'default-pod-cidr', 'info', `No podCidr given; AKS uses ${podCidr.text}.`, ['defaultPodCidr']));
  }
  findings.push(...basicRangeFindings({ name: 'podCidr', cidr: podCidr }, limits));
  const blocks = `a /${perNodePrefix} (${fmt(2 ** (32 - perNodePrefix))} addresses) per node`;
  findings.push(
    slots < planned
      ? finding(limits, 'pod-cidr-too-small', 'error', `podCidr ${podCidr.text} has room for ${plural(slots, 'node')} at ${blocks}; the plan needs ${fmt(planned)} (nodes + surge + extra). Use a /${minPodPrefix} or larger.`, [rules.nodePodPrefixKey], 'podCidr')
      : finding(limits, 'pod-cidr-capacity', 'info', `podCidr ${podCidr.text} has room for ${plural(slots, 'node')} at ${blocks}; ${fmt(planned)} planned nodes need at least a /${minPodPrefix}.`, [rules.nodePodPrefixKey], 'podCidr'),
  );
  if (slots > limit.value) {
    findings.push(finding(limits, 'node-limit', 'info', `The pod CIDR has room for more nodes than ${limit.what}, ${fmt(limit.value)}.`, [limit.key]));
  }
  if (planned - maxSurge > limit.value) {
    findings.push(finding(limits, 'node-limit-exceeded', 'error', `${fmt(planned - maxSurge)} nodes (nodes + extra) is more than ${limit.what}, ${fmt(limit.value)}.`, [limit.key], 'nodes'));
  }
  const overlapsOut: { a: string; b: string }[] = [];
  let subnetMax: number | undefined;
  let usable: number | undefined;
  if (nodeCidr) {
    const fit = fitSubnet(nodeCidr, { requiredIps: sizing.requiredIps, ipsPerNode: 1, otherIps, maxSurge }, limits);
    subnetMax = fit.maxNodes;
    usable = fit.usableIps;
    findings.push(...givenSubnetFindings('nodeSubnet', nodeCidr, sizing, fit, limits));
    if (overlaps(podCidr, nodeCidr)) {
      overlapsOut.push({ a: 'podCidr', b: 'nodeSubnet' });
      findings.push(finding(limits, 'overlap', 'error', `podCidr ${podCidr.text} overlaps nodeSubnet ${nodeCidr.text}; the pod CIDR must not overlap the cluster subnet.`, [rules.nodePodPrefixKey], 'podCidr'));
    }
  }
  const maxNodes = Math.min(slots, limit.value, subnetMax ?? Number.MAX_SAFE_INTEGER);
  return {
    findings,
    output: {
      input: { nodes, maxSurge, extraNodes, otherIps, ...(maxPods !== undefined ? { maxPods } : {}), podCidr: podCidr.text, ...given('nodeSubnet', nodeCidr) },
      plannedNodes: planned,
      ...sizing,
      ...(usable !== undefined ? { usableIps: usable, nodeSubnetMaxNodes: subnetMax } : {}),
      podCidr: podCidr.text,
      nodePodPrefix: perNodePrefix,
      podCidrNodeSlots: slots,
      minimumPodCidrPrefix: minPodPrefix,
      nodeLimit: limit.value,
      maxNodes,
      maxPodsPerNode: { min: limits.minPodsPerNode, max: limits.maxPodsPerNode },
      overlaps: overlapsOut,
    },
  };
}
