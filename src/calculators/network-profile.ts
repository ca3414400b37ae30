import { parseCidr, parseIp } from './cidr';
import { checkRanges, type Overlap, type RoleRange } from './range-check';
import { matchDataplanes, matchPlugins, retirementFindings, type ContextPlugin, type PlanContext, type ProfileQuery } from './context';
import { finding, fmt, plural } from './findings';
import { readProfile, type Profile } from './network-profile-read';
import type { CalculatorLimits } from './limits';
import { migrationCommands, type MigrationCommand } from './migrations';
import { podCidrNodeSlots } from './sizing';
import { failure, type CalculatorResult, type Finding } from './types';
import { href } from '../generators/href';
import { configurationId } from '../model/configurations';
import type { Dataplane } from '../schemas/configuration';
import { positionFindings, settingsInUse } from './positions';

/**
 * Input of the network-profile calculator: the JSON of `az aks show --query networkProfile` (as text
 * or parsed), or the whole `az aks show` output, or `{ networkProfile, podSubnet?, podIpAllocationMode? }`.
 */
export type NetworkProfileInput = string | Record<string, unknown>;

/** A plugin, data plane or engine the profile was matched to. */
export interface Identified {
  id: string;
  name: string;
}

/** A page that explains part of the result. */
export interface ProfileLink {
  href: string;
  label: string;
}

/** Output of the network-profile calculator. */
export interface NetworkProfileOutput {
  /** The raw API values read from the profile (null when absent). */
  profile: {
    networkPlugin: string;
    networkPluginMode: string | null;
    networkDataplane: string | null;
    networkPolicy: string | null;
    podIpAllocationMode: string | null;
    ipFamilies: string[];
  };
  /** The IPAM plugin, when the profile identifies exactly one. */
  plugin: Identified | null;
  /** Every plugin the profile could be, when it does not identify one (e.g. node subnet or pod subnet). */
  candidates: Identified[];
  /** The data plane plugin, e.g. Azure CNI Powered by Cilium. */
  dataplane: Identified | null;
  policyEngine: Identified | null;
  podCidrs: string[];
  serviceCidrs: string[];
  dnsServiceIp: string | null;
  /** Nodes the IPv4 pod CIDR has a /24 for (Overlay and kubenet). */
  podCidrNodeSlots?: number;
  overlaps: Overlap[];
  links: ProfileLink[];
  /** Documented in-place migrations out of the plugin, as az aks update commands. */
  migrations: MigrationCommand[];
}

/** Reads a cluster's network profile: plugin, mode, data plane, policy engine, CIDRs checked, retirements flagged, links. */
export function networkProfile(raw: unknown, limits: CalculatorLimits, context?: PlanContext): CalculatorResult<NetworkProfileOutput> {
  const name = 'network-profile';
  const read = readProfile(raw);
  if ('errors' in read) return failure(name, read.errors);
  const { profile: p, hints } = read;
  const findings: Finding[] = [];

  const query: ProfileQuery = {
    networkPlugin: p.networkPlugin,
    networkPluginMode: p.networkPluginMode,
    ...(hints.podSubnet !== undefined ? { podSubnet: hints.podSubnet } : {}),
    ...(hints.podIpAllocationMode !== undefined ? { podIpAllocationMode: hints.podIpAllocationMode } : {}),
    ...dualStackOf(p),
  };
  const matches = matchPlugins(context, query);
  const plugin = matches.length === 1 ? matches[0] : undefined;
  if (!context || context.plugins.length === 0) {
    findings.push({ code: 'no-plugin-data', severity: 'warning', message: 'No plugin data was given, so the plugin cannot be named and retirements are not checked.' });
  } else if (matches.length === 0) {
    findings.push({ code: 'plugin-unknown', severity: 'warning', message: `No known plugin has networkPlugin ${p.networkPlugin}${p.networkPluginMode ? ` with networkPluginMode ${p.networkPluginMode}` : ''}.` });
  } else if (matches.length > 1) {
    findings.push({
      code: 'plugin-ambiguous',
      severity: 'info',
      message: `The networkProfile alone does not tell ${matches.map(label).join(' from ')}: ${hints.podSubnet === true ? 'the pod IP allocation mode is unknown' : 'whether node pools use a pod subnet is unknown'}. Pass the whole az aks show output (agentPoolProfiles have podSubnetId and podIpAllocationMode), or add "podSubnet" and "podIpAllocationMode".`,
    });
  }
  const dataplanes = p.networkDataplane && p.networkDataplane !== 'azure' ? matchDataplanes(context, p.networkDataplane) : [];
  const dataplane = dataplanes[0];
  const engines = p.networkPolicy && p.networkPolicy !== 'none' ? (context?.policyEngines ?? []).filter((e) => e.networkPolicy === p.networkPolicy) : [];
  const engine = engines[0];
  if (p.networkPolicy && p.networkPolicy !== 'none' && context && !engine) {
    findings.push({ code: 'policy-engine-unknown', severity: 'warning', message: `No known policy engine has networkPolicy ${p.networkPolicy}.` });
  }
  for (const subject of [plugin, dataplane, engine]) if (subject) findings.push(...retirementFindings(subject, context?.today));
  if (context?.positions) {
    // The organisation's positions on what the cluster runs: the plugin, its configuration (the IP mode on its dataplane), the dataplane, the engine and the settings it sets.
    const used = [
      ...(plugin ? [`plugin:${plugin.id}`, `configuration:${configurationId(plugin.id, (p.networkDataplane ?? 'azure') as Dataplane)}`] : []),
      ...(dataplane ? [`plugin:${dataplane.id}`] : []),
      ...(engine ? [`policy-engine:${engine.id}`] : []),
      // readProfile has parsed the text, so it parses here.
      ...settingsInUse(context, typeof raw === 'string' ? JSON.parse(raw) : raw),
    ];
    findings.push(...positionFindings(context, used));
  }

  // readProfile has checked every range and address, so they parse here.
  const ranges: RoleRange[] = [];
  const add = (texts: readonly string[], role: 'podCidr' | 'serviceCidr') =>
    texts.forEach((t, i) => {
      const c = parseCidr(t);
      if (c.ok) ranges.push({ name: texts.length > 1 ? `${role}[${i}]` : role, cidr: c.value, role });
    });
  add(p.podCidrs, 'podCidr');
  add(p.serviceCidrs, 'serviceCidr');
  const dns = p.dnsServiceIp ? parseIp(p.dnsServiceIp) : undefined;
  let overlaps: Overlap[] = [];
  if (ranges.length > 0 || (dns && dns.ok)) {
    const check = checkRanges(ranges, dns && dns.ok ? dns.value : undefined, limits);
    overlaps = check.overlaps;
    findings.push(...check.findings);
  }
  const slots = podSlots(p, limits, findings);
  return {
    ok: true,
    calculator: name,
    profile: {
      networkPlugin: p.networkPlugin,
      networkPluginMode: p.networkPluginMode,
      networkDataplane: p.networkDataplane,
      networkPolicy: p.networkPolicy,
      podIpAllocationMode: hints.podIpAllocationMode ?? null,
      ipFamilies: p.ipFamilies,
    },
    plugin: plugin ? identified(plugin) : null,
    candidates: matches.length > 1 ? matches.map(identified) : [],
    dataplane: dataplane ? identified(dataplane) : null,
    policyEngine: engine ? { id: engine.id, name: engine.name ?? engine.id } : null,
    podCidrs: p.podCidrs,
    serviceCidrs: p.serviceCidrs,
    dnsServiceIp: p.dnsServiceIp,
    ...(slots !== undefined ? { podCidrNodeSlots: slots } : {}),
    overlaps,
    links: links(matches, dataplane, engine && { id: engine.id, name: engine.name ?? engine.id }),
    migrations: plugin ? migrationCommands(context, plugin.id).filter((m) => !(dataplane && m.to === dataplane.id)) : [],
    findings,
  };
}

