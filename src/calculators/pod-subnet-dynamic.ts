import { finding, fmt, plural } from './findings';
import { given, InputReader } from './input';
import type { CalculatorLimits } from './limits';
import { dynamicRule } from './address-rules';
import { checkGiven } from './given-subnets';
import { fitOf, planFindings, poolPlan, sharedNameFindings, subnetLines, totalSizing, type PoolResult } from './pool-plan';
import { echoPools, readPools } from './pools';
import { requireIpv4 } from './range-rules';
import { sizeSubnet, type PlannedSubnet } from './sizing';
import { sizingFinding } from './subnet-check';
import { poolRoomFindings } from './pool-rules';
import type { SubnetPlan } from './subnet-plan';
import { failure, type CalculatorResult, type Finding, type InputError } from './types';

/** Input of the pod-subnet-dynamic calculator (Azure CNI Pod Subnet, dynamic IP allocation). */
export interface PodSubnetDynamicInput {
  nodes?: number;
  maxNodes?: number;
  maxSurge?: number | string;
  extraNodes?: number;
  /** Max pods per node; required because the documented defaults disagree (30, 110, 250). */
  maxPods?: number;
  /** Several node pools, each with an optional node `subnet` and `podSubnet` name. */
  pools?: { name?: string; nodes: number; maxNodes?: number; maxSurge?: number | string; maxPods: number; subnet?: string; podSubnet?: string }[];
  /** Other addresses in the first pool's node subnet (internal load balancers and so on). */
  otherIps?: number;
  /** An IPv4 node subnet to check (the first pool's). */
  nodeSubnet?: string;
  /** An IPv4 pod subnet to check (the first pool's). */
  podSubnet?: string;
}

/** Output of the pod-subnet-dynamic calculator: the whole plan, one entry per pool and per subnet. */
export interface PodSubnetDynamicOutput {
  input: Record<string, unknown>;
  /** Counted nodes + surge of every pool. */
  plannedNodes: number;
  surgeNodes: number;
  /** Addresses a node takes at a time (16). */
  batchSize: number;
  /** Pod subnet addresses a node holds when it runs maxPods pods, when every pool has the same max pods; else null. */
  ipsPerNodeAtMaxPods: number | null;
  /** Node subnets together: one address per node plus otherIps; usableIps and fits for the given nodeSubnet (the first pool's). */
  nodeSubnet: PlannedSubnet;
  /** Pod subnets together at full pod density; minimumRequiredIps is the documented floor of one batch per node. */
  podSubnet: PlannedSubnet & { minimumRequiredIps: number; minimumRequiredPrefix: number | null };
  /** VNet addresses used: nodeSubnet.requiredIps + podSubnet.requiredIps. */
  vnetIps: number;
  /** When subnets were given and the first pool is alone in them: the largest pool both hold, keeping room for its surge. */
  maxNodes?: number;
  pools: PoolResult[];
  subnets: SubnetPlan[];
}

/** Sizes the node subnets (one IP per node) and the pod subnets (batches of 16 per node) of dynamic pod subnet mode. */
export function podSubnetDynamic(raw: unknown, limits: CalculatorLimits): CalculatorResult<PodSubnetDynamicOutput> {
  const name = 'pod-subnet-dynamic';
  const r = InputReader.from(raw);
  if (!(r instanceof InputReader)) return failure(name, [r]);
  const input = readPools(r, limits, { nodes: 'required', maxPods: 'required', podSubnet: true });
  const nodeCidr = r.cidr('nodeSubnet');
  const podCidr = r.cidr('podSubnet');
  r.rejectUnknown();
  const errors: InputError[] = [...r.errors];
  for (const [field, c] of [['nodeSubnet', nodeCidr], ['podSubnet', podCidr]] as const) {
    const e = c && requireIpv4({ name: field, cidr: c }, 'subnets are sized as IPv4');
    if (e) errors.push(e);
  }
  if (errors.length > 0 || input.pools.length === 0) return failure(name, errors);

  const rule = dynamicRule(limits);
  const plan = poolPlan(input, rule, limits);
  const nodeSizing = totalSizing(plan.nodeSubnets, limits);
  const podSizing = totalSizing(plan.podSubnets, limits);
  const minimumPod = sizeSubnet(plan.plannedNodes * limits.dynamicBatchSize, limits);
  const pods = new Set(plan.pools.map((p) => p.maxPods ?? 0));
  const perNode = plan.pools.map((p) => p.podIpsPerNode ?? 0);
  const podsText = pods.size === 1 ? `${fmt([...pods][0] ?? 0)} pods` : 'each pool\'s max pods';
  const findings: Finding[] = [
    sizingFinding('node subnet (one address per node plus other IPs)', nodeSizing, limits),
    finding(
      limits,
      'dynamic-batches',
      'info',
      `Each node takes ${fmt(limits.dynamicBatchSize)} pod subnet addresses at a time and asks for more when fewer than ${fmt(limits.dynamicBatchThreshold)} are free, so at ${podsText} a node holds ${[...new Set(perNode)].map(fmt).join(' or ')} (derived); the documented floor is ${fmt(limits.dynamicBatchSize)} per node, ${fmt(minimumPod.requiredIps)} for ${plural(plan.plannedNodes, 'node')}.`,
      ['dynamicBatchSize', 'dynamicBatchThreshold'],
    ),
    sizingFinding(`pod subnet at ${podsText} per node`, podSizing, limits),
    ...planFindings(input, plan, rule, limits, (p) => p.nodeIps + p.podIps),
    ...subnetLines(plan.nodeSubnets, 'nodes', limits),
    ...subnetLines(plan.podSubnets, 'pods', limits),
    ...sharedNameFindings(plan),
    ...poolRoomFindings(plan.pools, limits, (i) => (input.listed ? `pools[${i}].maxPods` : 'maxPods')),
  ];
  const { nodeSubnets, podSubnets, givenNode, givenPod, maxNodes, findings: givenFindings } = checkGiven(plan, input, nodeCidr, podCidr, limits);
  findings.push(...givenFindings);
  return {
    ok: true,
    calculator: name,
    input: { ...echoPools(input), ...given('nodeSubnet', nodeCidr), ...given('podSubnet', podCidr) },
    plannedNodes: plan.plannedNodes,
    surgeNodes: plan.surgeNodes,
    batchSize: limits.dynamicBatchSize,
    ipsPerNodeAtMaxPods: new Set(perNode).size === 1 ? (perNode[0] ?? null) : null,
    nodeSubnet: { ...nodeSizing, ...fitOf(givenNode) },
    podSubnet: { ...podSizing, ...fitOf(givenPod), minimumRequiredIps: minimumPod.requiredIps, minimumRequiredPrefix: minimumPod.minimumPrefix },
    vnetIps: nodeSizing.requiredIps + podSizing.requiredIps,
    ...(maxNodes !== undefined ? { maxNodes } : {}),
    pools: plan.pools,
    subnets: [...nodeSubnets, ...podSubnets],
    findings,
  };
}
