/** How the pod-subnet-static-block result is shown: its numbers, summary, pools and subnets, findings, and the az aks commands for its inputs. */
import type { PodSubnetStaticBlockOutput } from '../../../calculators/pod-subnet-static-block';
import type { CalculatorResult } from '../../../calculators/types';
import { flagsView, NODE_SUBNET, POD_SUBNET, poolFlags, subnetNote, type FlagsView } from '../flags';
import { nodepoolAddCommands } from '../flags-pools';
import type { SourceLookup } from '../findings';
import { givenSubnetMetrics, needText, plannedDetail, poolTable, showsPools, subnetTable } from '../sizing-parts';
import { count, failureView, metric, prefixText, successView, type ResultView } from '../view';

/** The view of the pod-subnet-static-block calculator. */
export function podSubnetStaticBlockView(r: CalculatorResult<PodSubnetStaticBlockOutput>, sources: SourceLookup): ResultView {
  if (!r.ok) return failureView(r, sources);
  const i = r.input;
  const maxPods = r.pools?.[0]?.maxPods ?? (typeof i.maxPods === 'number' ? i.maxPods : 0);
  const several = (r.pools?.length ?? 0) > 1;
  const of = several ? ` (${r.pools?.[0]?.name ?? 'first pool'})` : '';
  const metrics = [
    metric('blocksPerNode', `Blocks per node${of}`, count(r.blocksPerNode), `/28 blocks of ${count(r.blockSize)} addresses`),
    metric('ipsPerNode', `Pod subnet IPs per node${of}`, count(r.ipsPerNode), `${count(r.blocksPerNode)} × ${count(r.blockSize)}`),
    metric('usablePodIps', `Usable pod IPs per node${of}`, count(r.usablePodIps), `${count(r.ipsPerNode)} - ${count(r.ipsPerNode - r.usablePodIps)} held back`),
    metric('wastedIps', `Wasted IPs per node${of}`, count(r.wastedIps), `${count(r.usablePodIps)} usable - ${count(maxPods)} max pods`),
    metric('recommendedMaxPods', 'Max pods with no waste', count(r.recommendedMaxPods), 'same blocks, every address used'),
    metric('largestPodSubnetPrefix', 'Largest pod subnet', prefixText(r.largestPodSubnetPrefix)),
  ];
  let summary = `maxPods ${count(maxPods)} takes ${count(r.blocksPerNode)} block${r.blocksPerNode === 1 ? '' : 's'} per node and wastes ${count(r.wastedIps)} IP${r.wastedIps === 1 ? '' : 's'} per node`;
  if (r.nodeSubnet && r.podSubnet && r.plannedNodes !== undefined && r.vnetIps !== undefined && r.pools) {
    const otherIps = typeof i.otherIps === 'number' ? i.otherIps : 0;
    metrics.push(
      metric('nodeSubnet.minimumPrefix', 'Smallest node subnet', prefixText(r.nodeSubnet.minimumPrefix), `${count(r.nodeSubnet.requiredIps)} IPs: one per node + ${count(otherIps)} other`),
      metric('podSubnet.minimumPrefix', 'Smallest pod subnet', prefixText(r.podSubnet.minimumPrefix), several ? `${count(r.podSubnet.requiredIps)} IPs: each pool's blocks per node` : `${count(r.podSubnet.requiredIps)} IPs: ${count(r.ipsPerNode)} per node`),
      metric('vnetIps', 'VNet IPs used', count(r.vnetIps), 'node subnet + pod subnet'),
      metric('plannedNodes', 'Planned nodes', count(r.plannedNodes), plannedDetail(r.pools, typeof i.extraNodes === 'number' ? i.extraNodes : 0)),
      ...givenSubnetMetrics('nodeSubnet', 'Node subnet', r.nodeSubnet),
      ...givenSubnetMetrics('podSubnet', 'Pod subnet', r.podSubnet),
    );
    if (r.maxNodes !== undefined) metrics.push(metric('maxNodes', 'Largest pool the subnets hold', count(r.maxNodes), `keeping room for its surge (${String(r.pools[0]?.maxSurge ?? '')})`));
    summary += `; node subnet ${needText(r.nodeSubnet.minimumPrefix)}, pod subnet ${needText(r.podSubnet.minimumPrefix)}`;
  }
  const tables = r.pools && r.subnets && showsPools(r.pools, r.subnets, 1) ? [poolTable(r.pools), subnetTable(r.subnets)] : [];
  return successView(summary, metrics, r.findings, sources, { tables });
}

/** Flags of the pod-subnet-static-block calculator. */
export function podSubnetStaticBlockFlags(r: CalculatorResult<PodSubnetStaticBlockOutput>): FlagsView | null {
  if (!r.ok) return null;
  const mode = { flag: '--pod-ip-allocation-mode', value: 'StaticBlock' };
  const first = r.pools?.[0] ?? { maxPods: typeof r.input.maxPods === 'number' ? r.input.maxPods : undefined };
  return flagsView(
    [{ flag: '--network-plugin', value: 'azure' }, mode, NODE_SUBNET, POD_SUBNET, ...poolFlags(first)],
    [
      subnetNote('node subnet', 'NODE_SUBNET_ID', typeof r.input.nodeSubnet === 'string' ? r.input.nodeSubnet : undefined, r.nodeSubnet?.minimumPrefix),
      subnetNote('pod subnet', 'POD_SUBNET_ID', typeof r.input.podSubnet === 'string' ? r.input.podSubnet : undefined, r.podSubnet?.minimumPrefix),
    ],
    nodepoolAddCommands(r.pools ?? [], { nodeSubnetFlag: true, podSubnetFlag: true, extra: [mode] }),
  );
}
