/** How the pod-subnet-dynamic result is shown: its numbers, summary, pools and subnets, findings, and the az aks commands for its inputs. */
import type { PodSubnetDynamicOutput } from '../../../calculators/pod-subnet-dynamic';
import type { CalculatorResult } from '../../../calculators/types';
import { flagsView, NODE_SUBNET, POD_SUBNET, poolFlags, subnetNote, type FlagsView } from '../flags';
import { nodepoolAddCommands } from '../flags-pools';
import type { SourceLookup } from '../findings';
import { givenSubnetMetrics, needText, plannedDetail, poolTable, showsPools, subnetTable } from '../sizing-parts';
import { count, failureView, metric, prefixText, successView, type ResultView } from '../view';

/** The view of the pod-subnet-dynamic calculator. */
export function podSubnetDynamicView(r: CalculatorResult<PodSubnetDynamicOutput>, sources: SourceLookup): ResultView {
  if (!r.ok) return failureView(r, sources);
  const otherIps = typeof r.input.otherIps === 'number' ? r.input.otherIps : 0;
  const extraNodes = typeof r.input.extraNodes === 'number' ? r.input.extraNodes : 0;
  const pods = new Set(r.pools.map((p) => p.maxPods ?? 0));
  const podsText = pods.size === 1 ? `${count([...pods][0] ?? 0)} pods per node` : 'each pool\'s max pods';
  const metrics = [
    metric('nodeSubnet.minimumPrefix', 'Smallest node subnet', prefixText(r.nodeSubnet.minimumPrefix), `${count(r.nodeSubnet.requiredIps)} IPs: one per node + ${count(otherIps)} other`),
    metric('podSubnet.minimumPrefix', 'Smallest pod subnet', prefixText(r.podSubnet.minimumPrefix), `${count(r.podSubnet.requiredIps)} IPs at ${podsText}`),
    ...(r.ipsPerNodeAtMaxPods !== null ? [metric('ipsPerNodeAtMaxPods', 'Pod IPs per node', count(r.ipsPerNodeAtMaxPods), `batches of ${count(r.batchSize)}`)] : []),
    metric('podSubnet.minimumRequiredIps', 'Documented floor', count(r.podSubnet.minimumRequiredIps), `${count(r.batchSize)} per node, ${prefixText(r.podSubnet.minimumRequiredPrefix)}`),
    metric('vnetIps', 'VNet IPs used', count(r.vnetIps), 'node subnet + pod subnet'),
    metric('plannedNodes', 'Planned nodes', count(r.plannedNodes), plannedDetail(r.pools, extraNodes)),
    ...givenSubnetMetrics('nodeSubnet', 'Node subnet', r.nodeSubnet),
    ...givenSubnetMetrics('podSubnet', 'Pod subnet', r.podSubnet),
  ];
  if (r.maxNodes !== undefined) metrics.push(metric('maxNodes', 'Largest pool the subnets hold', count(r.maxNodes), `keeping room for its surge (${String(r.pools[0]?.maxSurge ?? '')})`));
  const summary = `Node subnet ${needText(r.nodeSubnet.minimumPrefix)} and pod subnet ${needText(r.podSubnet.minimumPrefix)}: ${count(r.vnetIps)} VNet IPs for ${count(r.plannedNodes)} planned nodes`;
  const tables = showsPools(r.pools, r.subnets, 1) ? [poolTable(r.pools), subnetTable(r.subnets)] : [];
  return successView(summary, metrics, r.findings, sources, { tables });
}

/** Flags of the pod-subnet-dynamic calculator. */
export function podSubnetDynamicFlags(r: CalculatorResult<PodSubnetDynamicOutput>): FlagsView | null {
  if (!r.ok) return null;
  const node = r.subnets.find((s) => s.role === 'nodes');
  const pod = r.subnets.find((s) => s.role === 'pods');
  return flagsView(
    [{ flag: '--network-plugin', value: 'azure' }, NODE_SUBNET, POD_SUBNET, ...poolFlags(r.pools[0])],
    [
      subnetNote('node subnet', 'NODE_SUBNET_ID', typeof r.input.nodeSubnet === 'string' ? r.input.nodeSubnet : undefined, node?.minimumPrefix),
      subnetNote('pod subnet', 'POD_SUBNET_ID', typeof r.input.podSubnet === 'string' ? r.input.podSubnet : undefined, pod?.minimumPrefix),
      'Dynamic allocation is the default with a pod subnet; --pod-ip-allocation-mode DynamicIndividual says so explicitly.',
    ],
    nodepoolAddCommands(r.pools, { nodeSubnetFlag: true, podSubnetFlag: true }),
  );
}
