import { cited, finding, fmt, plural, RULE_SOURCES } from './findings';
import type { CalculatorLimits } from './limits';
import type { Cidr } from './cidr';
import { planPools, sumOf, type PlannedPool, type PoolsInput } from './pools';
import { sizeSubnet } from './sizing';
import { autoscalerFinding, planSubnets, withCidr, type SubnetPlan, type SubnetRole } from './subnet-plan';
import { largestPoolWithSurge } from './surge';
import type { Finding } from './types';

/** How many addresses a node of a pool takes from its node subnet and, in the pod subnet modes, from its pod subnet. */
export interface AddressRule {
  /** Addresses per node in the node subnet (max pods + 1 for Node Subnet, 1 for the others). */
  node: (pool: PlannedPool) => number;
  /** Addresses per node in the pod subnet, for the pod subnet modes. */
  pod?: (pool: PlannedPool) => number;
}

/** A pool with the addresses it takes. */
export type PoolResult = PlannedPool & {
  /** Node subnet addresses per node. */
  ipsPerNode: number;
  /** Node subnet addresses of the pool: plannedNodes x ipsPerNode. */
  requiredIps: number;
  /** Pod subnet addresses per node (pod subnet modes). */
  podIpsPerNode?: number;
  /** Pod subnet addresses of the pool (pod subnet modes). */
  podSubnetIps?: number;
};

/** The pools and subnets of a plan, with the totals every sizing calculator reports. */
export interface PoolPlan {
  pools: PoolResult[];
  nodeSubnets: SubnetPlan[];
  podSubnets: SubnetPlan[];
  /** Sum of the node subnets' required addresses. */
  nodeIps: number;
  /** Sum of the pod subnets' required addresses (0 without a pod subnet). */
  podIps: number;
  plannedNodes: number;
  surgeNodes: number;
}

/** Plans the pools and sizes every subnet they name; `otherIps` go to the first pool's node subnet. */
export function poolPlan(input: PoolsInput, rule: AddressRule, limits: CalculatorLimits, options: Parameters<typeof planPools>[1] = {}): PoolPlan {
  const planned = planPools(input, options);
  const pools: PoolResult[] = planned.map((p) => {
    const ipsPerNode = rule.node(p);
    const pod = rule.pod?.(p);
    return {
      ...p,
      ipsPerNode,
      requiredIps: p.plannedNodes * ipsPerNode,
      ...(pod !== undefined ? { podIpsPerNode: pod, podSubnetIps: p.plannedNodes * pod } : {}),
      ...(rule.pod ? {} : { podSubnet: undefined }),
    };
  });
  for (const p of pools) if (p.podSubnet === undefined) delete p.podSubnet;
  const nodeSubnets = planSubnets(pools.map((p) => ({ pool: p, ipsPerNode: p.ipsPerNode })), 'nodes', input.otherIps, limits);
  const podSubnets = rule.pod ? planSubnets(pools.map((p) => ({ pool: p, ipsPerNode: p.podIpsPerNode ?? 0 })), 'pods', 0, limits) : [];
  return {
    pools,
    nodeSubnets,
    podSubnets,
    nodeIps: sumOf(nodeSubnets, (s) => s.requiredIps),
    podIps: sumOf(podSubnets, (s) => s.requiredIps),
    plannedNodes: sumOf(pools, (p) => p.plannedNodes),
    surgeNodes: sumOf(pools, (p) => p.surgeNodes),
  };
}

/** "50 nodes + 5 surge (10%)" for one pool, naming the autoscaler maximum and growth when they count. */
export function poolTerms(p: PlannedPool, extraNodes: number): string {
  const counted = p.maxNodes !== undefined ? `${fmt(p.maxNodes)} nodes at the autoscaler maximum` : plural(p.nodes, 'node');
  const surge = `${fmt(p.surgeNodes)} surge${typeof p.maxSurge === 'string' ? ` (${p.maxSurge} rounded up)` : ''}`;
  return `${counted} + ${surge}${extraNodes > 0 ? ` + ${fmt(extraNodes)} extra` : ''}`;
}

/**
 * The findings every pool plan shares: the default surge and what the older "one node" default
 * would give, the autoscaler maximum against today's count, and a sizing line per subnet when there
 * are several.
 */