/** Node slots of the IPv4 pod CIDR for plugins that give each node a /24 (Overlay and kubenet). */
function podSlots(p: Profile, limits: CalculatorLimits, findings: Finding[]): number | undefined {
  const perNode = p.networkPlugin === 'kubenet' ? limits.kubenetNodePodPrefix : p.networkPluginMode === 'overlay' ? limits.overlayNodePodPrefix : undefined;
  if (perNode === undefined) return undefined;
  const v4 = p.podCidrs.map(parseCidr).find((c) => c.ok && c.value.family === 'ipv4');
  if (!v4 || !v4.ok) return undefined;
  const slots = podCidrNodeSlots(v4.value.prefix, perNode);
  const key = p.networkPlugin === 'kubenet' ? 'kubenetNodePodPrefix' : 'overlayNodePodPrefix';
  findings.push(
    slots === 0
      ? finding(limits, 'pod-cidr-too-small', 'error', `podCidr ${v4.value.text} is smaller than a /${perNode}, the block each node takes, so it has room for no node.`, [key], 'networkProfile.podCidr')
      : finding(limits, 'pod-cidr-capacity', 'info', `podCidr ${v4.value.text} has room for ${plural(slots, 'node')} (a /${perNode} each, ${fmt(2 ** (32 - perNode))} addresses).`, [key]),
  );
  return slots;
}

/** Dual-stack when ipFamilies lists two families, else when a pod or service CIDR is IPv6; unknown without either. */
function dualStackOf(p: Profile): { dualStack?: boolean } {
  if (p.ipFamilies.length > 0) return { dualStack: p.ipFamilies.length > 1 };
  const cidrs = [...p.podCidrs, ...p.serviceCidrs];
  return cidrs.length > 0 ? { dualStack: cidrs.some((c) => c.includes(':')) } : {};
}

function label(p: ContextPlugin): string {
  return p.name ?? p.id;
}

function identified(p: ContextPlugin): Identified {
  return { id: p.id, name: label(p) };
}

/** Calculator page for a plugin, from its API shape. */
function calculatorFor(p: ContextPlugin): string | undefined {
  const np = p.networkProfile;
  if (np.networkPlugin === 'kubenet') return 'kubenet';
  if (np.networkPlugin !== 'azure') return undefined;
  if (np.networkPluginMode === 'overlay') return 'overlay';
  if (!np.podSubnet) return 'node-subnet';
  return np.podIpAllocationMode === 'StaticBlock' ? 'pod-subnet-static-block' : 'pod-subnet-dynamic';
}

function links(plugins: ContextPlugin[], dataplane: ContextPlugin | undefined, engine: Identified | undefined): ProfileLink[] {
  const out: ProfileLink[] = [];
  for (const p of plugins) {
    out.push({ href: href(`/plugins/${p.id}/`), label: label(p) });
    const calc = calculatorFor(p);
    if (calc) out.push({ href: href(`/calculators/${calc}/`), label: `${calc} calculator` });
  }
  if (dataplane) out.push({ href: href(`/plugins/${dataplane.id}/`), label: label(dataplane) });
  if (engine) out.push({ href: href(`/policy-engines/${engine.id}/`), label: engine.name });
  out.push({ href: href('/calculators/cidr-check/'), label: 'cidr-check calculator' });
  return [...new Map(out.map((l) => [l.href, l])).values()];
}
