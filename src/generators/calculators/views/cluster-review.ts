/** How the cluster review is shown: the configuration, each subnet's room for the next upgrade, the pools, retiring parts, limitations and findings. */
import type { ClusterReviewOutput } from '../../../calculators/cluster-review';
import type { CalculatorResult } from '../../../calculators/types';
import { flagsView, migrationViews, profileFlags, type FlagsView } from '../flags';
import type { SourceLookup } from '../findings';
import { count, failureView, metric, NONE, successView, surgeText, type ResultView, type TableView } from '../view';

const SEVERITY: Record<string, string> = { blocker: 'Blocker', caution: 'Caution', info: 'Info' };

function subnetName(key: string): string {
  return key === 'managed' ? 'AKS-managed virtual network' : key;
}

/** The view of the cluster review. */
export function clusterReviewView(r: CalculatorResult<ClusterReviewOutput>, sources: SourceLookup): ResultView {
  if (!r.ok) return failureView(r, sources);
  const c = r.configuration;
  const known = r.subnets.filter((s) => s.headroom !== null);
  const short = known.filter((s) => (s.headroom ?? 0) < 0);
  const metrics = [
    metric('configuration', 'Configuration', c.name, c.id ? `configuration ${c.id}` : undefined),
    metric('configuration.dataplane', 'Dataplane', c.dataplanePlugin?.name ?? (c.dataplane === 'azure' ? 'Azure' : c.dataplane)),
    metric('configuration.policyEngine', 'Network policy', c.policyEngine?.name ?? c.networkPolicy ?? 'none'),
    metric('pools', 'Node pools', count(r.pools.length), `${count(r.pools.reduce((s, p) => s + p.nodes, 0))} nodes, ${count(r.pools.reduce((s, p) => s + p.surgeNodes, 0))} surge at the next upgrade`),
    metric('subnets', 'Subnets with room for the next upgrade', known.length === 0 ? 'prefixes not given' : `${count(known.length - short.length)} of ${count(known.length)}`, r.subnets.length > known.length ? `${count(r.subnets.length - known.length)} without a prefix` : undefined),
  ];
  if (r.kubernetesVersion) metrics.push(metric('kubernetesVersion', 'Kubernetes version', r.kubernetesVersion));
  const tables: TableView[] = [
    {
      caption: 'Each subnet at the next upgrade (nodes + surge of every pool in it)',
      head: ['Subnet', 'Holds', 'Pools', 'Prefix', 'Usable IPs', 'Required IPs', 'Headroom', 'At autoscaler maximum'],
      rows: r.subnets.map((s) => [
        { text: subnetName(s.key) },
        { text: s.role === 'nodes' ? 'Nodes' : 'Pods' },
        { text: s.pools.join(', ') },
        { text: s.prefix ?? 'not given' },
        { text: s.usableIps === null ? NONE : count(s.usableIps) },
        { text: count(s.requiredIps) },
        { text: s.headroom === null ? NONE : count(s.headroom) },
        { text: s.requiredIpsAtMaxCount === undefined ? NONE : count(s.requiredIpsAtMaxCount) },
      ]),
    },
    {
      caption: 'Each node pool at the next upgrade',
      head: ['Pool', 'Nodes', 'Max surge', 'Planned nodes', 'Max pods', 'IPs per node', 'Node subnet', 'Pod subnet'],
      rows: r.pools.map((p) => [
        { text: p.name },
        { text: p.maxNodes !== undefined ? `${count(p.nodes)} (up to ${count(p.maxNodes)})` : count(p.nodes) },
        { text: surgeText(p) },
        { text: count(p.plannedNodes) },
        { text: count(p.maxPods) },
        { text: p.podIpsPerNode !== undefined ? `${count(p.ipsPerNode)} + ${count(p.podIpsPerNode)} pod` : count(p.ipsPerNode) },
        { text: subnetName(p.subnet) },
        { text: p.podSubnet ?? NONE },
      ]),
    },
  ];
  if (r.limitations.length > 0) {
    tables.push({
      caption: 'Limitations of the configuration\'s parts to check',
      head: ['Limitation', 'Severity', 'Applies to'],
      rows: r.limitations.map((l) => [{ text: `${l.title} (${l.part})`, href: l.href }, { text: SEVERITY[l.severity] ?? l.severity }, { text: l.appliesTo ?? 'all clusters' }]),
    });
  }
  const room = known.length === 0 ? 'give the subnet prefixes to check their room' : short.length === 0 ? `every subnet checked has room for the next upgrade` : `${short.map((s) => subnetName(s.key)).join(', ')} ${short.length === 1 ? 'has' : 'have'} no room for the next upgrade`;
  return successView(`The cluster runs ${c.name}; ${room}`, metrics, r.findings, sources, { tables, links: r.links });
}

/** Flags of the cluster review: the network profile as az aks create flags, and the documented in-place migrations. */
export function clusterReviewFlags(r: CalculatorResult<ClusterReviewOutput>): FlagsView | null {
  if (!r.ok) return null;
  const mode = [...new Set(r.pools.map((p) => p.podIpAllocationMode).filter((m): m is string => !!m))];
  const notes = ['These flags recreate the network profile; node pools and their subnets are added with az aks nodepool add.'];
  if (r.retiring.length > 0) notes.push('Part of this configuration is retiring (see the findings): do not copy it to a new cluster without checking.');
  return flagsView(
    profileFlags({
      ...r.networkProfile,
      podIpAllocationMode: mode.length === 1 ? (mode[0] ?? null) : null,
      podCidrs: r.podCidrs,
      serviceCidrs: r.serviceCidrs,
      dnsServiceIp: r.dnsServiceIp,
    }),
    notes,
    migrationViews(r.migrations),
  );
}
