/**
 * Pieces the sizing calculators' views share: the planned node count, the "a /21 or larger" wording,
 * the metrics of a subnet the reader gave, the pool and subnet tables, and the node subnet plus pod
 * CIDR plan of Overlay and kubenet.
 */
import type { PodCidrPlanOutput } from '../../calculators/pod-cidr-plan';
import type { PoolResult } from '../../calculators/pool-plan';
import type { PlannedSubnet } from '../../calculators/sizing';
import type { SubnetPlan } from '../../calculators/subnet-plan';
import { count, metric, NONE, prefixText, surgeText, yesNo, type MetricView, type TableView } from './view';

/** "50 nodes + 5 surge (10%) + 0 extra" for one pool, "2 pools: 30 nodes + 3 surge" for several. */
export function plannedDetail(pools: readonly PoolResult[], extraNodes = 0): string {
  const [only] = pools;
  if (pools.length === 1 && only) {
    const counted = only.maxNodes !== undefined ? `${count(only.maxNodes)} nodes (autoscaler maximum)` : `${count(only.nodes)} nodes`;
    const surge = `${count(only.surgeNodes)} surge${typeof only.maxSurge === 'string' ? ` (${only.maxSurge})` : ''}`;
    return `${counted} + ${surge} + ${count(extraNodes)} extra`;
  }
  const counted = pools.reduce((s, p) => s + p.countedNodes, 0);
  const surge = pools.reduce((s, p) => s + p.surgeNodes, 0);
  return `${count(pools.length)} pools: ${count(counted)} nodes + ${count(surge)} surge`;
}

/** "a /21 or larger" or "more than any IPv4 subnet holds". */
export function needText(prefix: number | null): string {
  return prefix === null ? 'more than any IPv4 subnet holds' : `a /${prefix} or larger`;
}

/** Metrics of a subnet the reader gave: usable addresses and whether the plan fits. */
export function givenSubnetMetrics(key: string, label: string, s: PlannedSubnet): MetricView[] {
  if (s.usableIps === undefined || s.subnet === undefined) return [];
  const prefix = key ? `${key}.` : '';
  return [
    metric(`${prefix}usableIps`, `${label}: usable IPs`, count(s.usableIps), `${s.subnet} after the addresses Azure reserves`),
    metric(`${prefix}fits`, `${label}: fits the plan`, yesNo(s.fits ?? false), `needs ${count(s.requiredIps)}`),
  ];
}

/** True when a plan is worth a pool and subnet table: several pools or several subnets. */
export function showsPools(pools: readonly unknown[], subnets: readonly unknown[], podSubnets = 0): boolean {
  return pools.length > 1 || subnets.length > 1 + podSubnets;
}

/** One row per pool: its nodes, surge, planned nodes and the addresses it takes from its subnets. */
export function poolTable(pools: readonly PoolResult[]): TableView {
  const pod = pools.some((p) => p.podSubnetIps !== undefined);
  return {
    caption: 'Each node pool at its next upgrade',
    head: ['Pool', 'Nodes', 'Max surge', 'Planned nodes', 'Node subnet', 'Node subnet IPs', ...(pod ? ['Pod subnet', 'Pod subnet IPs'] : [])],
    rows: pools.map((p) => [
      { text: p.name },
      { text: p.maxNodes !== undefined ? `${count(p.nodes)} (up to ${count(p.maxNodes)})` : count(p.nodes) },
      { text: surgeText(p) },
      { text: count(p.plannedNodes) },
      { text: p.subnet },
      { text: `${count(p.requiredIps)} (${count(p.ipsPerNode)} per node)` },
      ...(pod ? [{ text: p.podSubnet ?? NONE }, { text: `${count(p.podSubnetIps ?? 0)} (${count(p.podIpsPerNode ?? 0)} per node)` }] : []),
    ]),
  };
}

