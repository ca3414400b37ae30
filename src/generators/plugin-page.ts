import type { Entry } from '../model/read';
import type { Model } from '../model/model';
import { CATEGORIES, type Category, type Plugin } from '../schemas';
import { cellView, type CellView } from './cell-view';
import { changesOf, historyAnchors } from './changes';
import { CATEGORY_LABELS } from './labels';
import { limitationViews, type LimitationView } from './limitation-view';
import { sourceRefs, type SourceRef } from './source-refs';
import { azAksCreate, bicepNetworkProfile, terraformNetworkProfile } from './snippets';
import { statusView, type StatusView } from './status-view';
import { errorsForPlugin, type ErrorLink } from './error-links';
import { settingsForOption } from './settings-page';
import type { ChangeView } from './setting-change';

/** A property row on a plugin page. */
export interface PropertyRowView {
  id: string;
  label: string;
  definition: string;
  glossary?: string;
  cell: CellView;
}

export type { LimitationView } from './limitation-view';

/** Everything a plugin page shows, computed from the model. */
export interface PluginPageView {
  id: string;
  name: string;
  shortName: string;
  aliases: string[];
  kind: Plugin['kind'];
  combinesWith: { id: string; name: string }[];
  summary: string;
  status: StatusView;
  statusSources: SourceRef[];
  keyNumbers: { id: string; label: string; text: string }[];
  categories: { id: Category; label: string; rows: PropertyRowView[] }[];
  limitations: LimitationView[];
  /** History entries, oldest first; `anchor` is the entry's id on the page and on /changes/. */
  history: { anchor: string; date: string; claim: string; change: string; property?: string; sources: SourceRef[] }[];
  /** How many dated changes /changes/ lists for this plugin. */
  changeCount: number;
  sources: SourceRef[];
  lastVerified: string;
  migrationsOut: MigrationView[];
  migrationsIn: MigrationView[];
  snippets: { cli: string; terraform: string; bicep: string; cliNote?: string; cliMinVersion?: string };
  relatedTerms: { id: string; title: string }[];
  /** The plugin's column of the settings matrix: whether and how each setting can change later. */
  settings: { id: string; name: string; scope: string; href: string; change: ChangeView }[];
  /** Errors specific to the plugin or to one of its limitations. */
  errors: ErrorLink[];
}

/** A migration path as plugin pages show it, from the point of view of one side. */
export interface MigrationView {
  /** The other plugin: the target for paths out, the origin for paths in. */
  other: { id: string; name: string };
  method: string;
  reversible: boolean;
  summary: string;
  constraints: string[];
  command?: string;
  /** Settings the migration changes, with how each can change on the plugin the migration starts from. */
  settings: { id: string; name: string; href: string; change: ChangeView }[];
  sources: SourceRef[];
}

const METHODS = { 'in-place': 'In place', 'new-node-pool': 'New node pool', 'new-cluster': 'New cluster' } as const;

/** Builds the view of one plugin page; limitations are ordered blocker, caution, info, then as written, then lifted and moved ones. */
export function pluginPageView(model: Model, plugin: Entry<Plugin>, asOf: string): PluginPageView {
  const rows = model.properties.map((property) => ({
    property,
    row: {
      id: property.id,
      label: property.data.label,
      definition: property.data.definition,
      ...(property.data.glossary ? { glossary: property.data.glossary } : {}),
      cell: cellView(model, plugin, property, asOf),
    } satisfies PropertyRowView,
  }));
  const categories = CATEGORIES.map((category) => ({
    id: category,
    label: CATEGORY_LABELS[category],
    rows: rows.filter((r) => r.property.data.category === category).map((r) => r.row),
  })).filter((c) => c.rows.length > 0);
  const keyNumbers = rows
    .filter((r) => r.property.data.highlight)
    .map((r) => ({ id: r.row.id, label: r.row.label, text: r.row.cell.text || r.row.cell.support || '' }));
  const limitations = limitationViews(model, plugin.data, plugin.id);
  const anchors = historyAnchors(plugin.id, plugin.data.history);
  const history = plugin.data.history
    .map((h, i) => ({ anchor: anchors[i]!, date: h.date, claim: h.claim, change: h.change, ...(h.property ? { property: h.property } : {}), sources: sourceRefs(model, h.sources) }))
    .sort((a, b) => a.date.localeCompare(b.date));
  const cited = new Set<string>();
  collectSourceIds(plugin.data, cited);
  const sources = sourceRefs(model, [...cited]).sort((a, b) => a.title.localeCompare(b.title));
  const name = (id: string) => model.pluginById.get(id)?.data.name ?? id;
  const migration = (m: Plugin['migrations'][number], other: string, from: string): MigrationView => ({
    other: { id: other, name: name(other) },
    method: METHODS[m.method],
    reversible: m.reversible,
    summary: m.summary,
    constraints: m.constraints,
    ...(m.command ? { command: m.command } : {}),
    settings: settingsForOption(model, from).filter((s) => m.settings?.includes(s.id)),
    sources: sourceRefs(model, m.sources),
  });
  const relatedTermIds = new Set(plugin.data.glossary);
  for (const term of model.glossary) if (term.data.relatedPlugins.includes(plugin.id)) relatedTermIds.add(term.id);
  return {
    id: plugin.id,
    name: plugin.data.name,
    shortName: plugin.data.shortName,
    aliases: plugin.data.aliases,
    kind: plugin.data.kind,
    combinesWith: (plugin.data.combinesWith ?? []).map((id) => ({ id, name: model.pluginById.get(id)?.data.name ?? id })),
    summary: plugin.data.summary,
    status: statusView(plugin.data.status, asOf),
    statusSources: sourceRefs(model, plugin.data.status.sources),
    keyNumbers,
    categories,
    limitations,
    history,
    changeCount: changesOf(model, plugin.id).length,
    sources,
    lastVerified: plugin.data.lastVerified,
    migrationsOut: plugin.data.migrations.map((m) => migration(m, m.to, plugin.id)),
    migrationsIn: model.plugins.flatMap((p) => p.data.migrations.filter((m) => m.to === plugin.id).map((m) => migration(m, p.id, p.id))),
    snippets: {
      cli: azAksCreate(plugin.data),
      terraform: terraformNetworkProfile(plugin.data),
      bicep: bicepNetworkProfile(plugin.data),
      ...(plugin.data.cli.note ? { cliNote: plugin.data.cli.note } : {}),
      ...(plugin.data.cli.minVersion ? { cliMinVersion: plugin.data.cli.minVersion } : {}),
    },
    relatedTerms: [...relatedTermIds]
      .flatMap((id) => {
        const t = model.glossaryById.get(id);
        return t ? [{ id, title: t.data.title }] : [];
      })
      .sort((a, b) => a.title.localeCompare(b.title)),
    settings: settingsForOption(model, plugin.id),
    errors: errorsForPlugin(model, plugin.id),
  };
}

function collectSourceIds(value: unknown, into: Set<string>): void {
  if (Array.isArray(value)) value.forEach((v) => collectSourceIds(v, into));
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'sources' && Array.isArray(child)) child.forEach((id) => typeof id === 'string' && into.add(id));
      else collectSourceIds(child, into);
    }
  }
}
