import { matchDataplanes, matchPlugins, type ContextPlugin, type ContextPolicyEngine, type PlanContext } from '../context';
import type { CalculatorLimits } from '../limits';
import { defaultSurge } from '../surge';
import { dynamicIpsPerNode, staticBlocks, usableIps } from '../sizing';
import { surgeNodes, surgeValue } from '../surge';
import { configurationId } from '../../model/configurations';
import type { Dataplane } from '../../schemas/configuration';
import { href } from '../../generators/href';
import { prefixOf, type ClusterFacts, type ReviewPool } from './read-cluster';
import { MANAGED_SUBNET } from './subnet-key';

/** A plugin, dataplane or engine the review names. */
export interface Named {
  id: string;
  name: string;
}

/** How a cluster's pods get addresses, which decides what each node takes from its subnets. */
export type IpamKind = 'node-subnet' | 'pod-subnet' | 'overlay' | 'kubenet' | 'none';

/** One pool at its next upgrade. */
export interface ReviewPoolResult {
  name: string;
  nodes: number;
  maxNodes?: number;
  /** As set, or the AKS default when unset: a number of nodes or a percentage such as "10%". */
  maxSurge: number | string;
  surgeNodes: number;
  /** nodes + surgeNodes. */
  plannedNodes: number;
  /** At the autoscaler maximum: maxNodes + its surge. */
  plannedNodesAtMaxCount?: number;
  maxPods: number;
  /** Node subnet addresses per node. */
  ipsPerNode: number;
  /** Pod subnet addresses per node at the next upgrade (the documented floor for dynamic allocation, the blocks for static). */
  podIpsPerNode?: number;
  /** Pod subnet addresses per node at full pod density (dynamic allocation). */
  podIpsPerNodeAtMaxPods?: number;
  subnet: string;
  podSubnet?: string;
  podIpAllocationMode?: string;
  osType?: string;
}

/** One subnet of the cluster: the addresses its pools need at the next upgrade against what it has. */
export interface ReviewSubnet {
  /** The subnet's resource id as the cluster names it, or `managed` for the virtual network AKS manages. */
  id: string;
  /** `vnet/subnet`, the key prefixes are matched by. */
  key: string;
  role: 'nodes' | 'pods';
  pools: string[];
  /** The prefix given for it, or null when none was. */
  prefix: string | null;
  /** Addresses of the prefix after the ones Azure reserves; null without a prefix. */
  usableIps: number | null;
  /** Nodes + surge of every pool in it, times the addresses per node of the plugin. */
  requiredIps: number;
  /** usableIps - requiredIps; negative when the next upgrade cannot fit, null without a prefix. */
  headroom: number | null;
  /** requiredIps with autoscaled pools at their maximum, when any pool in it autoscales. */
  requiredIpsAtMaxCount?: number;
  /** requiredIps with every pod slot used (dynamic pod subnets). */
  requiredIpsAtMaxPods?: number;
  /** The pod IP allocation modes of its pools (pod subnets). */
  allocationModes?: string[];
}

/** The configuration the cluster runs: IP mode on a dataplane with a policy engine, and the page about it. */
export interface ReviewConfiguration {
  /** The configuration id (`<ipMode>-<dataplane>-dataplane`) when a configuration file exists; else null. */
  id: string | null;
  name: string;
  /** The configuration page, else the IP mode's plugin page; '' when the IP mode is unknown. */
  href: string;
  ipMode: Named | null;
  /** Every IP mode the cluster could be, when it does not identify one. */
  candidates: Named[];
  /** The networkDataplane value, `azure` when unset. */
  dataplane: string;
  /** The plugin file that describes a non-Azure dataplane (Azure CNI Powered by Cilium). */
  dataplanePlugin: Named | null;
  networkPolicy: string | null;
  policyEngine: Named | null;
}

/** Everything the review checks look at: the facts read, the pools and subnets planned, the parts identified. */
export interface ReviewFacts {
  cluster: ClusterFacts;
  kind: IpamKind;
  dualStack: boolean;
  pools: ReviewPoolResult[];
  subnets: ReviewSubnet[];
  configuration: ReviewConfiguration;
  ipMode?: ContextPlugin;
  candidates: ContextPlugin[];
  dataplane?: ContextPlugin;
  engine?: ContextPolicyEngine;
}

