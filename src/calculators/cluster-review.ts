import type { PlanContext } from './context';
import type { CalculatorLimits } from './limits';
import { migrationCommands, type MigrationCommand } from './migrations';
import { REVIEW_CHECKS, type ReviewCheck } from './review/checks';
import { reviewFacts, type ReviewConfiguration, type ReviewPoolResult, type ReviewSubnet } from './review/facts';
import { readCluster } from './review/read-cluster';
import { failure, type CalculatorResult, type Finding } from './types';
import { href } from '../generators/href';
import { holdsOnDataplane } from '../model/limitations';

/**
 * Input of the cluster review: the JSON of `az aks show` (text or parsed), or
 * `{ "cluster": <az aks show>, "subnets": { "<subnet id>": "<CIDR>" } }`; subnets may also be the list
 * `az network vnet subnet list` prints, or lines of `<vnet>/<subnet> = <CIDR>`.
 */
export type ClusterReviewInput = string | Record<string, unknown>;

/** A retiring part of the configuration, with its date. */
export interface RetiringPart {
  id: string;
  name: string;
  date: string;
  scope: string;
  /** True when the date has passed. */
  past: boolean;
  sources: string[];
}

/** A limitation of one of the configuration's parts, linked to its anchor. */
export interface ReviewLimitation {
  href: string;
  title: string;
  severity: string;
  /** The plugin or engine it belongs to. */
  part: string;
  appliesTo?: string;
}

/** Output of the cluster review. */
export interface ClusterReviewOutput {
  kubernetesVersion: string | null;
  /** The networkProfile values read (null when absent). */
  networkProfile: { networkPlugin: string; networkPluginMode: string | null; networkDataplane: string | null; networkPolicy: string | null; ipFamilies: string[] };
  configuration: ReviewConfiguration;
  pools: ReviewPoolResult[];
  subnets: ReviewSubnet[];
  podCidrs: string[];
  serviceCidrs: string[];
  dnsServiceIp: string | null;
  retiring: RetiringPart[];
  limitations: ReviewLimitation[];
  /** Documented in-place migrations out of the IP mode, as az aks update commands. */
  migrations: MigrationCommand[];
  links: { href: string; label: string }[];
}

/**
 * Reviews a running cluster from its az aks show output: the configuration it runs, per subnet the
 * addresses the next upgrade needs against the usable ones, retiring parts, overlaps and limitations.
 */
export function clusterReview(raw: unknown, limits: CalculatorLimits, context?: PlanContext, checks: readonly ReviewCheck[] = REVIEW_CHECKS): CalculatorResult<ClusterReviewOutput> {
  const name = 'cluster-review';
  const read = readCluster(raw);
  if ('errors' in read) return failure(name, read.errors);
  const facts = reviewFacts(read, limits, context);
  const findings: Finding[] = checks.flatMap((check) => check(facts, limits, context));
  const parts = [
    facts.ipMode && { subject: facts.ipMode, page: 'plugins' },
    facts.dataplane && { subject: facts.dataplane, page: 'plugins' },
    facts.engine && { subject: facts.engine, page: 'policy-engines' },
  ].filter((x) => !!x);
  const today = context?.today;
  const windows = facts.pools.some((p) => /windows/i.test(p.osType ?? ''));
  // An Azure CNI cluster without networkDataplane runs the Azure dataplane (the API's default). A value
  // that is neither (in any case) is not known, so every limitation stays listed.
  const named = read.profile.networkDataplane?.toLowerCase();
  const dataplane = named === 'azure' || named === 'cilium' ? named : named === undefined && read.profile.networkPlugin === 'azure' ? 'azure' : undefined;
  const c = facts.configuration;
  const calc = facts.kind === 'pod-subnet' ? (read.pools.some((p) => p.podIpAllocationMode === 'StaticBlock') ? 'pod-subnet-static-block' : 'pod-subnet-dynamic') : facts.kind === 'none' ? undefined : facts.kind;
  const links = [
    ...(c.href ? [{ href: c.href, label: c.name }] : []),
    ...(c.id && facts.ipMode ? [{ href: href(`/plugins/${facts.ipMode.id}/`), label: facts.ipMode.name ?? facts.ipMode.id }] : []),
    ...(facts.dataplane ? [{ href: href(`/plugins/${facts.dataplane.id}/`), label: facts.dataplane.name ?? facts.dataplane.id }] : []),
    ...(facts.engine ? [{ href: href(`/policy-engines/${facts.engine.id}/`), label: facts.engine.name ?? facts.engine.id }] : []),
    ...(calc ? [{ href: href(`/calculators/${calc}/`), label: `${calc} calculator` }] : []),
  ];
  const migrations = facts.ipMode ? migrationCommands(context, facts.ipMode.id).filter((m) => !(facts.dataplane && m.to === facts.dataplane.id)) : [];
  if (facts.ipMode && migrations.length > 0) links.push({ href: href(`/plugins/${facts.ipMode.id}/#migrations`), label: `Migration paths of ${facts.ipMode.name ?? facts.ipMode.id} and their conditions` });
  const rank: Record<string, number> = { blocker: 0, caution: 1 };
  return {
    ok: true,
    calculator: name,
    kubernetesVersion: read.kubernetesVersion ?? null,
    networkProfile: { networkPlugin: read.profile.networkPlugin, networkPluginMode: read.profile.networkPluginMode, networkDataplane: read.profile.networkDataplane, networkPolicy: read.profile.networkPolicy, ipFamilies: read.profile.ipFamilies },
    configuration: c,
    pools: facts.pools,
    subnets: facts.subnets,
    podCidrs: read.profile.podCidrs,
    serviceCidrs: read.profile.serviceCidrs,
    dnsServiceIp: read.profile.dnsServiceIp,
    retiring: parts.flatMap(({ subject }) =>
      (subject.status.retirements ?? []).map((r) => ({ id: subject.id, name: subject.name ?? subject.id, date: r.date, scope: r.scope, past: today !== undefined && r.date <= today, sources: [...r.sources] })),
    ),
    limitations: parts.flatMap(({ subject, page }) =>
      (subject.limitations ?? [])
        .filter((l) => l.severity !== 'info' && (windows || !/windows/i.test(`${l.appliesTo ?? ''} ${l.title}`)) && holdsOnDataplane(l, dataplane))
        .map((l) => ({ href: href(`/${page}/${subject.id}/#${l.id}`), title: l.title, severity: l.severity, part: subject.name ?? subject.id, ...(l.appliesTo ? { appliesTo: l.appliesTo } : {}) })),
    ).sort((a, b) => (rank[a.severity] ?? 2) - (rank[b.severity] ?? 2)),
    migrations,
    links,
    findings,
  };
}
