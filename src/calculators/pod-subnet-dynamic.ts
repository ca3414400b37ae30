import { finding, fmt, plural } from './findings';
import { given, InputReader } from './input';
import type { CalculatorLimits } from './limits';
import { plannedNodes, readPool } from './pool-input';
import { requireIpv4 } from './range-rules';
import { dynamicIpsPerNode, fitSubnet, sizeSubnet, type PlannedSubnet, type SubnetFit } from './sizing';
import { givenSubnetFindings, sizingFinding } from './subnet-check';
import { failure, type CalculatorResult, type Finding, type InputError } from './types';

/** Input of the pod-subnet-dynamic calculator (Azure CNI Pod Subnet, dynamic IP allocation). */
export interface PodSubnetDynamicInput {
  nodes: number;
  maxSurge?: number;
  extraNodes?: number;
  /** Max pods per node; required because the documented defaults disagree (30, 110, 250). */
  maxPods: number;
  /** Other addresses in the node subnet (internal load balancers and so on). */
  otherIps?: number;
  /** An IPv4 node subnet to check. */
  nodeSubnet?: string;
  /** An IPv4 pod subnet to check. */
  podSubnet?: string;
}

/** Output of the pod-subnet-dynamic calculator. */
export interface PodSubnetDynamicOutput {
  input: Required<Omit<PodSubnetDynamicInput, 'nodeSubnet' | 'podSubnet'>> & { nodeSubnet?: string; podSubnet?: string };
  /** nodes + maxSurge + extraNodes. */
  plannedNodes: number;
  /** Addresses a node takes at a time (16). */
  batchSize: number;
  /** Pod subnet addresses a node holds when it runs maxPods pods: batch x ceil((maxPods + 8) / batch). */
  ipsPerNodeAtMaxPods: number;
  /** Node subnet: one address per node plus otherIps. */
  nodeSubnet: PlannedSubnet;
  /** Pod subnet at full pod density; minimumRequiredIps is the documented floor of one batch per node. */
  podSubnet: PlannedSubnet & { minimumRequiredIps: number; minimumRequiredPrefix: number | null };
  /** VNet addresses used: nodeSubnet.requiredIps + podSubnet.requiredIps. */
  vnetIps: number;
  /** When subnets were given: the largest pool both hold, keeping room for maxSurge. */
  maxNodes?: number;
}

/** Sizes the node subnet (one IP per node) and the pod subnet (batches of 16 per node) of dynamic pod subnet mode. */
export function podSubnetDynamic(raw: unknown, limits: CalculatorLimits): CalculatorResult<PodSubnetDynamicOutput> {
  const name = 'pod-subnet-dynamic';
  const r = InputReader.from(raw);
  if (!(r instanceof InputReader)) return failure(name, [r]);
  const pool = readPool(r, limits, { nodes: 'required', maxPods: 'required' });
  const nodeCidr = r.cidr('nodeSubnet');
  const podCidr = r.cidr('podSubnet');
  r.rejectUnknown();
  const errors: InputError[] = [...r.errors];
  for (const [field, c] of [['nodeSubnet', nodeCidr], ['podSubnet', podCidr]] as const) {
    const e = c && requireIpv4({ name: field, cidr: c }, 'subnets are sized as IPv4');
    if (e) errors.push(e);
  }
  if (errors.length > 0 || pool.nodes === undefined || pool.maxPods === undefined) return failure(name, errors);
  const { maxSurge, extraNodes, otherIps } = pool;
  const nodes = pool.nodes;
  const maxPods = pool.maxPods;

  const planned = plannedNodes({ nodes, maxSurge, extraNodes });
  const perNode = dynamicIpsPerNode(maxPods, limits);
  const nodeSizing = sizeSubnet(planned + otherIps, limits);
  const podSizing = sizeSubnet(planned * perNode, limits);
  const minimumPod = sizeSubnet(planned * limits.dynamicBatchSize, limits);
  const findings: Finding[] = [
    sizingFinding('node subnet (one address per node plus other IPs)', nodeSizing, limits),
    finding(
      limits,
      'dynamic-batches',
      'info',
      `Each node takes ${fmt(limits.dynamicBatchSize)} pod subnet addresses at a time and asks for more when fewer than ${fmt(limits.dynamicBatchThreshold)} are free, so at ${fmt(maxPods)} pods a node holds ${fmt(perNode)} (derived); the documented floor is ${fmt(limits.dynamicBatchSize)} per node, ${fmt(minimumPod.requiredIps)} for ${plural(planned, 'node')}.`,
      ['dynamicBatchSize', 'dynamicBatchThreshold'],
    ),
    sizingFinding(`pod subnet at ${fmt(maxPods)} pods per node`, podSizing, limits),
  ];
  const nodeFit = nodeCidr && fitSubnet(nodeCidr, { requiredIps: nodeSizing.requiredIps, ipsPerNode: 1, otherIps, maxSurge }, limits);
  const podFit = podCidr && fitSubnet(podCidr, { requiredIps: podSizing.requiredIps, ipsPerNode: perNode, otherIps: 0, maxSurge }, limits);
  if (nodeCidr && nodeFit) findings.push(...givenSubnetFindings('nodeSubnet', nodeCidr, nodeSizing, nodeFit, limits));
  if (podCidr && podFit) findings.push(...givenSubnetFindings('podSubnet', podCidr, podSizing, podFit, limits));
  const fits = [nodeFit, podFit].filter((f): f is SubnetFit => f !== undefined);
  return {
    ok: true,
    calculator: name,
    input: { nodes, maxSurge, extraNodes, maxPods, otherIps, ...given('nodeSubnet', nodeCidr), ...given('podSubnet', podCidr) },
    plannedNodes: planned,
    batchSize: limits.dynamicBatchSize,
    ipsPerNodeAtMaxPods: perNode,
    nodeSubnet: { ...nodeSizing, ...nodeFit },
    podSubnet: { ...podSizing, ...podFit, minimumRequiredIps: minimumPod.requiredIps, minimumRequiredPrefix: minimumPod.minimumPrefix },
    vnetIps: nodeSizing.requiredIps + podSizing.requiredIps,
    ...(fits.length > 0 ? { maxNodes: Math.min(...fits.map((f) => f.maxNodes)) } : {}),
    findings,
  };
}
