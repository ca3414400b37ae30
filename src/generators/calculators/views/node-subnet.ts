/** How the node-subnet result is shown: its numbers, summary and findings, and the az aks create flags for its inputs. */
import type { NodeSubnetOutput } from '../../../calculators/node-subnet';
import type { CalculatorResult } from '../../../calculators/types';
import { flagsView, NODE_SUBNET, poolFlags, subnetNote, type FlagsView } from '../flags';
import type { SourceLookup } from '../findings';
import { plannedDetail, needText } from '../sizing-parts';
import { count, failureView, metric, prefixText, successView, yesNo, type ResultView } from '../view';

/** The view of the node-subnet calculator. */
export function nodeSubnetView(r: CalculatorResult<NodeSubnetOutput>, sources: SourceLookup): ResultView {
  if (!r.ok) return failureView(r, sources);
  const i = r.input;
  const metrics = [
    metric('requiredIps', 'Required IPs', count(r.requiredIps), `${count(r.plannedNodes)} nodes × ${count(r.ipsPerNode)} + ${count(i.otherIps)} other`),
    metric('minimumPrefix', 'Smallest subnet', prefixText(r.minimumPrefix), r.minimumPrefix === null ? undefined : `${count(r.minimumSize)} addresses, ${count(r.minimumUsableIps)} usable`),
    metric('plannedNodes', 'Planned nodes', count(r.plannedNodes), plannedDetail(i)),
    metric('ipsPerNode', 'IPs per node', count(r.ipsPerNode), `${count(i.maxPods)} max pods + 1 for the node`),
  ];
  let summary = `The node subnet needs ${count(r.requiredIps)} IPs: ${needText(r.minimumPrefix)}`;
  if (r.subnet !== undefined && r.usableIps !== undefined) {
    metrics.push(
      metric('usableIps', 'Usable IPs in the subnet', count(r.usableIps), `${r.subnet} after the addresses Azure reserves`),
      metric('maxNodes', 'Largest pool it holds', count(r.maxNodes ?? 0), `${count(r.nodeSlots ?? 0)} node slots, keeping ${count(i.maxSurge)} for surge`),
      metric('fits', 'Subnet fits the plan', yesNo(r.fits ?? false)),
    );
    summary += `; ${r.subnet} ${r.fits ? 'fits' : 'is too small'} and holds a pool of at most ${count(r.maxNodes ?? 0)} nodes`;
  }
  return successView(summary, metrics, r.findings, sources);
}

/** Flags of the node-subnet calculator. */
export function nodeSubnetFlags(r: CalculatorResult<NodeSubnetOutput>): FlagsView | null {
  if (!r.ok) return null;
  return flagsView([{ flag: '--network-plugin', value: 'azure' }, NODE_SUBNET, ...poolFlags(r.input)], [subnetNote('node subnet', 'NODE_SUBNET_ID', r.input.subnet, r.minimumPrefix)]);
}
