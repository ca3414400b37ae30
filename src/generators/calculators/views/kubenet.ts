/** How the kubenet result is shown: its numbers, summary, pools and subnets, findings, and the az aks commands for its inputs. */
import type { KubenetOutput } from '../../../calculators/kubenet';
import type { CalculatorResult } from '../../../calculators/types';
import { flagsView, migrationViews, NODE_SUBNET, poolFlags, subnetNote, type FlagsView } from '../flags';
import { nodepoolAddCommands } from '../flags-pools';
import type { SourceLookup } from '../findings';
import { podCidrPlanParts, poolTable, showsPools, subnetTable } from '../sizing-parts';
import { failureView, successView, type ResultView } from '../view';
import { href } from '../../href';

/** The view of the kubenet calculator. */
export function kubenetView(r: CalculatorResult<KubenetOutput>, sources: SourceLookup): ResultView {
  if (!r.ok) return failureView(r, sources);
  const { summary, metrics } = podCidrPlanParts(r, r.dualStack ? 'Dual-stack kubenet' : 'kubenet');
  const tables = showsPools(r.pools, r.subnets) ? [poolTable(r.pools), subnetTable(r.subnets)] : [];
  return successView(summary, metrics, r.findings, sources, { tables, links: [{ href: href('/calculators/overlay/'), label: 'The same cluster on Azure CNI Overlay' }] });
}

/** Flags of the kubenet calculator, with the documented in-place move to Azure CNI Overlay. */
export function kubenetFlags(r: CalculatorResult<KubenetOutput>): FlagsView | null {
  if (!r.ok) return null;
  const subnet = r.input.nodeSubnet ? [NODE_SUBNET] : [];
  const notes = [
    r.input.nodeSubnet ? subnetNote('node subnet', 'NODE_SUBNET_ID', r.input.nodeSubnet, r.minimumPrefix) : 'Without --vnet-subnet-id AKS creates the virtual network; pass it to use your own node subnet.',
    'kubenet is retiring: plan new clusters on Azure CNI Overlay (--network-plugin azure --network-plugin-mode overlay).',
  ];
  if (r.dualStack) notes.push('Dual-stack kubenet is no longer documented; dual-stack clusters use Azure CNI Overlay with --ip-families ipv4,ipv6.');
  if (r.migrations.some((m) => m.command.includes('--pod-cidr'))) notes.push('In the move to Overlay, --pod-cidr gives the cluster the pod CIDR entered above; leave it out to keep the range the cluster has.');
  return flagsView(
    [{ flag: '--network-plugin', value: 'kubenet' }, { flag: '--pod-cidr', value: r.podCidr }, ...subnet, ...poolFlags(r.pools[0])],
    notes,
    [...nodepoolAddCommands(r.pools, { nodeSubnetFlag: r.input.nodeSubnet !== undefined }), ...migrationViews(r.migrations)],
  );
}
