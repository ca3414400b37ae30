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

/** A documented migration out of a plugin (the `migrations` of its data file), as far as commands need it. */
export interface ContextMigration {
  to: string;
  method: string;
  command?: string;
  sources: string[];
}

/** A limitation a review links to: its anchor id, headline and severity. */
export interface ContextLimitation {
  id: string;
  title: string;
  severity: string;
  appliesTo?: string;
  /** For an IP mode's limitation that holds only on this dataplane (azure or cilium). */
  dataplane?: string;
}

/** A plugin as the calculators need it: id, name, API shape and status. */
export interface ContextPlugin {
  id: string;
  name?: string;
  /** `dataplane` for Azure CNI Powered by Cilium, which combines with an IPAM plugin. */
  kind?: 'plugin' | 'dataplane';
  networkProfile: ContextNetworkProfile;
  status: ContextStatus;
  migrations?: ContextMigration[];
  limitations?: ContextLimitation[];
}

/** A configuration file: an IP mode on a dataplane, with its page. */
export interface ContextConfiguration {
  id: string;
  name?: string;
  ipMode: string;
  dataplane: string;
}

/** A policy engine as the calculators need it. */
export interface ContextPolicyEngine {
  id: string;
  name?: string;
  /** The networkProfile.networkPolicy value that selects it. */
  networkPolicy: string;
  status: ContextStatus;
  limitations?: ContextLimitation[];
}

/**
 * An organisation's position that stops a team (exception or prohibited) on something a running
 * cluster can use, computed at build time from data/guidance/ (src/generators/calculators/positions.ts)
 * with its finding's message written, so the reader and the review flag it with little code.
 */
export interface ContextPosition {
  /** `kind:id`: `plugin:kubenet`, `configuration:<id>`, `policy-engine:<id>` or `setting:<id>`. */
  subject: string;
  position: 'exception' | 'prohibited';
  /** The finding's text: the organisation, the position, what it asks, the rationale, the owner and the review date. */
  message: string;
  /** For a setting: its API field (`networkProfile.kubeProxyConfig`, `agentPoolProfiles[].maxPods`); a cluster that sets it uses it. */
  apiField?: string;
  /** Where the position is explained: the subject's page at its position, with the base path. */
  link?: { title: string; url: string };
}

/**
 * Plugin and engine data passed to calculators that identify plugins or flag retirements, so dates and
 * ids come from data/ and a page can serialise them into the browser.
 */
export interface PlanContext {
  plugins: ContextPlugin[];
  policyEngines: ContextPolicyEngine[];
  /** The configuration files (IP mode on a dataplane), for reviews that link a configuration page. */
  configurations?: ContextConfiguration[];
  /** Today as YYYY-MM-DD, to tell "retires" from "retired"; without it every date reads as upcoming. */
  today?: string;
  /** An organisation's exception and prohibited positions, where the site has guidance files. */
  positions?: ContextPosition[];
}

/** Plugin and engine entries as the model reads them (only the fields used here). */
interface EntryLike<T> {
  id: string;
  data: T;
}

type LimitationLike = { id: string; title: string; severity: string; appliesTo?: string; dataplane?: string };

/** Builds the context from the model's plugin, policy engine and configuration entries. */
export function planContext(
  plugins: readonly EntryLike<{ name?: string; kind?: 'plugin' | 'dataplane'; networkProfile: ContextNetworkProfile; status: ContextStatus; migrations?: readonly ContextMigration[]; limitations?: readonly LimitationLike[] }>[],
  policyEngines: readonly EntryLike<{ name?: string; networkPolicy: string; status: ContextStatus; limitations?: readonly LimitationLike[] }>[],
  today?: string,
  configurations: readonly EntryLike<{ name?: string; ipMode: string; dataplane: string }>[] = [],
): PlanContext {
  const limitations = (list: readonly LimitationLike[] | undefined) =>
    (list ?? []).map((l) => ({ id: l.id, title: l.title, severity: l.severity, ...(l.appliesTo ? { appliesTo: l.appliesTo } : {}), ...(l.dataplane ? { dataplane: l.dataplane } : {}) }));
  return {
    plugins: plugins.map((p) => ({
      id: p.id,
      name: p.data.name,
      kind: p.data.kind,
      networkProfile: p.data.networkProfile,
      status: p.data.status,
      migrations: (p.data.migrations ?? []).map((m) => ({ to: m.to, method: m.method, ...(m.command ? { command: m.command } : {}), sources: [...m.sources] })),
      limitations: limitations(p.data.limitations),
    })),
    policyEngines: policyEngines.map((e) => ({ id: e.id, name: e.data.name, networkPolicy: e.data.networkPolicy, status: e.data.status, limitations: limitations(e.data.limitations) })),
    configurations: configurations.map((c) => ({ id: c.id, ...(c.data.name ? { name: c.data.name } : {}), ipMode: c.data.ipMode, dataplane: c.data.dataplane })),
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
