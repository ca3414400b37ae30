/** How the pod-subnet-static-block result is shown: its numbers, summary and findings, and the az aks create flags for its inputs. */
import type { PodSubnetStaticBlockOutput } from '../../../calculators/pod-subnet-static-block';
import type { CalculatorResult } from '../../../calculators/types';
import { flagsView, NODE_SUBNET, POD_SUBNET, poolFlags, subnetNote, type FlagsView } from '../flags';
import type { SourceLookup } from '../findings';
import { givenSubnetMetrics, needText, plannedDetail } from '../sizing-parts';
import { count, failureView, metric, prefixText, successView, type ResultView } from '../view';

/** The view of the pod-subnet-static-block calculator. */
export function podSubnetStaticBlockView(r: CalculatorResult<PodSubnetStaticBlockOutput>, sources: SourceLookup): ResultView {
  if (!r.ok) return failureView(r, sources);
  const i = r.input;
  const metrics = [
    metric('blocksPerNode', 'Blocks per node', count(r.blocksPerNode), `/28 blocks of ${count(r.blockSize)} addresses`),
    metric('ipsPerNode', 'Pod subnet IPs per node', count(r.ipsPerNode), `${count(r.blocksPerNode)} × ${count(r.blockSize)}`),
    metric('usablePodIps', 'Usable pod IPs per node', count(r.usablePodIps), `${count(r.ipsPerNode)} - ${count(r.ipsPerNode - r.usablePodIps)} held back`),
    metric('wastedIps', 'Wasted IPs per node', count(r.wastedIps), `${count(r.usablePodIps)} usable - ${count(i.maxPods)} max pods`),
    metric('recommendedMaxPods', 'Max pods with no waste', count(r.recommendedMaxPods), 'same blocks, every address used'),
    metric('largestPodSubnetPrefix', 'Largest pod subnet', prefixText(r.largestPodSubnetPrefix)),
  ];
  let summary = `maxPods ${count(i.maxPods)} takes ${count(r.blocksPerNode)} block${r.blocksPerNode === 1 ? '' : 's'} per node and wastes ${count(r.wastedIps)} IP${r.wastedIps === 1 ? '' : 's'} per node`;
  if (r.nodeSubnet && r.podSubnet && r.plannedNodes !== undefined && r.vnetIps !== undefined) {
    metrics.push(
      metric('nodeSubnet.minimumPrefix', 'Smallest node subnet', prefixText(r.nodeSubnet.minimumPrefix), `${count(r.nodeSubnet.requiredIps)} IPs: one per node + ${count(i.otherIps ?? 0)} other`),
      metric('podSubnet.minimumPrefix', 'Smallest pod subnet', prefixText(r.podSubnet.minimumPrefix), `${count(r.podSubnet.requiredIps)} IPs: ${count(r.ipsPerNode)} per node`),
      metric('vnetIps', 'VNet IPs used', count(r.vnetIps), 'node subnet + pod subnet'),
      metric('plannedNodes', 'Planned nodes', count(r.plannedNodes), plannedDetail({ nodes: i.nodes ?? 0, maxSurge: i.maxSurge ?? 0, extraNodes: i.extraNodes ?? 0 })),
      ...givenSubnetMetrics('nodeSubnet', 'Node subnet', r.nodeSubnet),
      ...givenSubnetMetrics('podSubnet', 'Pod subnet', r.podSubnet),
    );
    if (r.maxNodes !== undefined) metrics.push(metric('maxNodes', 'Largest pool the subnets hold', count(r.maxNodes), `keeping ${count(i.maxSurge ?? 0)} for surge`));
    summary += `; node subnet ${needText(r.nodeSubnet.minimumPrefix)}, pod subnet ${needText(r.podSubnet.minimumPrefix)}`;
  }
  return successView(summary, metrics, r.findings, sources);
}

/** Flags of the pod-subnet-static-block calculator. */
export function podSubnetStaticBlockFlags(r: CalculatorResult<PodSubnetStaticBlockOutput>): FlagsView | null {
  if (!r.ok) return null;
  return flagsView(
    [{ flag: '--network-plugin', value: 'azure' }, { flag: '--pod-ip-allocation-mode', value: 'StaticBlock' }, NODE_SUBNET, POD_SUBNET, ...poolFlags(r.input)],
    [subnetNote('node subnet', 'NODE_SUBNET_ID', r.input.nodeSubnet, r.nodeSubnet?.minimumPrefix), subnetNote('pod subnet', 'POD_SUBNET_ID', r.input.podSubnet, r.podSubnet?.minimumPrefix)],
  );
}
