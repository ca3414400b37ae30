/** How the node-subnet result is shown: its numbers, summary, pools and subnets, findings, and the az aks commands for its inputs. */
import type { NodeSubnetOutput } from '../../../calculators/node-subnet';
import type { CalculatorResult } from '../../../calculators/types';
import { flagsView, NODE_SUBNET, poolFlags, subnetNote, type FlagsView } from '../flags';
import { nodepoolAddCommands } from '../flags-pools';
import type { SourceLookup } from '../findings';
import { needText, plannedDetail, poolTable, showsPools, subnetTable } from '../sizing-parts';
import { count, failureView, metric, prefixText, successView, yesNo, type ResultView } from '../view';

/** The view of the node-subnet calculator. */
export function nodeSubnetView(r: CalculatorResult<NodeSubnetOutput>, sources: SourceLookup): ResultView {
  if (!r.ok) return failureView(r, sources);
  const otherIps = typeof r.input.otherIps === 'number' ? r.input.otherIps : 0;
  const extraNodes = typeof r.input.extraNodes === 'number' ? r.input.extraNodes : 0;
  const [first] = r.pools;
  const perNode = r.ipsPerNode === null ? 'max pods + 1 of each pool' : count(r.ipsPerNode);
  const metrics = [
    metric('requiredIps', 'Required IPs', count(r.requiredIps), `${count(r.plannedNodes)} nodes × ${perNode} + ${count(otherIps)} other`),
    metric('minimumPrefix', 'Smallest subnet', prefixText(r.minimumPrefix), r.minimumPrefix === null ? undefined : `${count(r.minimumSize)} addresses, ${count(r.minimumUsableIps)} usable`),
    metric('plannedNodes', 'Planned nodes', count(r.plannedNodes), plannedDetail(r.pools, extraNodes)),
  ];
  if (r.ipsPerNode !== null && first) metrics.push(metric('ipsPerNode', 'IPs per node', count(r.ipsPerNode), `${count(first.maxPods ?? 0)} max pods + 1 for the node`));
  let summary = `The node subnet${r.subnets.length > 1 ? 's need' : ' needs'} ${count(r.requiredIps)} IPs: ${r.subnets.length > 1 ? `${r.subnets.map((s) => `${s.name} ${needText(s.minimumPrefix)}`).join(', ')}` : needText(r.minimumPrefix)}`;
  if (r.subnet !== undefined && r.usableIps !== undefined) {
    metrics.push(metric('usableIps', 'Usable IPs in the subnet', count(r.usableIps), `${r.subnet} after the addresses Azure reserves`));
    if (r.maxNodes !== undefined) metrics.push(metric('maxNodes', 'Largest pool it holds', count(r.maxNodes), `${count(r.nodeSlots ?? 0)} node slots, keeping room for its surge (${first ? String(first.maxSurge) : ''})`));
    metrics.push(metric('fits', 'Subnet fits the plan', yesNo(r.fits ?? false)));
    summary += `; ${r.subnet} ${r.fits ? 'fits' : 'is too small'}${r.maxNodes !== undefined ? ` and holds a pool of at most ${count(r.maxNodes)} nodes` : ''}`;
  }
  const tables = showsPools(r.pools, r.subnets) ? [poolTable(r.pools), subnetTable(r.subnets)] : [];
  return successView(summary, metrics, r.findings, sources, { tables });
}

/** Flags of the node-subnet calculator: az aks create for the first pool, az aks nodepool add for the others. */
export function nodeSubnetFlags(r: CalculatorResult<NodeSubnetOutput>): FlagsView | null {
  if (!r.ok) return null;
  const [first] = r.subnets;
  return flagsView(
    [{ flag: '--network-plugin', value: 'azure' }, NODE_SUBNET, ...poolFlags(r.pools[0])],
    [subnetNote(`node subnet${first && r.subnets.length > 1 ? ` ${first.name}` : ''}`, 'NODE_SUBNET_ID', typeof r.input.subnet === 'string' ? r.input.subnet : undefined, first?.minimumPrefix ?? r.minimumPrefix)],
    nodepoolAddCommands(r.pools, { nodeSubnetFlag: true }),
  );
}
