/**
 * What a decided configuration looks like to a reader: its name, the table of its parts, the
 * az aks create command with every flag the answers decided, the limitations of each part, the
 * calculator to size it with, and what the data says about each requirement. Pure: the model and
 * an outcome go in, plain data comes out (part of it as JSON for the /decide/ script).
 */
import type { Model } from '../model/model';
import { activeLimitations, holdsOnDataplane } from '../model/limitations';
import type { Entry } from '../model/read';
import { outcomeParts, requirementCells } from '../model/decision-soundness';
import { outcomeKey, type DecidedOutcome } from '../model/decision-walk';
import { NO_ENGINE, PATH_REQUIREMENTS, type CliFlag, type Limitation, type OutcomeDataplane, type Plugin, type PolicyEngine, type Support } from '../schemas';
import { CALCULATOR_SPECS } from './calculators/specs';
import { STATUS_LABELS } from './labels';
import { dataplanePlugin } from './configuration';
import { href } from './href';
import { quoteShell } from './snippets';
import type { OutcomePositionRef } from './decision-positions';

/** A limitation to check before adopting an outcome. */
export interface DecideLimitation {
  id: string;
  title: string;
  severity: Limitation['severity'];
  appliesTo?: string;
  /** Site-relative link to the limitation's anchor, e.g. `/plugins/kubenet/#max-400-nodes`. */
  href: string;
}

/** One part of a configuration (an IP mode, the Cilium dataplane, a policy engine) with its limitations. */
export interface DecidePart {
  /** `plugin:<id>` or `engine:<id>`: parts are shared by outcomes, so the page carries each once. */
  key: string;
  role: 'IP mode' | 'Dataplane' | 'Network policy';
  name: string;
  href: string;
  limitations: DecideLimitation[];
}

/** The calculator an outcome links to. */
export interface DecideCalculator {
  name: string;
  title: string;
  /** Field names the calculator reads from its URL query. */
  fields: string[];
}

/** One line of the configuration table. */
export interface DecideRow {
  label: string;
  value: string;
  href?: string;
  /** Shown as code (ids and flags). */
  code?: boolean;
}

/** What one part's data says about a requirement. */
export interface DecideEvidence {
  part: string;
  support: Support;
  note?: string;
}

/**
 * One possible result of a tree: a whole configuration. Fields a later feature adds (like the
 * organisation's positions) go here and into the result panel.
 */
export interface DecideOutcome {
  /** Stable key of the decided parts (see outcomeKey); paths that decide the same parts share it. */
  key: string;
  /** Configuration id: the configuration file's id when one exists for the IP mode and dataplane, else the plugin id. */
  configuration: string;
  title: string;
  plugin: string;
  dataplane: OutcomeDataplane;
  networkPolicy: string;
  ipFamilies: DecidedOutcome['ipFamilies'];
  summary: string;
  rows: DecideRow[];
  /** Keys of the parts (see DecidePart), IP mode first. */
  parts: string[];
  command: string;
  calculator: DecideCalculator;
  /** The newest lastVerified of the parts' data files. */
  lastVerified: string;
  /** For each requirement a path to this outcome states: what each part's data says. */
  evidence: Record<string, DecideEvidence[]>;
  /**
   * The organisation's positions on the configuration and its parts, configuration first, as keys of
   * `DecideData.guidance.positions`; only where the site has guidance files (see decision-positions.ts).
   */
  positions?: OutcomePositionRef[];
}

/** Reader-facing names of the dataplanes (the Azure dataplane has no data file of its own). */
export const DATAPLANE_LABELS: Record<OutcomeDataplane, string> = {
  azure: 'Azure (iptables and kube-proxy)',
  cilium: 'Cilium (eBPF)',
  none: 'None: the CNI you install brings its own',
};

/** Reader-facing names of the IP families. */
export const IP_FAMILY_LABELS: Record<DecidedOutcome['ipFamilies'], string> = {
  ipv4: 'IPv4',
  'ipv4-ipv6': 'IPv4 and IPv6 (dual-stack)',
};

/** Reader-facing names of the requirements that are not catalog properties. */
export const PATH_REQUIREMENT_LABELS: Record<(typeof PATH_REQUIREMENTS)[number], string> = {
  'new-cluster': 'A new cluster: nothing retiring',
  'network-policy': 'Network policy',
};

/** Severities the result lists as "limitations to check"; info-level ones stay on the part's page. */
const CHECK_SEVERITIES: readonly Limitation['severity'][] = ['blocker', 'caution'];

