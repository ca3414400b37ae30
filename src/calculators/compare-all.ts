import { NODE_SUBNET_RULE, ONE_PER_NODE, dynamicRule, staticBlockRule } from './address-rules';
import { addressCount } from './cidr';
import { matchPlugins, retirementFindings, type PlanContext, type ProfileQuery } from './context';
import { cited, finding, fmt, plural, RULE_SOURCES } from './findings';
import { InputReader } from './input';
import type { CalculatorLimits } from './limits';
import { poolPlan, totalSizing, type AddressRule, type PoolPlan } from './pool-plan';
import { poolRoomFindings } from './pool-rules';
import { wasteFinding } from './static-waste';
import { echoPools, readPools, sumOf } from './pools';
import { smallestPodCidrPrefix, staticBlocks } from './sizing';
import type { SubnetPlan } from './subnet-plan';
import { failure, type CalculatorResult, type Finding } from './types';

/** Input of the compare-all calculator: one cluster description, as one pool or several. */
export interface CompareAllInput {
  nodes?: number;
  maxNodes?: number;
  maxSurge?: number | string;
  extraNodes?: number;
  maxPods?: number;
  /** Several node pools; `subnet` and `podSubnet` name their subnets. */
  pools?: { name?: string; nodes: number; maxNodes?: number; maxSurge?: number | string; maxPods: number; subnet?: string; podSubnet?: string }[];
  otherIps?: number;
}

/** The smallest prefix of one subnet of a compared option. */
export interface CompareSubnet {
  name: string;
  role: SubnetPlan['role'];
  minimumPrefix: number | null;
}

/** One plugin family side by side with the others. */
export interface CompareRow {
  /** Family key, also the calculator name where there is one (`byo-cni` has none). */
  key: string;
  /** The plugin in data/plugins/ with this API shape, when plugin data was given. */
  pluginId: string | null;
  name: string;
  /** VNet addresses the cluster uses (node subnet plus pod subnet), without the ones Azure reserves. */
  vnetIps: number;
  /** VNet address space taken by the smallest subnets: the sum of their sizes. */
  vnetAddressSpace: number;
  /** Smallest node subnet for the whole plan (every node subnet together). */
  nodeSubnetPrefix: number | null;
  /** Smallest pod subnet for the whole plan, for the pod subnet modes. */
  podSubnetPrefix: number | null;
  /** Every subnet of the option with its smallest prefix. */
  subnets: CompareSubnet[];
  /** Smallest private pod CIDR prefix, for Overlay and kubenet (not VNet space). */
  podCidrPrefix: number | null;
  /** The plugin's node limit. */
  nodeLimit: number;
  /** False when a rule of the plugin rules the design out (an error finding). */
  fits: boolean;
  /** Findings of the family's calculator, warnings and errors only. */
  findings: Finding[];
}

/** Output of the compare-all calculator. */
export interface CompareAllOutput {
  input: Record<string, unknown>;
  /** Counted nodes + surge of every pool. */
  plannedNodes: number;
  surgeNodes: number;
  options: CompareRow[];
}

const FAMILIES: { key: string; name: string; query: ProfileQuery }[] = [
  { key: 'node-subnet', name: 'Azure CNI Node Subnet', query: { networkPlugin: 'azure', networkPluginMode: null, podSubnet: false } },
  { key: 'pod-subnet-dynamic', name: 'Azure CNI Pod Subnet (dynamic)', query: { networkPlugin: 'azure', networkPluginMode: null, podSubnet: true, podIpAllocationMode: 'DynamicIndividual' } },
  { key: 'pod-subnet-static-block', name: 'Azure CNI Pod Subnet (static block)', query: { networkPlugin: 'azure', networkPluginMode: null, podSubnet: true, podIpAllocationMode: 'StaticBlock' } },
  { key: 'overlay', name: 'Azure CNI Overlay', query: { networkPlugin: 'azure', networkPluginMode: 'overlay', dualStack: false } },
  { key: 'kubenet', name: 'kubenet', query: { networkPlugin: 'kubenet', dualStack: false } },
  { key: 'byo-cni', name: 'Bring your own CNI', query: { networkPlugin: 'none' } },
];