export function planFindings(input: PoolsInput, plan: PoolPlan, rule: AddressRule, limits: CalculatorLimits, total: (p: PoolPlan) => number): Finding[] {
  const out: Finding[] = [];
  const defaulted = input.pools.filter((p) => !p.surgeGiven);
  if (defaulted.length > 0 && plan.pools.length > 0) {
    const older = poolPlan(input, rule, limits, { defaultSurge: { kind: 'count', value: 1 } });
    const surge = plan.pools.filter((p) => defaulted.some((d) => d.name === p.name));
    out.push(
      finding(
        limits,
        'default-max-surge',
        'info',
        `No maxSurge given for ${surge.map((p) => p.name).join(', ')}: AKS's default is ${String(limits.defaultMaxSurge)} since the release of 2025-03-16 (Kubernetes 1.32 and later), rounded up per pool: ${plural(sumOf(surge, (p) => p.surgeNodes), 'surge node')}. Pages that still say one surge node per pool would give ${fmt(total(older))} addresses instead of ${fmt(total(plan))}.`,
        ['defaultMaxSurge'],
        input.listed ? 'pools' : 'maxSurge',
      ),
    );
  }
  const today = poolPlan(input, rule, limits, { atToday: true });
  const scaled = autoscalerFinding(plan.pools, total(today), total(plan));
  if (scaled) out.push(scaled);
  return out;
}

/** An info line per subnet when a plan has more than one subnet of a role. */
export function subnetLines(subnets: readonly SubnetPlan[], role: SubnetRole, limits: CalculatorLimits): Finding[] {
  if (subnets.length < 2) return [];
  return subnets.map((s) =>
    s.minimumPrefix === null
      ? finding(limits, 'no-subnet-fits', 'error', `No IPv4 subnet holds the ${fmt(s.requiredIps)} addresses of ${role === 'nodes' ? 'node' : 'pod'} subnet ${s.name} (${s.pools.join(', ')}).`, ['reservedIpsPerSubnet'])
      : finding(
          limits,
          'subnet-share',
          'info',
          `${role === 'nodes' ? 'Node' : 'Pod'} subnet ${s.name} (${s.pools.join(', ')}) needs ${fmt(s.requiredIps)} addresses: a /${s.minimumPrefix} or larger.`,
          ['reservedIpsPerSubnet'],
        ),
  );
}

/** An error when a name is used for a node subnet and a pod subnet: a subnet holds nodes or pods, not both. */
export function sharedNameFindings(plan: PoolPlan): Finding[] {
  const nodeNames = new Set(plan.nodeSubnets.map((s) => s.name));
  return plan.podSubnets
    .filter((s) => nodeNames.has(s.name))
    .map((s) =>
      cited('subnet-role-conflict', 'error', `Subnet ${s.name} is named as a node subnet and as a pod subnet; the pod subnet modes need a pod subnet of its own.`, [RULE_SOURCES.podSubnet], 'pools'),
    );
}

/** Sizes a whole plan for the top-level keys: every subnet of a role together. */
export function totalSizing(subnets: readonly SubnetPlan[], limits: CalculatorLimits) {
  return sizeSubnet(sumOf(subnets, (s) => s.requiredIps), limits);
}


/**
 * A subnet with its given prefix checked; when one pool uses it, also the nodes it has addresses for
 * and the largest size of that pool that leaves room for the pool's surge.
 */
export function checkSubnet(s: SubnetPlan, cidr: Cidr, input: PoolsInput, pools: readonly PoolResult[], limits: CalculatorLimits): SubnetPlan {
  const base = withCidr(s, cidr, limits);
  const index = s.pools.length === 1 ? pools.findIndex((p) => p.name === s.pools[0]) : -1;
  const pool = pools[index];
  const spec = input.pools[index];
  const perNode = s.role === 'nodes' ? pool?.ipsPerNode : pool?.podIpsPerNode;
  if (!pool || !spec || !perNode) return base;
  const reserved = index === 0 && s.role === 'nodes' ? input.otherIps : 0;
  const nodeSlots = Math.max(0, Math.floor(((base.usableIps ?? 0) - reserved) / perNode));
  const extra = index === 0 ? input.extraNodes : 0;
  return { ...base, nodeSlots, maxNodes: Math.max(0, largestPoolWithSurge(spec.maxSurge, nodeSlots, limits.clusterMaxNodes) - extra) };
}

/** The fit fields of a checked subnet, in the shape the top-level nodeSubnet and podSubnet have always had. */
export function fitOf(s: SubnetPlan | undefined): { subnet?: string; usableIps?: number; fits?: boolean; nodeSlots?: number; maxNodes?: number } {
  if (s?.cidr === undefined) return {};
  return { subnet: s.cidr, usableIps: s.usableIps ?? 0, fits: s.fits ?? false, ...(s.nodeSlots !== undefined ? { nodeSlots: s.nodeSlots, maxNodes: s.maxNodes ?? 0 } : {}) };
}

/** The largest first pool every checked subnet holds, when each gives one; undefined otherwise. */
export function smallestMaxNodes(checked: readonly (SubnetPlan | undefined)[]): number | undefined {
  const given = checked.filter((s): s is SubnetPlan => s !== undefined);
  if (given.length === 0 || given.some((s) => s.maxNodes === undefined)) return undefined;
  return Math.min(...given.map((s) => s.maxNodes ?? 0));
}
