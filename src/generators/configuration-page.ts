/**
 * The page of a configuration (/configurations/<id>/): an IP mode on a dataplane, with each cell
 * saying where it comes from, the create command, the policy engines, the limitations of both parts
 * and the pair pages it has.
 */
import type { Model } from '../model/model';
import type { Entry } from '../model/read';
import { CATEGORIES, SEVERITIES, type Category, type Configuration, type Dataplane, type Plugin, type Support } from '../schemas';
import { cellView, type CellView } from './cell-view';
import { pluginPairs } from './comparison';
import { configurationAsPlugin, configurationCell, configurationParts, type CellBasis } from './configuration';
import { CATEGORY_LABELS } from './labels';
import type { LimitationView } from './plugin-page';
import { azAksCreate, bicepNetworkProfile, terraformNetworkProfile } from './snippets';
import { sourceRefs, type SourceRef } from './source-refs';
import { statusView, type StatusView } from './status-view';

/** What the dataplanes are called where no plugin file describes them (the Azure dataplane has none). */
export const DATAPLANE_NAMES: Record<Dataplane, string> = {
  azure: 'Azure dataplane (iptables and kube-proxy)',
  cilium: 'Cilium dataplane (eBPF)',
};

/** Where a cell of a configuration comes from, as its page says it. */
export type CellOrigin = CellBasis | 'derived';

/** A property row of a configuration page. */
export interface ConfigurationRowView {
  id: string;
  label: string;
  definition: string;
  glossary?: string;
  cell: CellView;
  origin: CellOrigin;
  /** Reader-facing origin, e.g. "IP mode (Overlay)". */
  originLabel: string;
}

/** One part of a configuration: the IP mode, or the dataplane (with a page when a plugin file describes it). */
export interface ConfigurationPartView {
  role: 'IP mode' | 'Dataplane';
  name: string;
  shortName: string;
  /** The plugin page, for href(); absent for the Azure dataplane. */
  path?: string;
}

/** Everything a configuration page shows. */
export interface ConfigurationPageView {
  id: string;
  name: string;
  shortName: string;
  aliases: string[];
  summary: string;
  lastVerified: string;
  status: StatusView;
  statusSources: SourceRef[];
  parts: ConfigurationPartView[];
  keyNumbers: { id: string; label: string; text: string; origin: string }[];
  categories: { id: Category; label: string; rows: ConfigurationRowView[] }[];
  /** Every az aks create flag of both parts, with the part it comes from. */
  flags: { flag: string; value?: string; required: boolean; inCommand: boolean; note?: string; from: string }[];
  snippets: { cli: string; terraform: string; bicep: string; minVersion?: string; notes: string[] };
  engines: { id: string; name: string; support: Support; note?: string; sources: SourceRef[] }[];
  limitations: { part: ConfigurationPartView & { id: string }; items: LimitationView[] }[];
  pairs: { slug: string; other: { id: string; name: string; shortName: string } }[];
  /** The ids to compare it with first: itself, its parts, and the configurations of the same IP mode. */
  neighbours: string[];
  sources: SourceRef[];
}

