import { finding, plural } from './findings';
import { given, InputReader } from './input';
import type { CalculatorLimits } from './limits';
import { staticBlockRule } from './address-rules';
import { checkGiven } from './given-subnets';
import { fitOf, planFindings, poolPlan, sharedNameFindings, subnetLines, totalSizing, type PoolResult } from './pool-plan';
import { echoPools, readPools } from './pools';
import { requireIpv4 } from './range-rules';
import { staticBlocks, type PlannedSubnet, type StaticBlocks } from './sizing';
import { sizingFinding } from './subnet-check';
import { poolRoomFindings } from './pool-rules';
import { wasteFinding } from './static-waste';
import type { SubnetPlan } from './subnet-plan';
import { failure, type CalculatorResult, type Finding, type InputError } from './types';

/** Input of the pod-subnet-static-block calculator; without nodes (or pools) it reports the per-node blocks only. */
export interface PodSubnetStaticBlockInput {
  maxPods?: number;
  nodes?: number;
  maxNodes?: number;
  maxSurge?: number | string;
  extraNodes?: number;
  pools?: { name?: string; nodes: number; maxNodes?: number; maxSurge?: number | string; maxPods: number; subnet?: string; podSubnet?: string }[];
  otherIps?: number;
  nodeSubnet?: string;
  podSubnet?: string;
}

/**
 * Output of the pod-subnet-static-block calculator: the blocks of the first pool's max pods at the top
 * (each pool has its own in `pools`), and the subnets when nodes or pools are given.
 */
export type PodSubnetStaticBlockOutput = StaticBlocks & {
  input: Record<string, unknown>;
  /** The largest pod subnet static block supports, as a prefix length (12). */
  largestPodSubnetPrefix: number;
  plannedNodes?: number;
  surgeNodes?: number;
  nodeSubnet?: PlannedSubnet;
  podSubnet?: PlannedSubnet;
  /** VNet addresses used: nodeSubnet.requiredIps + podSubnet.requiredIps. */
  vnetIps?: number;
  /** When subnets were given and the first pool is alone in them: the largest pool they hold, keeping room for its surge. */
  maxNodes?: number;
  pools?: (PoolResult & StaticBlocks)[];
  subnets?: SubnetPlan[];
};

/** Computes /28 blocks per node (ceil((maxPods + 1) / 16)), usable pod IPs (16N - 1), waste, and the subnets for the pools. */
export function podSubnetStaticBlock(raw: unknown, limits: CalculatorLimits): CalculatorResult<PodSubnetStaticBlockOutput> {
  const name = 'pod-subnet-static-block';
  const r = InputReader.from(raw);
  if (!(r instanceof InputReader)) return failure(name, [r]);
  const input = readPools(r, limits, { nodes: 'optional', maxPods: 'required', podSubnet: true });
  const nodeCidr = r.cidr('nodeSubnet');
  const podCidr = r.cidr('podSubnet');
  r.rejectUnknown();
  const errors: InputError[] = [...r.errors];
  for (const [field, c] of [['nodeSubnet', nodeCidr], ['podSubnet', podCidr]] as const) {
    const e = c && requireIpv4({ name: field, cidr: c }, 'subnets are sized as IPv4');
    if (e) errors.push(e);
  }
  if ((nodeCidr || podCidr) && input.pools.length === 0 && !r.errors.some((e) => e.field === 'nodes' || e.field === 'maxPods')) {
    errors.push({ field: 'nodes', message: 'nodes: is required to check a nodeSubnet or podSubnet' });
  }
  const firstPods = input.pools[0]?.maxPods ?? input.maxPods;
  if (errors.length > 0 || firstPods === undefined) return failure(name, errors);

  const blocks = staticBlocks(firstPods, limits);
  const findings: Finding[] = [];
  const distinct = [...new Set([firstPods, ...input.pools.map((p) => p.maxPods ?? firstPods)])];
  for (const pods of distinct) findings.push(wasteFinding(pods, staticBlocks(pods, limits), limits));
  const base = { ok: true as const, calculator: name, ...blocks, largestPodSubnetPrefix: limits.staticBlockLargestPodSubnetPrefix, findings };
  if (input.pools.length === 0) return { ...base, input: { maxPods: firstPods } };

  const rule = staticBlockRule(limits);
  const plan = poolPlan(input, rule, limits);
  const nodeSizing = totalSizing(plan.nodeSubnets, limits);
  const podSizing = totalSizing(plan.podSubnets, limits);
  const perNode = distinct.length === 1 ? `${plural(blocks.blocksPerNode, 'block')} of ${blocks.blockSize} per node` : 'each pool\'s blocks per node';
  findings.push(
    sizingFinding('node subnet (one address per node plus other IPs)', nodeSizing, limits),
    sizingFinding(`pod subnet (${perNode})`, podSizing, limits),
    ...planFindings(input, plan, rule, limits, (p) => p.nodeIps + p.podIps),
    ...subnetLines(plan.nodeSubnets, 'nodes', limits),
    ...subnetLines(plan.podSubnets, 'pods', limits),
    ...sharedNameFindings(plan),
    ...poolRoomFindings(plan.pools, limits, (i) => (input.listed ? `pools[${i}].maxPods` : 'maxPods')),
  );
  const largest = limits.staticBlockLargestPodSubnetPrefix;
  for (const s of plan.podSubnets) {
    if (s.minimumPrefix === null || s.minimumPrefix < largest) {
      findings.push(
        finding(limits, 'pod-subnet-too-large', 'error', `The pod subnet${plan.podSubnets.length > 1 ? ` ${s.name}` : ''} would need to be larger than a /${largest}, the largest static block allocation supports; use fewer nodes or a lower maxPods.`, ['staticBlockLargestPodSubnetPrefix']),
      );
    }
  }
  if (podCidr && podCidr.prefix < largest) {
    findings.push(finding(limits, 'pod-subnet-too-large', 'error', `podSubnet ${podCidr.text} is larger than a /${largest}, the largest static block allocation supports.`, ['staticBlockLargestPodSubnetPrefix'], 'podSubnet'));
  }
  const { nodeSubnets, podSubnets, givenNode, givenPod, maxNodes, findings: givenFindings } = checkGiven(plan, input, nodeCidr, podCidr, limits);
  findings.push(...givenFindings);
  return {
    ...base,
    input: { ...echoPools(input), ...given('nodeSubnet', nodeCidr), ...given('podSubnet', podCidr) },
    plannedNodes: plan.plannedNodes,
    surgeNodes: plan.surgeNodes,
    nodeSubnet: { ...nodeSizing, ...fitOf(givenNode) },
    podSubnet: { ...podSizing, ...fitOf(givenPod) },
    vnetIps: nodeSizing.requiredIps + podSizing.requiredIps,
    ...(maxNodes !== undefined ? { maxNodes } : {}),
    pools: plan.pools.map((p) => ({ ...p, ...staticBlocks(p.maxPods ?? firstPods, limits) })),
    subnets: [...nodeSubnets, ...podSubnets],
  };
}
