/**
 * The page of a configuration (/configurations/<id>/): an IP mode on a dataplane, with each cell
 * saying where it comes from, the create command, the policy engines, the limitations of both parts
 * and the pair pages it has.
 */
import { holdsOnDataplane } from '../model/limitations';
import type { Model } from '../model/model';
import type { Entry } from '../model/read';
import type { Category, Configuration, Dataplane, Plugin, Support } from '../schemas';
import { pluginPairs } from './comparison';
import { configurationAsPlugin, configurationCell, configurationParts, type CellBasis } from './configuration';
import { pluginPageView, type LimitationView, type PropertyRowView } from './plugin-page';
import { sourceRefs, type SourceRef } from './source-refs';
import type { StatusView } from './status-view';

/** What the dataplanes are called where no plugin file describes them (the Azure dataplane has none). */
export const DATAPLANE_NAMES: Record<Dataplane, string> = {
  azure: 'Azure dataplane (iptables and kube-proxy)',
  cilium: 'Cilium dataplane (eBPF)',
};

/** Where a cell of a configuration comes from, as its page says it. */
export type CellOrigin = CellBasis | 'derived';

/** A property row of a configuration page: a plugin page's row and where its answer comes from. */
export interface ConfigurationRowView extends PropertyRowView {
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

/** Builds the view of one configuration page: its resolved entry's plugin page view, with each cell's origin and both parts. */
export function configurationPageView(model: Model, config: Entry<Configuration>, asOf: string): ConfigurationPageView {
  const resolved = configurationAsPlugin(model, config);
  const base = pluginPageView(model, resolved, asOf);
  const { ipMode, dataplane } = configurationParts(model, config);
  const dataplaneName = dataplane?.data.shortName ?? DATAPLANE_NAMES[config.data.dataplane];
  const originLabels: Record<CellOrigin, string> = {
    'ip-mode': `IP mode (${ipMode.data.shortName})`,
    dataplane: `Dataplane (${dataplaneName})`,
    both: `Both parts (${ipMode.data.shortName} and ${dataplaneName}; the weaker answer)`,
    configuration: 'Stated for this configuration',
    derived: 'Computed from both parts',
  };
  const origin = (id: string): CellOrigin => configurationCell(model, config, model.propertyById.get(id)!)?.basis ?? 'derived';
  const categories = base.categories.map((c) => ({ ...c, rows: c.rows.map((r) => ({ ...r, origin: origin(r.id), originLabel: originLabels[origin(r.id)] })) }));
  const partOf = (plugin: Entry<Plugin>, role: ConfigurationPartView['role']) => ({ id: plugin.id, role, name: plugin.data.name, shortName: plugin.data.shortName, path: `/plugins/${plugin.id}/` });
  const parts: ConfigurationPartView[] = [
    partOf(ipMode, 'IP mode'),
    dataplane ? partOf(dataplane, 'Dataplane') : { role: 'Dataplane', name: DATAPLANE_NAMES[config.data.dataplane], shortName: DATAPLANE_NAMES[config.data.dataplane] },
  ];
  const flagOwner = (flag: string) => (ipMode.data.cli.flags.some((f) => f.flag === flag) ? ipMode.data.shortName : (dataplane?.data.shortName ?? ''));
  const engines = model.policyEngines.flatMap((engine) => {
    const cell = resolved.data.policyEngines[engine.id];
    return cell ? [{ id: engine.id, name: engine.data.name, support: cell.support, ...(cell.note ? { note: cell.note } : {}), sources: sourceRefs(model, cell.sources) }] : [];
  });
  const pairs = pluginPairs(model)
    .filter((p) => p.a.id === config.id || p.b.id === config.id)
    .map((p) => (p.a.id === config.id ? { slug: p.slug, other: p.b } : { slug: p.slug, other: p.a }))
    .sort((x, y) => (x.other.data.order ?? 0) - (y.other.data.order ?? 0))
    .map(({ slug, other }) => ({ slug, other: { id: other.id, name: other.data.name, shortName: other.data.shortName } }));
  return {
    id: config.id,
    name: config.data.name,
    shortName: config.data.shortName,
    aliases: config.data.aliases,
    summary: config.data.summary,
    lastVerified: config.data.lastVerified,
    status: base.status,
    statusSources: base.statusSources,
    parts,
    keyNumbers: base.keyNumbers.map((k) => ({ ...k, origin: originLabels[origin(k.id)] })),
    categories,
    flags: resolved.data.cli.flags.map((f) => ({
      flag: f.flag,
      ...(f.value ? { value: f.value } : {}),
      required: f.required,
      inCommand: f.required || Boolean(f.example),
      ...(f.note ? { note: f.note } : {}),
      from: flagOwner(f.flag),
    })),
    snippets: {
      cli: base.snippets.cli,
      terraform: base.snippets.terraform,
      bicep: base.snippets.bicep,
      ...(base.snippets.cliMinVersion ? { minVersion: base.snippets.cliMinVersion } : {}),
      notes: [...(config.data.cli?.note ? [config.data.cli.note] : []), ...[ipMode, dataplane].flatMap((p) => (p?.data.cli.note ? [`${p.data.shortName}: ${p.data.cli.note}`] : []))],
    },
    engines,
    limitations: [ipMode, ...(dataplane ? [dataplane] : [])].map((part) => ({
      part: partOf(part, part === ipMode ? 'IP mode' : 'Dataplane'),
      // An IP mode's limitations scoped to the other dataplane stay on its page, not here.
      items: pluginPageView(model, part, asOf).limitations.filter((l) => holdsOnDataplane(l, config.data.dataplane)),
    })),
    pairs,
    neighbours: [config.id, ipMode.id, ...(dataplane ? [dataplane.id] : []), ...model.configurations.filter((c) => c.id !== config.id && c.data.ipMode === config.data.ipMode).map((c) => c.id)],
    sources: base.sources,
  };
}
