import type { Finding } from './types';

/** A dated retirement as data/plugins and data/policy-engines record it. */
export interface ContextRetirement {
  date: string;
  scope: string;
  sources: string[];
}

/** The lifecycle status of a plugin or engine (the `status` field of its data file). */
export interface ContextStatus {
  state: string;
  retirements?: ContextRetirement[];
  sources?: string[];
}

/** How a plugin appears in the AKS API (the `networkProfile` field of data/plugins/<id>.yaml). */
export interface ContextNetworkProfile {
  networkPlugin: string;
  networkPluginMode?: string;
  networkDataplane?: string;
  podIpAllocationMode?: string;
  podSubnet: boolean;
  podCidr?: string;
}

/** A plugin as the calculators need it: id, name, API shape and status. */
export interface ContextPlugin {
  id: string;
  name?: string;
  /** `dataplane` for Azure CNI Powered by Cilium, which combines with an IPAM plugin. */
  kind?: 'plugin' | 'dataplane';
  networkProfile: ContextNetworkProfile;
  status: ContextStatus;
}

/** A policy engine as the calculators need it. */
export interface ContextPolicyEngine {
  id: string;
  name?: string;
  /** The networkProfile.networkPolicy value that selects it. */
  networkPolicy: string;
  status: ContextStatus;
}

/**
 * Plugin and engine data passed to calculators that identify plugins or flag retirements, so dates and
 * ids come from data/ and a page can serialise them into the browser.
 */
export interface PlanContext {
  plugins: ContextPlugin[];
  policyEngines: ContextPolicyEngine[];
  /** Today as YYYY-MM-DD, to tell "retires" from "retired"; without it every date reads as upcoming. */
  today?: string;
}

/** Plugin and engine entries as the model reads them (only the fields used here). */
interface EntryLike<T> {
  id: string;
  data: T;
}

/** Builds the context from the model's plugin and policy engine entries. */
export function planContext(
  plugins: readonly EntryLike<{ name?: string; kind?: 'plugin' | 'dataplane'; networkProfile: ContextNetworkProfile; status: ContextStatus }>[],
  policyEngines: readonly EntryLike<{ name?: string; networkPolicy: string; status: ContextStatus }>[],
  today?: string,
): PlanContext {
  return {
    plugins: plugins.map((p) => ({ id: p.id, name: p.data.name, kind: p.data.kind, networkProfile: p.data.networkProfile, status: p.data.status })),
    policyEngines: policyEngines.map((e) => ({ id: e.id, name: e.data.name, networkPolicy: e.data.networkPolicy, status: e.data.status })),
    ...(today ? { today } : {}),
  };
}

/** What is known about a cluster's IPAM; an undefined field is unknown and matches anything. */
export interface ProfileQuery {
  networkPlugin: string;
  networkPluginMode?: string | null;
  podSubnet?: boolean;
  podIpAllocationMode?: string;
  /** Whether the cluster is dual-stack; only used to choose between otherwise equal plugins (kubenet and kubenet dual-stack). */
  dualStack?: boolean;
}

/** True when a plugin's default pod CIDR lists two ranges (IPv4 and IPv6), i.e. it is a dual-stack variant. */
export function isDualStackPlugin(p: ContextPlugin): boolean {
  return (p.networkProfile.podCidr ?? '').includes(',');
}

/** True for a data plane entry (Cilium), which is identified separately from the IPAM plugin. */
export function isDataplane(p: ContextPlugin): boolean {
  return p.kind === 'dataplane' || p.networkProfile.networkDataplane === 'cilium';
}

/** The IPAM plugins whose networkProfile matches what is known; more than one means the query is ambiguous. */
export function matchPlugins(context: PlanContext | undefined, q: ProfileQuery): ContextPlugin[] {
  const matches = (context?.plugins ?? []).filter((p) => {
    const np = p.networkProfile;
    if (isDataplane(p) || np.networkPlugin !== q.networkPlugin) return false;
    if ((np.networkPluginMode ?? null) !== (q.networkPluginMode ?? null)) return false;
    if (q.podSubnet !== undefined && np.podSubnet !== q.podSubnet) return false;
    // DynamicIndividual is the implicit mode of a pod subnet.
    const mode = np.podIpAllocationMode ?? (np.podSubnet ? 'DynamicIndividual' : undefined);
    return q.podIpAllocationMode === undefined || mode === q.podIpAllocationMode;
  });
  if (matches.length < 2 || q.dualStack === undefined) return matches;
  const narrowed = matches.filter((p) => isDualStackPlugin(p) === q.dualStack);
  return narrowed.length > 0 ? narrowed : matches;
}

/** The data plane entries for a networkDataplane value (e.g. `cilium`). */
export function matchDataplanes(context: PlanContext | undefined, networkDataplane: string): ContextPlugin[] {
  return (context?.plugins ?? []).filter((p) => isDataplane(p) && p.networkProfile.networkDataplane === networkDataplane);
}

/**
 * A warning per announced retirement, citing its sources; a passed date is an error only when the
 * whole subject is retired (a passed partial retirement, such as Azure NPM on Windows, may not apply).
 */
export function retirementFindings(
  subject: { id: string; name?: string; status: ContextStatus },
  today?: string,
): Finding[] {
  const label = subject.name ?? subject.id;
  return (subject.status.retirements ?? []).map((r) => {
    const past = today !== undefined && r.date <= today;
    const cited = r.sources.length > 0 ? ` (source: ${r.sources.join(', ')})` : '';
    return {
      code: past ? 'retired' : 'retiring',
      severity: past && subject.status.state === 'retired' ? 'error' : 'warning',
      message: `${label} ${past ? 'retired' : 'retires'} on ${r.date}: ${r.scope}${cited}.`,
      sources: [...r.sources],
    } satisfies Finding;
  });
}
