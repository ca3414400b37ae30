import { cite, fmt } from './findings';
import type { InputReader } from './input';
import type { CalculatorLimits } from './limits';
import { defaultSurge, surgeNodes, surgeValue, type MaxSurge } from './surge';

/** Largest number of pools accepted: a sanity bound of the calculators, not an Azure limit. */
export const POOLS_MAX = 100;

/** Largest otherIps accepted: a sanity bound of the calculators (not an Azure limit) that keeps every plan inside IPv4. */
export const OTHER_IPS_MAX = 1_000_000;

/** Name of the node subnet of pools that name none (and of the first pool's, unless it names one). */
export const DEFAULT_NODE_SUBNET = 'default';
/** Name of the pod subnet of pools that name none, in the pod subnet modes. */
export const DEFAULT_POD_SUBNET = 'pods';

/** One node pool as the reader described it, validated. */
export interface PoolSpec {
  name: string;
  /** Nodes in the pool today. */
  nodes: number;
  /** The cluster autoscaler's maximum (max-count), when the pool autoscales. */
  maxNodes?: number;
  maxSurge: MaxSurge;
  /** Whether maxSurge was given or is the AKS default. */
  surgeGiven: boolean;
  maxPods?: number;
  /** Name of the node subnet, when the pool names one. */
  subnet?: string;
  /** Name of the pod subnet (pod subnet modes), when the pool names one. */
  podSubnet?: string;
}

/** One pool as planned: the nodes counted at the next upgrade, its surge and its subnets. */
export interface PlannedPool {
  name: string;
  nodes: number;
  maxNodes?: number;
  /** As given or defaulted: a number of nodes, or a percentage such as "10%". */
  maxSurge: number | string;
  /** Nodes counted before surge: the autoscaler maximum when there is one, else nodes, plus planned growth. */
  countedNodes: number;
  /** Surge nodes at the counted size: a percentage rounded up, never more than the pool. */
  surgeNodes: number;
  /** countedNodes + surgeNodes: every node of the pool at the worst moment of an upgrade. */
  plannedNodes: number;
  maxPods?: number;
  /** The node subnet it takes addresses from. */
  subnet: string;
  /** The pod subnet it takes pod addresses from (pod subnet modes). */
  podSubnet?: string;
}

/** The pools of a plan and the plan-wide fields every sizing calculator reads. */
export interface PoolsInput {
  pools: PoolSpec[];
  /** True when the input used `pools`; false for the single-pool fields (nodes, maxSurge, ...). */
  listed: boolean;
  /** Planned growth of the first pool (default 0). */
  extraNodes: number;
  /** Other addresses in the first pool's node subnet: internal load balancers, private endpoints (default 0). */
  otherIps: number;
  /** maxPods read without a pool (static block without nodes: blocks per node only). */
  maxPods?: number;
}

/** What a calculator needs of its pools. */
export interface PoolNeeds {
  nodes: 'required' | 'optional';
  maxPods: 'required' | 'optional';
  /** True for the pod subnet modes, whose pools may name a pod subnet. */
  podSubnet?: boolean;
}

const SINGLE_FIELDS = ['nodes', 'maxNodes', 'maxSurge', 'maxPods'] as const;


/**
 * Reads either `pools` (a list of node pools) or today's single-pool fields (nodes, maxNodes,
 * maxSurge, maxPods), plus extraNodes and otherIps; errors accumulate on the reader, named by field
 * (`pools[1].maxSurge`). Returns no pools when nodes is optional and absent.
 */
