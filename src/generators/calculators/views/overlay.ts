/** How the overlay result is shown: its numbers, summary, pools and subnets, findings, and the az aks commands for its inputs. */
import type { OverlayOutput } from '../../../calculators/overlay';
import type { CalculatorResult } from '../../../calculators/types';
import { flagsView, migrationViews, NODE_SUBNET, poolFlags, subnetNote, type FlagsView } from '../flags';
import { nodepoolAddCommands } from '../flags-pools';
import type { SourceLookup } from '../findings';
import { podCidrPlanParts, poolTable, showsPools, subnetTable } from '../sizing-parts';
import { failureView, successView, type ResultView } from '../view';

/** The view of the overlay calculator. */
export function overlayView(r: CalculatorResult<OverlayOutput>, sources: SourceLookup): ResultView {
  if (!r.ok) return failureView(r, sources);
  const { summary, metrics } = podCidrPlanParts(r, 'Cluster');
  const tables = showsPools(r.pools, r.subnets) ? [poolTable(r.pools), subnetTable(r.subnets)] : [];
  return successView(summary, metrics, r.findings, sources, { tables });
}

/** Flags of the overlay calculator, with the documented in-place update to the Cilium dataplane. */
export function overlayFlags(r: CalculatorResult<OverlayOutput>): FlagsView | null {
  if (!r.ok) return null;
  const subnet = r.input.nodeSubnet ? [NODE_SUBNET] : [];
  return flagsView(
    [{ flag: '--network-plugin', value: 'azure' }, { flag: '--network-plugin-mode', value: 'overlay' }, { flag: '--pod-cidr', value: r.podCidr }, ...subnet, ...poolFlags(r.pools[0])],
    r.input.nodeSubnet ? [subnetNote('node subnet', 'NODE_SUBNET_ID', r.input.nodeSubnet, r.minimumPrefix)] : ['Without --vnet-subnet-id AKS creates the virtual network; pass it to use your own node subnet.'],
    [...nodepoolAddCommands(r.pools, { nodeSubnetFlag: r.input.nodeSubnet !== undefined }), ...migrationViews(r.migrations)],
  );
}