/** One row per subnet: its pools, the addresses they need, the smallest prefix and, when given, the room left. */
export function subnetTable(subnets: readonly SubnetPlan[]): TableView {
  const given = subnets.some((s) => s.cidr !== undefined);
  return {
    caption: 'Each subnet with the pools in it',
    head: ['Subnet', 'Holds', 'Pools', 'Required IPs', 'Smallest subnet', ...(given ? ['Given', 'Usable IPs', 'Headroom'] : [])],
    rows: subnets.map((s) => [
      { text: s.name },
      { text: s.role === 'nodes' ? 'Nodes' : 'Pods' },
      { text: s.pools.join(', ') },
      { text: count(s.requiredIps) },
      { text: prefixText(s.minimumPrefix) },
      ...(given ? [{ text: s.cidr ?? 'not given' }, { text: s.usableIps === undefined ? NONE : count(s.usableIps) }, { text: s.headroom === undefined ? NONE : count(s.headroom) }] : []),
    ]),
  };
}

/** Metrics and summary shared by Overlay and kubenet: the node subnet in the VNet, the pod CIDR outside it. */
export function podCidrPlanParts(r: PodCidrPlanOutput, label: string): { summary: string; metrics: MetricView[] } {
  const i = r.input;
  const otherIps = typeof i.otherIps === 'number' ? i.otherIps : 0;
  const extraNodes = typeof i.extraNodes === 'number' ? i.extraNodes : 0;
  const [first] = r.pools;
  const metrics = [
    metric('requiredIps', 'Node subnet IPs', count(r.requiredIps), `one per node: ${count(r.plannedNodes)} + ${count(otherIps)} other`),
    metric('minimumPrefix', 'Smallest node subnet', prefixText(r.minimumPrefix), r.minimumPrefix === null ? undefined : `${count(r.minimumSize)} addresses, ${count(r.minimumUsableIps)} usable`),
    metric('podCidrNodeSlots', 'Nodes the pod CIDR has room for', count(r.podCidrNodeSlots), `${r.podCidr}, a /${r.nodePodPrefix} per node`),
    metric('minimumPodCidrPrefix', 'Smallest pod CIDR', prefixText(r.minimumPodCidrPrefix), `a /${r.nodePodPrefix} for each of ${count(r.plannedNodes)} planned nodes`),
    metric('nodeLimit', `${label} node limit`, count(r.nodeLimit)),
    metric('maxNodes', 'Most nodes this design holds', count(r.maxNodes), r.nodeSubnetMaxNodes === undefined ? 'pod CIDR room or node limit' : 'pod CIDR room, node limit or node subnet'),
    metric('plannedNodes', 'Planned nodes', count(r.plannedNodes), plannedDetail(r.pools, extraNodes)),
    metric('maxPodsPerNode', 'Max pods per node allowed', `${count(r.maxPodsPerNode.min)} to ${count(r.maxPodsPerNode.max)}`, first?.maxPods === undefined || r.pools.length > 1 ? undefined : `you chose ${count(first.maxPods)}`),
  ];
  if (r.usableIps !== undefined && i.nodeSubnet !== undefined) {
    metrics.push(metric('usableIps', 'Node subnet: usable IPs', count(r.usableIps), `${i.nodeSubnet} after the addresses Azure reserves`));
    if (r.nodeSubnetMaxNodes !== undefined) metrics.push(metric('nodeSubnetMaxNodes', 'Node subnet: largest pool', count(r.nodeSubnetMaxNodes), `keeping room for its surge (${first ? String(first.maxSurge) : ''})`));
  }
  if (r.overlaps.length > 0) metrics.push(metric('overlaps', 'Overlapping ranges', r.overlaps.map((o) => `${o.a} and ${o.b}`).join('; ')));
  const summary = `The node subnet needs ${count(r.requiredIps)} IPs (${needText(r.minimumPrefix)}); pod CIDR ${r.podCidr} has room for ${count(r.podCidrNodeSlots)} nodes, and the design holds at most ${count(r.maxNodes)}`;
  return { summary, metrics };
}