export function readPools(r: InputReader, limits: CalculatorLimits, need: PoolNeeds): PoolsInput {
  const clusterWhy = `the AKS cluster node limit ${cite(limits, 'clusterMaxNodes')}`;
  const listed = r.has('pools');
  const extraNodes = r.int('extraNodes', { min: 0, max: limits.clusterMaxNodes, maxWhy: clusterWhy, default: 0 }) ?? 0;
  const otherIps = r.int('otherIps', { min: 0, max: OTHER_IPS_MAX, maxWhy: 'the largest value this calculator accepts', default: 0 }) ?? 0;
  let pools: PoolSpec[] = [];
  let bareMaxPods: number | undefined;
  if (listed) {
    const given = SINGLE_FIELDS.filter((f) => r.has(f));
    if (given.length > 0) r.fail(given[0] ?? 'nodes', `give either pools or ${SINGLE_FIELDS.join(', ')} for one pool, not both`);
    const items = r.objects('pools', POOLS_MAX, 'the largest number of pools this calculator accepts') ?? [];
    pools = items.map((item, i) => readOnePool(item, limits, need, `nodepool${i + 1}`, 0));
    const names = new Set<string>();
    pools.forEach((p, i) => {
      if (names.has(p.name)) r.fail(`pools[${i}].name`, `"${p.name}" is the name of an earlier pool; pool names must be unique`);
      names.add(p.name);
    });
  } else {
    if (need.nodes === 'required' || r.has('nodes') || r.has('maxNodes')) pools = [readOnePool(r, limits, need, 'nodepool1', 1, true)];
    else bareMaxPods = readMaxPods(r, limits, need);
  }
  const counted = pools.reduce((sum, p) => sum + (p.maxNodes ?? p.nodes), 0) + extraNodes;
  if (pools.length > 0 && counted > limits.clusterMaxNodes) {
    r.fail(listed ? 'pools' : 'extraNodes', `the pools count ${fmt(counted)} nodes (nodes or autoscaler maximum, plus extraNodes); that is more than ${fmt(limits.clusterMaxNodes)}, ${clusterWhy}`);
  }
  return { pools, listed, extraNodes, otherIps, ...(bareMaxPods !== undefined ? { maxPods: bareMaxPods } : {}) };
}

/** Reads maxPods alone (static block without nodes): blocks per node need no pool. */
function readMaxPods(r: InputReader, limits: CalculatorLimits, need: PoolNeeds): number | undefined {
  return need.maxPods === 'required' || r.has('maxPods')
    ? r.int('maxPods', {
        min: limits.minPodsPerNode,
        max: limits.maxPodsPerNode,
        minWhy: `the smallest max pods a node pool accepts ${cite(limits, 'minPodsPerNode')}`,
        maxWhy: `the largest max pods a node pool accepts ${cite(limits, 'maxPodsPerNode')}`,
      })
    : undefined;
}

/** Reads one pool's fields from its own reader (a pools item) or from the top-level fields (`single`). */
function readOnePool(r: InputReader, limits: CalculatorLimits, need: PoolNeeds, fallbackName: string, minNodes: number, single = false): PoolSpec {
  const clusterWhy = `the AKS cluster node limit ${cite(limits, 'clusterMaxNodes')}`;
  let name = fallbackName;
  if (!single) {
    const given = r.string('name');
    if (given !== undefined) {
      const trimmed = given.trim();
      if (trimmed === '' || trimmed.length > 64) r.fail('name', 'expected a pool name of 1 to 64 characters');
      else name = trimmed;
    }
  }
  const nodes = r.int('nodes', { min: minNodes, max: limits.clusterMaxNodes, maxWhy: clusterWhy }) ?? 0;
  const maxNodes = r.has('maxNodes') ? r.int('maxNodes', { min: 1, max: limits.clusterMaxNodes, maxWhy: clusterWhy }) : undefined;
  if (maxNodes !== undefined && maxNodes < nodes) r.fail('maxNodes', `${fmt(maxNodes)} is less than nodes (${fmt(nodes)}); the autoscaler maximum is at least the pool's size`);
  const surgeGiven = r.has('maxSurge');
  const maxSurge = r.surge('maxSurge', defaultSurge(limits));
  if (maxSurge.kind === 'count' && maxSurge.value > limits.clusterMaxNodes) r.fail('maxSurge', `${fmt(maxSurge.value)} is more than ${fmt(limits.clusterMaxNodes)}, ${clusterWhy}`);
  const maxPods = readMaxPods(r, limits, need);
  const subnet = single ? undefined : subnetName(r, 'subnet');
  const podSubnet = single || !need.podSubnet ? undefined : subnetName(r, 'podSubnet');
  if (!single) r.rejectUnknown();
  return {
    name,
    nodes,
    ...(maxNodes !== undefined ? { maxNodes } : {}),
    maxSurge,
    surgeGiven,
    ...(maxPods !== undefined ? { maxPods } : {}),
    ...(subnet ? { subnet } : {}),
    ...(podSubnet ? { podSubnet } : {}),
  };
}