/** The IPAM kind of the cluster's networkProfile. */
export function ipamKind(c: ClusterFacts): IpamKind {
  const p = c.profile;
  if (p.networkPlugin === 'kubenet') return 'kubenet';
  if (p.networkPlugin === 'none') return 'none';
  if (p.networkPluginMode === 'overlay') return 'overlay';
  return c.pools.some((pool) => pool.podSubnet) ? 'pod-subnet' : 'node-subnet';
}

function named(p: { id: string; name?: string }): Named {
  return { id: p.id, name: p.name ?? p.id };
}

/** Plans one pool at its next upgrade: its surge (the AKS default when unset) and what each node takes. */
function planPool(pool: ReviewPool, kind: IpamKind, limits: CalculatorLimits): ReviewPoolResult {
  const surge = pool.surgeGiven ? pool.maxSurge : defaultSurge(limits);
  const surgeCount = surgeNodes(surge, pool.nodes);
  const atMax = pool.maxNodes !== undefined ? pool.maxNodes + surgeNodes(surge, pool.maxNodes) : undefined;
  const pod = pool.podSubnet
    ? pool.podIpAllocationMode === 'StaticBlock'
      ? { podIpsPerNode: staticBlocks(pool.maxPods, limits).ipsPerNode }
      : { podIpsPerNode: limits.dynamicBatchSize, podIpsPerNodeAtMaxPods: dynamicIpsPerNode(pool.maxPods, limits) }
    : {};
  return {
    name: pool.name,
    nodes: pool.nodes,
    ...(pool.maxNodes !== undefined ? { maxNodes: pool.maxNodes } : {}),
    maxSurge: surgeValue(surge),
    surgeNodes: surgeCount,
    plannedNodes: pool.nodes + surgeCount,
    ...(atMax !== undefined ? { plannedNodesAtMaxCount: atMax } : {}),
    maxPods: pool.maxPods,
    ipsPerNode: kind === 'node-subnet' && !pool.podSubnet ? pool.maxPods + 1 : 1,
    ...pod,
    subnet: pool.subnet,
    ...(pool.podSubnet ? { podSubnet: pool.podSubnet } : {}),
    ...(pool.podIpAllocationMode ? { podIpAllocationMode: pool.podIpAllocationMode } : {}),
    ...(pool.osType ? { osType: pool.osType } : {}),
  };
}

/** Groups pools by subnet and sums what each needs at the next upgrade, at the autoscaler maximum and at full pod density. */
function planSubnets(c: ClusterFacts, pools: readonly ReviewPoolResult[], limits: CalculatorLimits): ReviewSubnet[] {
  const out = new Map<string, ReviewSubnet & { scaled: boolean; dense: boolean }>();
  const add = (role: 'nodes' | 'pods', key: string, id: string, pool: ReviewPoolResult, perNode: number, perNodeDense: number | undefined) => {
    const mapKey = `${role} ${key}`;
    const prefix = prefixOf(c.prefixes, key);
    const usable = prefix && prefix.cidr.family === 'ipv4' ? usableIps(prefix.cidr.prefix, limits) : null;
    const s = out.get(mapKey) ?? { id, key, role, pools: [], prefix: prefix?.cidr.text ?? null, usableIps: usable, requiredIps: 0, headroom: null, scaled: false, dense: false, requiredIpsAtMaxCount: 0, requiredIpsAtMaxPods: 0 };
    s.pools.push(pool.name);
    s.requiredIps += pool.plannedNodes * perNode;
    s.requiredIpsAtMaxCount = (s.requiredIpsAtMaxCount ?? 0) + (pool.plannedNodesAtMaxCount ?? pool.plannedNodes) * perNode;
    s.requiredIpsAtMaxPods = (s.requiredIpsAtMaxPods ?? 0) + pool.plannedNodes * (perNodeDense ?? perNode);
    s.scaled ||= pool.plannedNodesAtMaxCount !== undefined;
    s.dense ||= perNodeDense !== undefined && perNodeDense > perNode;
    if (role === 'pods' && pool.podIpAllocationMode) s.allocationModes = [...new Set([...(s.allocationModes ?? []), pool.podIpAllocationMode])];
    out.set(mapKey, s);
  };
  c.pools.forEach((raw, i) => {
    const pool = pools[i];
    if (!pool) return;
    add('nodes', raw.subnet, raw.subnetId, pool, pool.ipsPerNode, undefined);
    if (raw.podSubnet && pool.podIpsPerNode !== undefined) add('pods', raw.podSubnet, raw.podSubnetId ?? raw.podSubnet, pool, pool.podIpsPerNode, pool.podIpsPerNodeAtMaxPods);
  });
  return [...out.values()].map(({ scaled, dense, requiredIpsAtMaxCount, requiredIpsAtMaxPods, ...s }) => ({
    ...s,
    headroom: s.usableIps === null ? null : s.usableIps - s.requiredIps,
    ...(scaled ? { requiredIpsAtMaxCount } : {}),
    ...(dense ? { requiredIpsAtMaxPods } : {}),
  }));
}