/** How one family takes addresses, and the rules that rule a design out for it. */
interface Family {
  key: string;
  name: string;
  query: ProfileQuery;
  rule: (limits: CalculatorLimits) => AddressRule;
  /** The limit on nodes (the cluster limit, or kubenet's route table). */
  nodeLimit: 'clusterMaxNodes' | 'kubenetMaxNodes';
  /** The block each node takes from a private pod CIDR (Overlay and kubenet). */
  podCidrBlock?: 'overlayNodePodPrefix' | 'kubenetNodePodPrefix';
}

const FAMILY_RULES: Family[] = [
  { ...family('node-subnet'), rule: () => NODE_SUBNET_RULE, nodeLimit: 'clusterMaxNodes' },
  { ...family('pod-subnet-dynamic'), rule: dynamicRule, nodeLimit: 'clusterMaxNodes' },
  { ...family('pod-subnet-static-block'), rule: staticBlockRule, nodeLimit: 'clusterMaxNodes' },
  { ...family('overlay'), rule: () => ONE_PER_NODE, nodeLimit: 'clusterMaxNodes', podCidrBlock: 'overlayNodePodPrefix' },
  { ...family('kubenet'), rule: () => ONE_PER_NODE, nodeLimit: 'kubenetMaxNodes', podCidrBlock: 'kubenetNodePodPrefix' },
  { ...family('byo-cni'), rule: () => ONE_PER_NODE, nodeLimit: 'clusterMaxNodes' },
];

function family(key: string): { key: string; name: string; query: ProfileQuery } {
  const f = FAMILIES.find((x) => x.key === key);
  return f ?? { key, name: key, query: { networkPlugin: key } };
}

/**
 * For one cluster description, the VNet addresses and smallest subnets of every plugin family side
 * by side: the same pools planned with each family's address rule (the rules the family's own
 * calculator uses), the family's node limit and its retirement.
 */
