/** How the network-profile result is shown: its numbers, summary and findings, and the az aks create flags for its inputs. */
import type { NetworkProfileOutput } from '../../../calculators/network-profile';
import type { CalculatorResult } from '../../../calculators/types';
import { flagsView, migrationViews, profileFlags, type FlagsView } from '../flags';
import type { SourceLookup } from '../findings';
import { failureView, metric, successView, count, type ResultView } from '../view';

/** The view of the network-profile calculator: what the cluster runs, its ranges checked, where to read on. */
export function networkProfileView(r: CalculatorResult<NetworkProfileOutput>, sources: SourceLookup): ResultView {
  if (!r.ok) return failureView(r, sources);
  const p = r.profile;
  const plugin = r.plugin?.name ?? (r.candidates.length > 0 ? r.candidates.map((c) => c.name).join(' or ') : `unknown (networkPlugin ${p.networkPlugin || 'missing'})`);
  const metrics = [
    metric('plugin', 'Plugin', plugin, `networkPlugin ${p.networkPlugin}`),
    metric('profile.networkPluginMode', 'Plugin mode', p.networkPluginMode ?? 'none'),
    metric('dataplane', 'Data plane', r.dataplane?.name ?? p.networkDataplane ?? 'azure (default)'),
    metric('policyEngine', 'Network policy', r.policyEngine?.name ?? p.networkPolicy ?? 'none'),
    metric('podCidrs', 'Pod CIDRs', r.podCidrs.join(', ') || 'none: pods take VNet addresses'),
    metric('serviceCidrs', 'Service CIDRs', r.serviceCidrs.join(', ') || 'none given'),
    metric('dnsServiceIp', 'DNS service IP', r.dnsServiceIp ?? 'none given'),
  ];
  if (p.podIpAllocationMode) metrics.push(metric('profile.podIpAllocationMode', 'Pod IP allocation', p.podIpAllocationMode));
  if (p.ipFamilies.length > 0) metrics.push(metric('profile.ipFamilies', 'IP families', p.ipFamilies.join(', ')));
  if (r.podCidrNodeSlots !== undefined) metrics.push(metric('podCidrNodeSlots', 'Nodes the pod CIDR has room for', count(r.podCidrNodeSlots)));
  const links = r.links;
  const summary = `The cluster runs ${plugin}${r.dataplane ? ` with ${r.dataplane.name}` : ''}${r.policyEngine ? ` and ${r.policyEngine.name} network policy` : ''}`;
  return successView(summary, metrics, r.findings, sources, { links });
}

/** Flags of the network-profile calculator: the ones that create a cluster with the same network profile, and the documented migrations. */
export function networkProfileFlags(r: CalculatorResult<NetworkProfileOutput>): FlagsView | null {
  if (!r.ok) return null;
  const notes = ['These flags recreate the network profile; the subnets (--vnet-subnet-id, --pod-subnet-id) come from the node pools, not the profile.'];
  if (r.findings.some((f) => f.code === 'retiring' || f.code === 'retired')) notes.push('Part of this profile is retiring (see the findings): do not copy it to a new cluster without checking.');
  return flagsView(profileFlags({ ...r.profile, podCidrs: r.podCidrs, serviceCidrs: r.serviceCidrs, dnsServiceIp: r.dnsServiceIp }), notes, migrationViews(r.migrations));
}
