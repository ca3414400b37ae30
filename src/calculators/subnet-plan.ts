import type { Cidr } from './cidr';
import { cited, fmt, RULE_SOURCES } from './findings';
import type { CalculatorLimits } from './limits';
import type { PlannedPool } from './pools';
import { sizeSubnet, usableIps, type SubnetSizing } from './sizing';
import type { Finding } from './types';

/** What a subnet holds: node addresses, or pod addresses (pod subnet modes). */
export type SubnetRole = 'nodes' | 'pods';

/** One subnet of a plan: the pools in it, the addresses they need and, when its prefix was given, the room left. */
export interface SubnetPlan extends SubnetSizing {
  /** The name pools use for it (`default` or `pods` when they name none). */
  name: string;
  role: SubnetRole;
  /** Names of the pools that take addresses from it. */
  pools: string[];
  /** The prefix checked, when one was given. */
  cidr?: string;
  /** Usable addresses of the given prefix. */
  usableIps?: number;
  /** usableIps - requiredIps: negative when the plan does not fit. */
  headroom?: number;
  fits?: boolean;
  /** Nodes of its one pool the given prefix has addresses for (only when one pool uses the subnet). */
  nodeSlots?: number;
  /** Largest size of its one pool that still leaves room for that pool's surge. */
  maxNodes?: number;
}

/** A pool's share of one subnet: addresses per node and in all. */
export interface PoolShare {
  pool: PlannedPool;
  ipsPerNode: number;
}

/**
 * Groups pools by the subnet they use and sizes each subnet: the pools' planned nodes times their
 * addresses per node, plus `otherIps` in the first pool's subnet. Subnets keep the order pools name them.
 */
export function planSubnets(shares: readonly PoolShare[], role: SubnetRole, otherIps: number, limits: CalculatorLimits): SubnetPlan[] {
  const byName = new Map<string, { pools: string[]; ips: number }>();
  shares.forEach(({ pool, ipsPerNode }, i) => {
    const name = role === 'nodes' ? pool.subnet : (pool.podSubnet ?? pool.subnet);
    const entry = byName.get(name) ?? { pools: [], ips: 0 };
    entry.pools.push(pool.name);
    entry.ips += pool.plannedNodes * ipsPerNode + (i === 0 ? otherIps : 0);
    byName.set(name, entry);
  });
  return [...byName].map(([name, e]) => ({ name, role, pools: e.pools, ...sizeSubnet(e.ips, limits) }));
}

/** The subnet with a given prefix checked: usable addresses, headroom and whether the plan fits. */
export function withCidr(plan: SubnetPlan, cidr: Cidr, limits: CalculatorLimits): SubnetPlan {
  const usable = cidr.family === 'ipv4' ? usableIps(cidr.prefix, limits) : 0;
  return { ...plan, cidr: cidr.text, usableIps: usable, headroom: usable - plan.requiredIps, fits: usable >= plan.requiredIps };
}

/** Info finding when pools with an autoscaler maximum were counted at it, with the figure at today's node count. */
export function autoscalerFinding(pools: readonly PlannedPool[], atToday: number, counted: number): Finding | undefined {
  const scaled = pools.filter((p) => p.maxNodes !== undefined && p.maxNodes > p.nodes);
  if (scaled.length === 0) return undefined;
  return cited(
    'autoscaler-maximum',
    'info',
    `${scaled.map((p) => p.name).join(', ')} ${scaled.length === 1 ? 'is' : 'are'} counted at the autoscaler maximum (max-count), which AKS's subnet check counts for autoscaled pools: ${fmt(counted)} addresses. At today's node count the plan needs ${fmt(atToday)}.`,
    [RULE_SOURCES.subnetCheck],
  );
}