/** Builds the view of one configuration page. */
export function configurationPageView(model: Model, config: Entry<Configuration>, asOf: string): ConfigurationPageView {
  const resolved = configurationAsPlugin(model, config);
  const { ipMode, dataplane } = configurationParts(model, config);
  const originLabels: Record<CellOrigin, string> = {
    'ip-mode': `IP mode (${ipMode.data.shortName})`,
    dataplane: `Dataplane (${dataplane?.data.shortName ?? DATAPLANE_NAMES[config.data.dataplane]})`,
    both: `Both parts (${ipMode.data.shortName} and ${dataplane?.data.shortName ?? 'the dataplane'}; the weaker answer)`,
    configuration: 'Stated for this configuration',
    derived: 'Computed from both parts',
  };
  const rows = model.properties.map((property) => {
    const origin: CellOrigin = configurationCell(model, config, property)?.basis ?? 'derived';
    return {
      property,
      row: {
        id: property.id,
        label: property.data.label,
        definition: property.data.definition,
        ...(property.data.glossary ? { glossary: property.data.glossary } : {}),
        cell: cellView(model, resolved, property, asOf),
        origin,
        originLabel: originLabels[origin],
      } satisfies ConfigurationRowView,
    };
  });
  const categories = CATEGORIES.map((id) => ({
    id,
    label: CATEGORY_LABELS[id],
    rows: rows.filter((r) => r.property.data.category === id).map((r) => r.row),
  })).filter((c) => c.rows.length > 0);
  const partOf = (plugin: Entry<Plugin>, role: ConfigurationPartView['role']) => ({ id: plugin.id, role, name: plugin.data.name, shortName: plugin.data.shortName, path: `/plugins/${plugin.id}/` });
  const parts: ConfigurationPartView[] = [
    partOf(ipMode, 'IP mode'),
    dataplane ? partOf(dataplane, 'Dataplane') : { role: 'Dataplane', name: DATAPLANE_NAMES[config.data.dataplane], shortName: DATAPLANE_NAMES[config.data.dataplane] },
  ];
  const inCommand = new Set(resolved.data.cli.flags.filter((f) => f.required || f.example).map((f) => f.flag));
  const flagOwner = (flag: string) => (ipMode.data.cli.flags.some((f) => f.flag === flag) ? ipMode.data.shortName : (dataplane?.data.shortName ?? ''));
  const engines = model.policyEngines.flatMap((engine) => {
    const cell = resolved.data.policyEngines[engine.id];
    return cell ? [{ id: engine.id, name: engine.data.name, support: cell.support, ...(cell.note ? { note: cell.note } : {}), sources: sourceRefs(model, cell.sources) }] : [];
  });
  const limitations = [ipMode, ...(dataplane ? [dataplane] : [])].map((part) => ({
    part: partOf(part, part === ipMode ? 'IP mode' : 'Dataplane'),
    items: part.data.limitations
      .map((l, index) => ({ l, index }))
      .sort((a, b) => SEVERITIES.indexOf(a.l.severity) - SEVERITIES.indexOf(b.l.severity) || a.index - b.index)
      .map(({ l }) => ({ ...l, sources: sourceRefs(model, l.sources) })),
  }));
  const pairs = pluginPairs(model)
    .filter((p) => p.a.id === config.id || p.b.id === config.id)
    .map((p) => {
      const other = p.a.id === config.id ? p.b : p.a;
      return { slug: p.slug, other: { id: other.id, name: other.data.name, shortName: other.data.shortName } };
    })
    .sort((x, y) => (comparedOrder(model, x.other.id) ?? 0) - (comparedOrder(model, y.other.id) ?? 0));
  const cited = new Set<string>([
    ...resolved.data.status.sources,
    ...resolved.data.cli.sources,
    ...rows.flatMap((r) => r.row.cell.sources.map((s) => s.id)),
    ...engines.flatMap((e) => e.sources.map((s) => s.id)),
  ]);
  const status = statusView(resolved.data.status, asOf);
  return {
    id: config.id,
    name: config.data.name,
    shortName: config.data.shortName,
    aliases: config.data.aliases,
    summary: config.data.summary,
    lastVerified: config.data.lastVerified,
    status,
    statusSources: sourceRefs(model, resolved.data.status.sources),
    parts,
    keyNumbers: rows
      .filter((r) => r.property.data.highlight)
      .map((r) => ({ id: r.row.id, label: r.row.label, text: r.row.cell.text || r.row.cell.support || '', origin: r.row.originLabel })),
    categories,
    flags: resolved.data.cli.flags.map((f) => ({
      flag: f.flag,
      ...(f.value ? { value: f.value } : {}),
      required: f.required,
      inCommand: inCommand.has(f.flag),
      ...(f.note ? { note: f.note } : {}),
      from: flagOwner(f.flag),
    })),
    snippets: {
      cli: azAksCreate(resolved.data),
      terraform: terraformNetworkProfile(resolved.data),
      bicep: bicepNetworkProfile(resolved.data),
      ...(resolved.data.cli.minVersion ? { minVersion: resolved.data.cli.minVersion } : {}),
      notes: [ipMode, dataplane].flatMap((p) => (p?.data.cli.note ? [`${p.data.shortName}: ${p.data.cli.note}`] : [])),
    },
    engines,
    limitations,
    pairs,
    neighbours: [config.id, ipMode.id, ...(dataplane ? [dataplane.id] : []), ...model.configurations.filter((c) => c.id !== config.id && c.data.ipMode === config.data.ipMode).map((c) => c.id)],
    sources: sourceRefs(model, [...cited]).sort((a, b) => a.title.localeCompare(b.title)),
  };
}

function comparedOrder(model: Model, id: string): number | undefined {
  return model.pluginById.get(id)?.data.order ?? model.configurationById.get(id)?.data.order;
}