/** The reader-facing label of a requirement id. */
export function requirementLabel(model: Model, id: string): string {
  return PATH_REQUIREMENT_LABELS[id as keyof typeof PATH_REQUIREMENT_LABELS] ?? model.propertyById.get(id)?.data.label ?? id;
}

function limitationsOf(limitations: readonly Limitation[], base: string): DecideLimitation[] {
  return limitations
    .filter((l) => CHECK_SEVERITIES.includes(l.severity))
    .sort((a, b) => CHECK_SEVERITIES.indexOf(a.severity) - CHECK_SEVERITIES.indexOf(b.severity))
    .map((l) => ({ id: l.id, title: l.title, severity: l.severity, ...(l.appliesTo ? { appliesTo: l.appliesTo } : {}), href: href(`${base}#${l.id}`) }));
}

/**
 * A plugin as a part of outcomes. For an IP mode, `dataplane` leaves out the limitations that hold
 * only on the other dataplane; the key then names the dataplane (`plugin:<id>@<dataplane>`) when that
 * left something out, so that outcomes on different dataplanes do not share one list.
 */
export function pluginPart(plugin: Entry<Plugin>, role: DecidePart['role'], dataplane?: OutcomeDataplane): DecidePart {
  const base = `/plugins/${plugin.id}/`;
  const active = activeLimitations(plugin.data);
  const holding = active.filter((l) => holdsOnDataplane(l, dataplane));
  const key = holding.length === active.length ? `plugin:${plugin.id}` : `plugin:${plugin.id}@${dataplane}`;
  return { key, role, name: plugin.data.name, href: href(base), limitations: limitationsOf(holding, base) };
}

/** A policy engine as a part of outcomes. */
export function enginePart(engine: Entry<PolicyEngine>): DecidePart {
  const base = `/policy-engines/${engine.id}/`;
  return { key: `engine:${engine.id}`, role: 'Network policy', name: engine.data.name, href: href(base), limitations: limitationsOf(activeLimitations(engine.data), base) };
}

/** The parts of an outcome in reading order: IP mode, dataplane (Cilium), engine. */
export function decideParts(model: Model, outcome: DecidedOutcome): DecidePart[] {
  const parts = outcomeParts(model, outcome);
  return [
    ...(parts.ipMode ? [pluginPart(parts.ipMode, 'IP mode', outcome.dataplane)] : []),
    ...(parts.dataplane ? [pluginPart(parts.dataplane, 'Dataplane')] : []),
    ...(parts.engine ? [enginePart(parts.engine)] : []),
  ];
}

/** The calculator for an IP mode; otherwise the all-plugins comparison. */
export function calculatorFor(pluginId: string | undefined): DecideCalculator {
  const spec = Object.values(CALCULATOR_SPECS).find((s) => s.plugin === pluginId) ?? CALCULATOR_SPECS['compare-all'];
  return { name: spec.name, title: spec.title, fields: spec.fields.map((f) => f.name) };
}

/** The configuration id of an outcome: the configuration file's id when there is one, else the plugin id. */
export function outcomeConfigurationId(model: Model, outcome: DecidedOutcome): string {
  return outcomeParts(model, outcome).configuration?.id ?? outcome.ipMode ?? '';
}

/** The heading of an outcome, e.g. "Azure CNI Overlay on the Azure dataplane, with Calico network policy". */
export function outcomeTitle(model: Model, outcome: DecidedOutcome): string {
  const parts = outcomeParts(model, outcome);
  const base = parts.configuration?.data.name ?? `${parts.ipMode?.data.name ?? outcome.ipMode}${dataplanePhrase(model, outcome.dataplane)}`;
  const joiner = / with /.test(base) ? ' and' : ',';
  const policy = parts.engine ? `${joiner} with ${parts.engine.data.name} network policy` : ', without a network policy engine';
  return `${base}${policy.replace(' and with ', ' and ')}${outcome.ipFamilies === 'ipv4-ipv6' ? ', dual-stack' : ''}`;
}

function dataplanePhrase(model: Model, dataplane: OutcomeDataplane | undefined): string {
  if (dataplane === 'cilium') return ` with the ${dataplanePlugin(model, 'cilium')?.data.shortName ?? 'Cilium'} dataplane`;
  return dataplane === 'azure' ? ' on the Azure dataplane' : '';
}

/**
 * The az aks create command of an outcome: the IP mode's flags (required ones and examples), the
 * dataplane's required flags, --network-policy for the engine, --ip-families for dual-stack, then the
 * flags the answers added, each flag once.
 */
