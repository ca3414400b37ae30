import { matchPlugins, type PlanContext, type ProfileQuery } from './context';
import { fmt } from './findings';
import { InputReader } from './input';
import { kubenet } from './kubenet';
import type { CalculatorLimits } from './limits';
import { nodeSubnet } from './node-subnet';
import { overlay } from './overlay';
import { podSubnetDynamic } from './pod-subnet-dynamic';
import { podSubnetStaticBlock } from './pod-subnet-static-block';
import { plannedNodes, readPool } from './pool-input';
import { addressCount } from './cidr';
import { sizeSubnet, smallestPodCidrPrefix } from './sizing';
import { failure, type CalculatorResult, type Finding } from './types';

/** Input of the compare-all calculator: one cluster description. */
export interface CompareAllInput {
  nodes: number;
  maxSurge?: number;
  extraNodes?: number;
  maxPods: number;
  otherIps?: number;
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
  nodeSubnetPrefix: number | null;
  /** Pod subnet prefix, for the pod subnet modes. */
  podSubnetPrefix: number | null;
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
  input: Required<CompareAllInput>;
  plannedNodes: number;
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
  const pool = readPool(r, limits, { nodes: 'required', maxPods: 'required' });
  r.rejectUnknown();
  if (r.errors.length > 0 || pool.nodes === undefined || pool.maxPods === undefined) return failure(name, r.errors);
  const input = { nodes: pool.nodes, maxSurge: pool.maxSurge, extraNodes: pool.extraNodes, maxPods: pool.maxPods, otherIps: pool.otherIps };
  const planned = plannedNodes(input);
  const space = (p: number | null) => (p === null ? 0 : addressCount(p));
  const worst = (fs: Finding[]) => fs.filter((f) => f.severity !== 'info');

  const rows: Omit<CompareRow, 'pluginId' | 'name'>[] = [];
  const ns = nodeSubnet(input, limits);
  if (ns.ok) rows.push({ key: 'node-subnet', vnetIps: ns.requiredIps, vnetAddressSpace: space(ns.minimumPrefix), nodeSubnetPrefix: ns.minimumPrefix, podSubnetPrefix: null, podCidrPrefix: null, nodeLimit: limits.clusterMaxNodes, fits: !hasError(ns.findings), findings: worst(ns.findings) });
  for (const result of [podSubnetDynamic(input, limits), podSubnetStaticBlock(input, limits)]) {
    if (!result.ok || !result.nodeSubnet || !result.podSubnet) continue;
    rows.push({
      key: result.calculator,
      vnetIps: result.nodeSubnet.requiredIps + result.podSubnet.requiredIps,
      vnetAddressSpace: space(result.nodeSubnet.minimumPrefix) + space(result.podSubnet.minimumPrefix),
      nodeSubnetPrefix: result.nodeSubnet.minimumPrefix,
      podSubnetPrefix: result.podSubnet.minimumPrefix,
      podCidrPrefix: null,
      nodeLimit: limits.clusterMaxNodes,
      fits: !hasError(result.findings),
      findings: worst(result.findings),
    });
  }
  // Overlay and kubenet get a pod CIDR sized for the plan: the comparison is about VNet space, and the private range is free.
  const sized = (key: 'overlayNodePodPrefix' | 'kubenetNodePodPrefix') => ({ ...input, podCidr: `10.0.0.0/${smallestPodCidrPrefix(planned, limits[key])}` });
  for (const result of [overlay(sized('overlayNodePodPrefix'), limits), kubenet(sized('kubenetNodePodPrefix'), limits, context)]) {
    if (!result.ok) continue;
    rows.push({ key: result.calculator, vnetIps: result.requiredIps, vnetAddressSpace: space(result.minimumPrefix), nodeSubnetPrefix: result.minimumPrefix, podSubnetPrefix: null, podCidrPrefix: result.minimumPodCidrPrefix, nodeLimit: result.nodeLimit, fits: !hasError(result.findings), findings: worst(result.findings) });
  }
  const byo = sizeSubnet(planned + input.otherIps, limits);
  rows.push({
    key: 'byo-cni',
    vnetIps: byo.requiredIps,
    vnetAddressSpace: space(byo.minimumPrefix),
    nodeSubnetPrefix: byo.minimumPrefix,
    podSubnetPrefix: null,
    podCidrPrefix: null,
    nodeLimit: limits.clusterMaxNodes,
    fits: true,
    findings: [{ code: 'byo-pod-addressing', severity: 'warning', message: `Pod addressing depends on the CNI you install; only the ${fmt(byo.requiredIps)} node addresses are counted.` }],
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
      ? [{ code: 'least-vnet-space', severity: 'info', message: `${cheapest.join(' and ')} ${cheapest.length > 1 ? 'take' : 'takes'} the least VNet address space for ${fmt(planned)} planned nodes: ${fmt(least)} addresses.` }]
      : [];
  return { ok: true, calculator: name, input, plannedNodes: planned, options, findings };
}

function hasError(findings: Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
