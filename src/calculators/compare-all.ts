import { matchPlugins, type PlanContext, type ProfileQuery } from './context';
import { cited, fmt, RULE_SOURCES } from './findings';
import { InputReader } from './input';
import { kubenet } from './kubenet';
import type { CalculatorLimits } from './limits';
import { nodeSubnet } from './node-subnet';
import { overlay } from './overlay';
import { podSubnetDynamic } from './pod-subnet-dynamic';
import { podSubnetStaticBlock } from './pod-subnet-static-block';
import { echoPools, planPools, readPools, sumOf } from './pools';
import { addressCount } from './cidr';
import { sizeSubnet, smallestPodCidrPrefix } from './sizing';
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

/** For one cluster description, the VNet addresses and smallest subnets of every plugin family, side by side. */
export function compareAll(raw: unknown, limits: CalculatorLimits, context?: PlanContext): CalculatorResult<CompareAllOutput> {
  const name = 'compare-all';
  const r = InputReader.from(raw);
  if (!(r instanceof InputReader)) return failure(name, [r]);
  const pools = readPools(r, limits, { nodes: 'required', maxPods: 'required', podSubnet: true });
  r.rejectUnknown();
  if (r.errors.length > 0 || pools.pools.length === 0) return failure(name, r.errors);
  const input = echoPools(pools);
  // Options without a pod subnet take the same pools without their pod subnet names.
  const flat = { ...input, ...(Array.isArray(input.pools) ? { pools: input.pools.map(({ podSubnet: _pod, ...p }: { podSubnet?: string }) => p) } : {}) };
  const planned = planPools(pools);
  const plannedNodes = sumOf(planned, (p) => p.plannedNodes);
  const space = (subnets: readonly SubnetPlan[]) => sumOf(subnets, (s) => (s.minimumPrefix === null ? 0 : addressCount(s.minimumPrefix)));
  const prefixes = (subnets: readonly SubnetPlan[]) => subnets.map((s) => ({ name: s.name, role: s.role, minimumPrefix: s.minimumPrefix }));
  const worst = (fs: Finding[]) => fs.filter((f) => f.severity !== 'info');

  const rows: Omit<CompareRow, 'pluginId' | 'name'>[] = [];
  const ns = nodeSubnet(flat, limits);
  if (ns.ok) rows.push({ key: 'node-subnet', vnetIps: ns.requiredIps, vnetAddressSpace: space(ns.subnets), nodeSubnetPrefix: ns.minimumPrefix, podSubnetPrefix: null, subnets: prefixes(ns.subnets), podCidrPrefix: null, nodeLimit: limits.clusterMaxNodes, fits: !hasError(ns.findings), findings: worst(ns.findings) });
  for (const result of [podSubnetDynamic(input, limits), podSubnetStaticBlock(input, limits)]) {
    if (!result.ok || !result.nodeSubnet || !result.podSubnet || !result.subnets) continue;
    rows.push({
      key: result.calculator,
      vnetIps: result.nodeSubnet.requiredIps + result.podSubnet.requiredIps,
      vnetAddressSpace: space(result.subnets),
      nodeSubnetPrefix: result.nodeSubnet.minimumPrefix,
      podSubnetPrefix: result.podSubnet.minimumPrefix,
      subnets: prefixes(result.subnets),
      podCidrPrefix: null,
      nodeLimit: limits.clusterMaxNodes,
      fits: !hasError(result.findings),
      findings: worst(result.findings),
    });
  }
  // Overlay and kubenet get a pod CIDR sized for the plan: the comparison is about VNet space, and the private range is free.
  const sized = (key: 'overlayNodePodPrefix' | 'kubenetNodePodPrefix') => ({ ...flat, podCidr: `10.0.0.0/${smallestPodCidrPrefix(plannedNodes, limits[key])}` });
  for (const result of [overlay(sized('overlayNodePodPrefix'), limits), kubenet(sized('kubenetNodePodPrefix'), limits, context)]) {
    if (!result.ok) continue;
    rows.push({ key: result.calculator, vnetIps: result.requiredIps, vnetAddressSpace: space(result.subnets), nodeSubnetPrefix: result.minimumPrefix, podSubnetPrefix: null, subnets: prefixes(result.subnets), podCidrPrefix: result.minimumPodCidrPrefix, nodeLimit: result.nodeLimit, fits: !hasError(result.findings), findings: worst(result.findings) });
  }
  const byo = sizeSubnet(plannedNodes + pools.otherIps, limits);
  rows.push({
    key: 'byo-cni',
    vnetIps: byo.requiredIps,
    vnetAddressSpace: byo.minimumPrefix === null ? 0 : addressCount(byo.minimumPrefix),
    nodeSubnetPrefix: byo.minimumPrefix,
    podSubnetPrefix: null,
    subnets: [{ name: 'all node subnets', role: 'nodes', minimumPrefix: byo.minimumPrefix }],
    podCidrPrefix: null,
    nodeLimit: limits.clusterMaxNodes,
    fits: true,
    findings: [cited('byo-pod-addressing', 'warning', `Pod addressing depends on the CNI you install; only the ${fmt(byo.requiredIps)} node addresses are counted.`, [RULE_SOURCES.byoCni])],
  });

  const options = rows.map((row) => {
    const family = FAMILIES.find((f) => f.key === row.key);
    const [plugin, ...more] = family ? matchPlugins(context, family.query) : [];
    return { ...row, pluginId: plugin && more.length === 0 ? plugin.id : null, name: (more.length === 0 ? plugin?.name : undefined) ?? family?.name ?? row.key };
  });
  const fitting = options.filter((o) => o.fits && o.key !== 'byo-cni');
  const least = Math.min(...fitting.map((o) => o.vnetAddressSpace));
  const cheapest = fitting.filter((o) => o.vnetAddressSpace === least).map((o) => o.name);
  const findings: Finding[] =
    cheapest.length > 0
      ? [{ code: 'least-vnet-space', severity: 'info', message: `${cheapest.join(' and ')} ${cheapest.length > 1 ? 'take' : 'takes'} the least VNet address space for ${fmt(plannedNodes)} planned nodes: ${fmt(least)} addresses.` }]
      : [];
  return { ok: true, calculator: name, input, plannedNodes, surgeNodes: sumOf(planned, (p) => p.surgeNodes), options, findings };
}

function hasError(findings: Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