/** Names the configuration: the IP mode matched from plugin data, the dataplane and the policy engine, with its page. */
function configuration(c: ClusterFacts, kind: IpamKind, dualStack: boolean, context: PlanContext | undefined) {
  const p = c.profile;
  const modes = new Set(c.pools.filter((pool) => pool.podSubnet).map((pool) => pool.podIpAllocationMode ?? 'DynamicIndividual'));
  const [onlyMode] = [...modes];
  const candidates = matchPlugins(context, {
    networkPlugin: p.networkPlugin,
    networkPluginMode: p.networkPluginMode,
    ...(kind === 'pod-subnet' || kind === 'node-subnet' ? { podSubnet: kind === 'pod-subnet' } : {}),
    ...(modes.size === 1 && onlyMode ? { podIpAllocationMode: onlyMode } : {}),
    dualStack,
  });
  const ipMode = candidates.length === 1 ? candidates[0] : undefined;
  const dataplaneName = p.networkDataplane ?? 'azure';
  const dataplane = dataplaneName !== 'azure' ? matchDataplanes(context, dataplaneName)[0] : undefined;
  const engine = p.networkPolicy && p.networkPolicy !== 'none' ? (context?.policyEngines ?? []).find((e) => e.networkPolicy === p.networkPolicy) : undefined;
  const id = ipMode ? configurationId(ipMode.id, dataplaneName as Dataplane) : undefined;
  const config = id ? context?.configurations?.find((x) => x.id === id) : undefined;
  const ipName = ipMode ? (ipMode.name ?? ipMode.id) : candidates.map((x) => x.name ?? x.id).join(' or ') || `unknown (networkPlugin ${p.networkPlugin})`;
  const name = config?.name ?? (dataplane ? `${ipName} with ${dataplane.name ?? dataplane.id}` : ipName);
  const view: ReviewConfiguration = {
    id: config ? config.id : null,
    name,
    href: config ? href(`/configurations/${config.id}/`) : ipMode ? href(`/plugins/${ipMode.id}/`) : '',
    ipMode: ipMode ? named(ipMode) : null,
    candidates: candidates.length > 1 ? candidates.map(named) : [],
    dataplane: dataplaneName,
    dataplanePlugin: dataplane ? named(dataplane) : null,
    networkPolicy: p.networkPolicy,
    policyEngine: engine ? named(engine) : null,
  };
  return { view, ipMode, candidates, dataplane, engine };
}

/** Works out everything the checks need from what was read. */
export function reviewFacts(c: ClusterFacts, limits: CalculatorLimits, context: PlanContext | undefined): ReviewFacts {
  const kind = ipamKind(c);
  const p = c.profile;
  const dualStack = p.ipFamilies.length > 0 ? p.ipFamilies.length > 1 : [...p.podCidrs, ...p.serviceCidrs].some((x) => x.includes(':'));
  const pools = c.pools.map((pool) => planPool(pool, kind, limits));
  const subnets = planSubnets(c, pools, limits);
  const conf = configuration(c, kind, dualStack, context);
  return {
    cluster: c,
    kind,
    dualStack,
    pools,
    subnets,
    configuration: conf.view,
    ...(conf.ipMode ? { ipMode: conf.ipMode } : {}),
    candidates: conf.candidates,
    ...(conf.dataplane ? { dataplane: conf.dataplane } : {}),
    ...(conf.engine ? { engine: conf.engine } : {}),
  };
}

/** The subnet's name as messages write it: `vnet/subnet`, or the managed virtual network. */
export function subnetLabel(s: { key: string }): string {
  return s.key === MANAGED_SUBNET ? 'the virtual network AKS manages' : s.key;
}