export function outcomeCommand(model: Model, outcome: DecidedOutcome): string {
  const parts = outcomeParts(model, outcome);
  const flags: { flag: string; value?: string }[] = [];
  const add = (f: { flag: string; value?: string | undefined }) => {
    if (!flags.some((g) => g.flag === f.flag)) flags.push({ flag: f.flag, ...(f.value !== undefined ? { value: f.value } : {}) });
  };
  const chosen = (f: CliFlag) => f.required || f.example;
  parts.ipMode?.data.cli.flags.filter(chosen).forEach(add);
  parts.dataplane?.data.cli.flags.filter((f) => f.required).forEach(add);
  if (parts.engine) add({ flag: '--network-policy', value: parts.engine.data.networkPolicy });
  if (outcome.ipFamilies === 'ipv4-ipv6') add({ flag: '--ip-families', value: 'ipv4,ipv6' });
  outcome.flags.forEach(add);
  const lines = flags.map((f) => (f.value !== undefined ? `${f.flag} ${quoteShell(f.value)}` : f.flag));
  return ['az aks create', '--resource-group <resource-group>', '--name <cluster-name>', ...lines].join(' \\\n  ');
}

/** The configuration table of an outcome. */
export function outcomeRows(model: Model, outcome: DecidedOutcome): DecideRow[] {
  const parts = outcomeParts(model, outcome);
  const dp = outcome.dataplane ?? 'none';
  return [
    { label: 'IP mode', value: parts.ipMode?.data.name ?? String(outcome.ipMode), href: href(`/plugins/${outcome.ipMode}/`) },
    { label: 'Dataplane', value: DATAPLANE_LABELS[dp], ...(parts.dataplane ? { href: href(`/plugins/${parts.dataplane.id}/`) } : {}) },
    parts.engine
      ? { label: 'Network policy', value: parts.engine.data.name, href: href(`/policy-engines/${parts.engine.id}/`) }
      : { label: 'Network policy', value: outcome.dataplane === 'none' ? 'No AKS-managed engine (chosen): your CNI enforces policy, if it can' : 'None (chosen): no engine is installed' },
    { label: 'IP families', value: IP_FAMILY_LABELS[outcome.ipFamilies] },
    { label: 'Configuration', value: outcomeConfigurationId(model, outcome), code: true },
  ];
}

/** What each part's data says about a requirement. */
export function requirementEvidence(model: Model, outcome: DecidedOutcome, requirement: string): DecideEvidence[] {
  const parts = outcomeParts(model, outcome);
  if (requirement === 'network-policy') {
    return [parts.engine ? { part: parts.engine.data.name, support: 'yes' } : { part: 'Network policy', support: 'no', note: 'no engine' }];
  }
  if (requirement === 'new-cluster') {
    return [parts.ipMode, parts.dataplane, parts.engine].flatMap((p): DecideEvidence[] => {
      if (!p) return [];
      const state = p.data.status.state;
      return [{ part: p.data.name, support: state === 'ga' || state === 'preview' ? 'yes' : 'no', note: STATUS_LABELS[state] }];
    });
  }
  return requirementCells(model, outcome, requirement).map((c) => ({ part: c.part, support: c.cell?.support ?? 'unknown', ...(c.cell?.note ? { note: c.cell.note } : {}) }));
}

/** The outcome view of a decided configuration; `requirements` are the ids any path to it states. */
export function outcomeView(model: Model, outcome: DecidedOutcome, requirements: Iterable<string>): DecideOutcome {
  const parts = outcomeParts(model, outcome);
  const files = [parts.configuration, parts.ipMode, parts.dataplane, parts.engine].flatMap((p) => (p ? [p.data.lastVerified] : []));
  const evidence: Record<string, DecideEvidence[]> = {};
  for (const id of requirements) evidence[id] = requirementEvidence(model, outcome, id);
  return {
    key: outcomeKey(outcome),
    configuration: outcomeConfigurationId(model, outcome),
    title: outcomeTitle(model, outcome),
    plugin: outcome.ipMode ?? '',
    dataplane: outcome.dataplane ?? 'none',
    networkPolicy: outcome.networkPolicy ?? NO_ENGINE,
    ipFamilies: outcome.ipFamilies,
    summary: parts.configuration?.data.summary ?? parts.ipMode?.data.summary ?? '',
    rows: outcomeRows(model, outcome),
    parts: decideParts(model, outcome).map((p) => p.key),
    command: outcomeCommand(model, outcome),
    calculator: calculatorFor(outcome.ipMode),
    lastVerified: files.sort().at(-1) ?? '',
    evidence,
  };
}