export function compareAll(raw: unknown, limits: CalculatorLimits, context?: PlanContext): CalculatorResult<CompareAllOutput> {
  const name = 'compare-all';
  const r = InputReader.from(raw);
  if (!(r instanceof InputReader)) return failure(name, [r]);
  const pools = readPools(r, limits, { nodes: 'required', maxPods: 'required', podSubnet: true });
  r.rejectUnknown();
  if (r.errors.length > 0 || pools.pools.length === 0) return failure(name, r.errors);
  const space = (subnets: readonly SubnetPlan[]) => sumOf(subnets, (s) => (s.minimumPrefix === null ? 0 : addressCount(s.minimumPrefix)));
  const prefixes = (subnets: readonly SubnetPlan[]) => subnets.map((s) => ({ name: s.name, role: s.role, minimumPrefix: s.minimumPrefix }));
  let plannedNodes = 0;
  let surge = 0;

  const options = FAMILY_RULES.map((f): CompareRow => {
    const plan: PoolPlan = poolPlan(pools, f.rule(limits), limits);
    plannedNodes = plan.plannedNodes;
    surge = plan.surgeNodes;
    const nodes = totalSizing(plan.nodeSubnets, limits);
    const pods = plan.podSubnets.length > 0 ? totalSizing(plan.podSubnets, limits) : undefined;
    const counted = sumOf(plan.pools, (p) => p.countedNodes);
    const limit = limits[f.nodeLimit];
    const findings: Finding[] = [];
    for (const s of [...plan.nodeSubnets, ...plan.podSubnets]) {
      if (s.minimumPrefix === null) findings.push(finding(limits, 'no-subnet-fits', 'error', `No IPv4 subnet holds the ${fmt(s.requiredIps)} addresses of subnet ${s.name}.`, ['reservedIpsPerSubnet']));
    }
    if (counted > limit) findings.push(finding(limits, 'node-limit-exceeded', 'error', `${fmt(counted)} nodes is more than its node limit, ${fmt(limit)}.`, [f.nodeLimit]));
    if (f.key === 'pod-subnet-static-block') {
      for (const s of plan.podSubnets) {
        if (s.minimumPrefix === null || s.minimumPrefix < limits.staticBlockLargestPodSubnetPrefix) {
          findings.push(finding(limits, 'pod-subnet-too-large', 'error', `Pod subnet ${s.name} would need to be larger than a /${limits.staticBlockLargestPodSubnetPrefix}, the largest static block allocation supports.`, ['staticBlockLargestPodSubnetPrefix']));
        }
      }
      for (const pods of new Set(plan.pools.map((p) => p.maxPods ?? 0))) findings.push(wasteFinding(pods, staticBlocks(pods, limits), limits));
    }
    if (f.key === 'byo-cni') findings.push(cited('byo-pod-addressing', 'warning', `Pod addressing depends on the CNI you install; only the ${fmt(plan.nodeIps)} node addresses are counted.`, [RULE_SOURCES.byoCni]));
    const [plugin, ...more] = matchPlugins(context, f.query);
    if (plugin && more.length === 0 && f.key === 'kubenet') findings.push(...retirementFindings(plugin, context?.today));
    const worst = findings.filter((x) => x.severity !== 'info');
    return {
      key: f.key,
      pluginId: plugin && more.length === 0 ? plugin.id : null,
      name: (more.length === 0 ? plugin?.name : undefined) ?? f.name,
      vnetIps: plan.nodeIps + plan.podIps,
      vnetAddressSpace: space([...plan.nodeSubnets, ...plan.podSubnets]),
      nodeSubnetPrefix: nodes.minimumPrefix,
      podSubnetPrefix: pods?.minimumPrefix ?? null,
      subnets: prefixes([...plan.nodeSubnets, ...plan.podSubnets]),
      podCidrPrefix: f.podCidrBlock ? smallestPodCidrPrefix(plan.plannedNodes, limits[f.podCidrBlock]) : null,
      nodeLimit: limit,
      fits: !hasError(findings),
      findings: worst,
    };
  });
  const fitting = options.filter((o) => o.fits && o.key !== 'byo-cni');
  const least = Math.min(...fitting.map((o) => o.vnetAddressSpace));
  const cheapest = fitting.filter((o) => o.vnetAddressSpace === least).map((o) => o.name);
  const findings: Finding[] = [];
  if (cheapest.length > 0) {
    findings.push({ code: 'least-vnet-space', severity: 'info', message: `${cheapest.join(' and ')} ${cheapest.length > 1 ? 'take' : 'takes'} the least VNet address space for ${fmt(plannedNodes)} planned nodes: ${fmt(least)} addresses.` });
  }
  const defaulted = pools.pools.filter((p) => !p.surgeGiven);
  if (defaulted.length > 0) {
    findings.push(finding(limits, 'default-max-surge', 'info', `No maxSurge given for ${defaulted.map((p) => p.name).join(', ')}: AKS's default is ${String(limits.defaultMaxSurge)} since the release of 2025-03-16 (Kubernetes 1.32 and later), rounded up per pool; ${plural(surge, 'surge node')} are counted in all.`, ['defaultMaxSurge'], pools.listed ? 'pools' : 'maxSurge'));
  }
  const planned = poolPlan(pools, ONE_PER_NODE, limits);
  findings.push(...poolRoomFindings(planned.pools, limits, (i) => (pools.listed ? `pools[${i}].maxPods` : 'maxPods')));
  return { ok: true, calculator: name, input: echoPools(pools), plannedNodes, surgeNodes: surge, options, findings };
}

function hasError(findings: Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
