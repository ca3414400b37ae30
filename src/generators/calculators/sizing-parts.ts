/**
 * Pieces the sizing calculators' views share: the planned node count, the "a /21 or larger" wording,
 * the metrics of a subnet the reader gave, and the node subnet plus pod CIDR plan of Overlay and kubenet.
 */
import type { PodCidrPlanOutput } from '../../calculators/pod-cidr-plan';
import type { PlannedSubnet } from '../../calculators/sizing';
import { count, metric, prefixText, yesNo, type MetricView } from './view';

/** "51 (50 nodes + 1 surge + 0 extra)" style detail of the planned node count. */
export function plannedDetail(input: { nodes: number; maxSurge: number; extraNodes: number }): string {
  return `${count(input.nodes)} nodes + ${count(input.maxSurge)} surge + ${count(input.extraNodes)} extra`;
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

/** Metrics and summary shared by Overlay and kubenet: the node subnet in the VNet, the pod CIDR outside it. */
export function podCidrPlanParts(r: PodCidrPlanOutput, label: string): { summary: string; metrics: MetricView[] } {
  const i = r.input;
  const metrics = [
    metric('requiredIps', 'Node subnet IPs', count(r.requiredIps), `one per node: ${count(r.plannedNodes)} + ${count(i.otherIps)} other`),
    metric('minimumPrefix', 'Smallest node subnet', prefixText(r.minimumPrefix), r.minimumPrefix === null ? undefined : `${count(r.minimumSize)} addresses, ${count(r.minimumUsableIps)} usable`),
    metric('podCidrNodeSlots', 'Nodes the pod CIDR has room for', count(r.podCidrNodeSlots), `${r.podCidr}, a /${r.nodePodPrefix} per node`),
    metric('minimumPodCidrPrefix', 'Smallest pod CIDR', prefixText(r.minimumPodCidrPrefix), `a /${r.nodePodPrefix} for each of ${count(r.plannedNodes)} planned nodes`),
    metric('nodeLimit', `${label} node limit`, count(r.nodeLimit)),
    metric('maxNodes', 'Most nodes this design holds', count(r.maxNodes), r.nodeSubnetMaxNodes === undefined ? 'pod CIDR room or node limit' : 'pod CIDR room, node limit or node subnet'),
    metric('plannedNodes', 'Planned nodes', count(r.plannedNodes), plannedDetail(i)),
    metric('maxPodsPerNode', 'Max pods per node allowed', `${count(r.maxPodsPerNode.min)} to ${count(r.maxPodsPerNode.max)}`, i.maxPods === undefined ? undefined : `you chose ${count(i.maxPods)}`),
  ];
  if (r.usableIps !== undefined && i.nodeSubnet !== undefined) {
    metrics.push(
      metric('usableIps', 'Node subnet: usable IPs', count(r.usableIps), `${i.nodeSubnet} after the addresses Azure reserves`),
      metric('nodeSubnetMaxNodes', 'Node subnet: largest pool', count(r.nodeSubnetMaxNodes ?? 0), `keeping ${count(i.maxSurge)} for surge`),
    );
  }
  if (r.overlaps.length > 0) metrics.push(metric('overlaps', 'Overlapping ranges', r.overlaps.map((o) => `${o.a} and ${o.b}`).join('; ')));
  const summary = `The node subnet needs ${count(r.requiredIps)} IPs (${needText(r.minimumPrefix)}); pod CIDR ${r.podCidr} has room for ${count(r.podCidrNodeSlots)} nodes, and the design holds at most ${count(r.maxNodes)}`;
  return { summary, metrics };
}