function subnetName(r: InputReader, field: string): string | undefined {
  const v = r.string(field);
  if (v === undefined || v.trim() === '') return undefined;
  if (v.trim().length > 200) return r.fail(field, 'expected a subnet name of at most 200 characters');
  return v.trim();
}

/** Variants of a plan, to show the figure another reading of the sources gives. */
export interface PlanOptions {
  /** Count pools at today's node count, not at their autoscaler maximum. */
  atToday?: boolean;
  /** The surge of pools that give none, instead of the limit's default (e.g. the older one node). */
  defaultSurge?: MaxSurge;
}

/**
 * Plans each pool: nodes counted at the next upgrade (the autoscaler maximum when there is one, the
 * first pool plus extraNodes), surge rounded up, and the subnets: a pool without a subnet name uses
 * the first pool's (AKS puts a node pool without its own subnet in the cluster's subnet).
 */
export function planPools(input: PoolsInput, options: PlanOptions = {}): PlannedPool[] {
  const [first] = input.pools;
  const nodeDefault = first?.subnet ?? DEFAULT_NODE_SUBNET;
  const podDefault = first?.podSubnet ?? DEFAULT_POD_SUBNET;
  return input.pools.map((p, i) => {
    const countedNodes = (options.atToday ? p.nodes : (p.maxNodes ?? p.nodes)) + (i === 0 ? input.extraNodes : 0);
    const surge = surgeNodes(!p.surgeGiven && options.defaultSurge ? options.defaultSurge : p.maxSurge, countedNodes);
    return {
      name: p.name,
      nodes: p.nodes,
      ...(p.maxNodes !== undefined ? { maxNodes: p.maxNodes } : {}),
      maxSurge: surgeValue(p.maxSurge),
      countedNodes,
      surgeNodes: surge,
      plannedNodes: countedNodes + surge,
      ...(p.maxPods !== undefined ? { maxPods: p.maxPods } : {}),
      subnet: p.subnet ?? nodeDefault,
      podSubnet: p.podSubnet ?? podDefault,
    };
  });
}

/** Sums a number over pools. */
export function sumOf<T>(items: readonly T[], value: (item: T) => number): number {
  return items.reduce((sum, item) => sum + value(item), 0);
}

/** The normalised input echoed in results: the single-pool fields, or the pools list. */
export function echoPools(input: PoolsInput): Record<string, unknown> {
  const [only] = input.pools;
  if (!input.listed && only) {
    return {
      nodes: only.nodes,
      ...(only.maxNodes !== undefined ? { maxNodes: only.maxNodes } : {}),
      maxSurge: surgeValue(only.maxSurge),
      extraNodes: input.extraNodes,
      ...(only.maxPods !== undefined ? { maxPods: only.maxPods } : {}),
      otherIps: input.otherIps,
    };
  }
  return {
    pools: input.pools.map((p) => ({
      name: p.name,
      nodes: p.nodes,
      ...(p.maxNodes !== undefined ? { maxNodes: p.maxNodes } : {}),
      maxSurge: surgeValue(p.maxSurge),
      ...(p.maxPods !== undefined ? { maxPods: p.maxPods } : {}),
      ...(p.subnet ? { subnet: p.subnet } : {}),
      ...(p.podSubnet ? { podSubnet: p.podSubnet } : {}),
    })),
    extraNodes: input.extraNodes,
    otherIps: input.otherIps,
  };
}
