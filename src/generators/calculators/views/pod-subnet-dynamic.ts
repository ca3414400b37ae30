/** How the pod-subnet-dynamic result is shown: its numbers, summary and findings, and the az aks create flags for its inputs. */
import type { PodSubnetDynamicOutput } from '../../../calculators/pod-subnet-dynamic';
import type { CalculatorResult } from '../../../calculators/types';
import { flagsView, NODE_SUBNET, POD_SUBNET, poolFlags, subnetNote, type FlagsView } from '../flags';
import type { SourceLookup } from '../findings';
import { givenSubnetMetrics, needText, plannedDetail } from '../sizing-parts';
import { count, failureView, metric, prefixText, successView, type ResultView } from '../view';

/** The view of the pod-subnet-dynamic calculator. */
export function podSubnetDynamicView(r: CalculatorResult<PodSubnetDynamicOutput>, sources: SourceLookup): ResultView {
  if (!r.ok) return failureView(r, sources);
  const i = r.input;
  const metrics = [
    metric('nodeSubnet.minimumPrefix', 'Smallest node subnet', prefixText(r.nodeSubnet.minimumPrefix), `${count(r.nodeSubnet.requiredIps)} IPs: one per node + ${count(i.otherIps)} other`),
    metric('podSubnet.minimumPrefix', 'Smallest pod subnet', prefixText(r.podSubnet.minimumPrefix), `${count(r.podSubnet.requiredIps)} IPs at ${count(i.maxPods)} pods per node`),
    metric('ipsPerNodeAtMaxPods', 'Pod IPs per node', count(r.ipsPerNodeAtMaxPods), `batches of ${count(r.batchSize)}`),
    metric('podSubnet.minimumRequiredIps', 'Documented floor', count(r.podSubnet.minimumRequiredIps), `${count(r.batchSize)} per node, ${prefixText(r.podSubnet.minimumRequiredPrefix)}`),
    metric('vnetIps', 'VNet IPs used', count(r.vnetIps), 'node subnet + pod subnet'),
    metric('plannedNodes', 'Planned nodes', count(r.plannedNodes), plannedDetail(i)),
    ...givenSubnetMetrics('nodeSubnet', 'Node subnet', r.nodeSubnet),
    ...givenSubnetMetrics('podSubnet', 'Pod subnet', r.podSubnet),
  ];
  if (r.maxNodes !== undefined) metrics.push(metric('maxNodes', 'Largest pool the subnets hold', count(r.maxNodes), `keeping ${count(i.maxSurge)} for surge`));
  const summary = `Node subnet ${needText(r.nodeSubnet.minimumPrefix)} and pod subnet ${needText(r.podSubnet.minimumPrefix)}: ${count(r.vnetIps)} VNet IPs for ${count(r.plannedNodes)} planned nodes`;
  return successView(summary, metrics, r.findings, sources);
}

/** Flags of the pod-subnet-dynamic calculator. */
export function podSubnetDynamicFlags(r: CalculatorResult<PodSubnetDynamicOutput>): FlagsView | null {
  if (!r.ok) return null;
  return flagsView([{ flag: '--network-plugin', value: 'azure' }, NODE_SUBNET, POD_SUBNET, ...poolFlags(r.input)], [
    subnetNote('node subnet', 'NODE_SUBNET_ID', r.input.nodeSubnet, r.nodeSubnet.minimumPrefix),
    subnetNote('pod subnet', 'POD_SUBNET_ID', r.input.podSubnet, r.podSubnet.minimumPrefix),
    'Dynamic allocation is the default with a pod subnet; --pod-ip-allocation-mode DynamicIndividual says so explicitly.',
  ]);
}
