import type { Model } from '../model/model';
import type { Entry } from '../model/read';
import { CATEGORIES, SEVERITIES, type Category, type Plugin, type Property, type StatusState } from '../schemas';
import { cellView, type CellView } from './cell-view';
import { comparedOptions, configurationParts, isConfiguration, optionPath } from './configuration';
import { statusView } from './status-view';
import { CATEGORY_LABELS, SUPPORT_LABELS } from './labels';
import { limitationViews, type LimitationView } from './limitation-view';
import { activeLimitations, holdsOnDataplane } from '../model/limitations';
import type { SourceRef } from './source-refs';

/** A column of a comparison: a plugin, or a configuration (an IP mode on a dataplane). */
export interface ComparedPlugin {
  id: string;
  name: string;
  shortName: string;
  /** `configuration` for an IP mode on a dataplane; `plugin` for a plugin file (an IP mode or a dataplane). */
  kind: 'plugin' | 'configuration';
  /** The site path of the option's own page, for href(). */
  path: string;
  /** Lifecycle state, so retiring and retired columns can be marked. */
  state: StatusState;
  /** Short status text, e.g. "Retiring 2028-03-31". */
  badge: string;
}

/** An option as a comparison column. */
export function comparedPlugin(model: Model, option: Entry<Plugin>, asOf: string): ComparedPlugin {
  const status = statusView(option.data.status, asOf);
  return {
    id: option.id,
    name: option.data.name,
    shortName: option.data.shortName,
    kind: isConfiguration(model, option.id) ? 'configuration' : 'plugin',
    path: optionPath(model, option.id),
    state: status.state,
    badge: status.badge,
  };
}

/** A property row: one cell per compared plugin, and whether the cells differ. */
export interface ComparisonRow {
  id: string;
  label: string;
  definition: string;
  glossary?: string;
  cells: CellView[];
  differs: boolean;
}

/** The comparison of some plugins against every catalog property, grouped by category. */
export interface ComparisonView {
  plugins: ComparedPlugin[];
  categories: { id: Category; label: string; rows: ComparisonRow[] }[];
}

/** A value computed once per model and key, for the parts every pair page of a plugin repeats. */
function oncePerModel<T>(cache: WeakMap<Model, Map<string, T>>, model: Model, key: string, make: () => T): T {
  let values = cache.get(model);
  if (!values) cache.set(model, (values = new Map()));
  let value = values.get(key);
  if (value === undefined) values.set(key, (value = make()));
  return value;
}

const cellViews = new WeakMap<Model, Map<string, CellView>>();
/**
 * A plugin's cell for a property, computed once per model and date: every pair page that shows the
 * plugin reuses the same cell (and so its rendered markup, see cell-html.ts).
 */
function cachedCellView(model: Model, plugin: Entry<Plugin>, property: Entry<Property>, asOf: string): CellView {
  return oncePerModel(cellViews, model, `${asOf}\n${plugin.id}\n${property.id}`, () => cellView(model, plugin, property, asOf));
}

/** Builds the comparison of the given options (every plugin and configuration, by default) against every property. */
export function comparisonView(model: Model, asOf: string, plugins: Entry<Plugin>[] = comparedOptions(model)): ComparisonView {
  const rows = model.properties.map((property) => {
    const cells = plugins.map((plugin) => cachedCellView(model, plugin, property, asOf));
    return {
      category: property.data.category,
      row: {
        id: property.id,
        label: property.data.label,
        definition: property.data.definition,
        ...(property.data.glossary ? { glossary: property.data.glossary } : {}),
        cells,
        differs: new Set(cells.map((c) => c.key)).size > 1,
      } satisfies ComparisonRow,
    };
  });
  return {
    plugins: plugins.map((p) => comparedPlugin(model, p, asOf)),
    categories: CATEGORIES.map((id) => ({ id, label: CATEGORY_LABELS[id], rows: rows.filter((r) => r.category === id).map((r) => r.row) })).filter(
      (c) => c.rows.length > 0,
    ),
  };
}

/**
 * Every unordered pair of compared options (plugins and configurations), ids in alphabetical order,
 * with its URL slug `<a>-vs-<b>`.
 */
export function pluginPairs(model: Model): { slug: string; a: Entry<Plugin>; b: Entry<Plugin> }[] {
  const sorted = comparedOptions(model).sort((x, y) => x.id.localeCompare(y.id));
  const pairs: { slug: string; a: Entry<Plugin>; b: Entry<Plugin> }[] = [];
  sorted.forEach((a, i) => sorted.slice(i + 1).forEach((b) => pairs.push({ slug: `${a.id}-vs-${b.id}`, a, b })));
  return pairs;
}

/** The title of a pair page. */
export function pairTitle(a: Entry<Plugin>, b: Entry<Plugin>): string {
  return `${a.data.name} vs ${b.data.name}`;
}

/** The one-sentence description of a pair page. */
export function pairDescription(a: Entry<Plugin>, b: Entry<Plugin>): string {
  return `${a.data.name} compared with ${b.data.name}: differences, shared properties and limitations.`;
}

/**
 * One list of limitations on a pair page: those of one plugin file (`plugin`) that hold for `sides`.
 * `only` marks the part of a file both sides share that holds for one side alone: an IP mode's
 * limitations scoped to the dataplane of that side's configuration. `anchor` is the heading's id.
 */
export interface PairLimitations {
  plugin: ComparedPlugin;
  sides: string[];
  only?: boolean;
  anchor: string;
  items: LimitationView[];
}

/** A side-by-side comparison of two plugins: differences first, then what they share, then limitations. */
export interface PairView {
  a: ComparedPlugin;
  b: ComparedPlugin;
  differences: (ComparisonRow & { category: string })[];
  shared: (ComparisonRow & { category: string })[];
  /**
   * The limitations of the plugin files behind the two sides, each file once: a plugin's own, a
   * configuration's IP mode and dataplane. `sides` names the sides each list applies to.
   */
  limitations: PairLimitations[];
  /** Every source the table cites, once, numbered from 1 in order of first citation. */
  sources: SourceRef[];
  /** The numbers of a cell's sources in `sources`. */
  citations(cell: CellView): number[];
  /** Every cell note once, numbered from 1 in reading order: the footnotes of the printed page. */
  notes: { number: number; label: string; sides: string[]; text: string }[];
  /** The number of a cell's note in `notes`. */
  noteNumber(cell: CellView): number | undefined;
}

const limitationLists = new WeakMap<Model, Map<string, LimitationView[]>>();
/** A plugin's limitations, most severe first; computed once per model, as every pair page of the plugin lists them. */
function limitationsBySeverity(model: Model, plugin: Entry<Plugin>): LimitationView[] {
  return oncePerModel(limitationLists, model, plugin.id, () =>
    limitationViews(model, { limitations: activeLimitations(plugin.data) }),
  );
}

/** Builds the pair page view. */
export function pairView(model: Model, a: Entry<Plugin>, b: Entry<Plugin>, asOf: string): PairView {
  const view = comparisonView(model, asOf, [a, b]);
  const rows = view.categories.flatMap((c) => c.rows.map((r) => ({ ...r, category: c.label })));
  // Each side's plugin files with the limitations that hold on it: a configuration's IP mode keeps only
  // those of its own dataplane; a plain plugin (any dataplane) keeps all.
  const perSide = [a, b].map((side) => {
    const config = model.configurationById.get(side.id);
    const parts = config ? Object.values(configurationParts(model, config)) : [side];
    return parts.map((part) => ({ part, items: limitationsBySeverity(model, part).filter((l) => holdsOnDataplane(l, config?.data.dataplane)) }));
  });
  const limitations: PairLimitations[] = [];
  perSide.forEach((parts, i) => {
    const name = view.plugins[i]!.shortName;
    const other = perSide[1 - i]!;
    for (const { part, items } of parts) {
      const shared = other.find((o) => o.part.id === part.id);
      if (!shared) {
        limitations.push({ plugin: comparedPlugin(model, part, asOf), sides: [name], anchor: `limitations-${part.id}`, items });
        continue;
      }
      const otherIds = new Set(shared.items.map((l) => l.id));
      const both = items.filter((l) => otherIds.has(l.id));
      // A list of what both sides have only when they share something (no empty heading).
      if (i === 0 && both.length > 0) {
        limitations.push({ plugin: comparedPlugin(model, part, asOf), sides: [name, view.plugins[1]!.shortName], anchor: `limitations-${part.id}`, items: both });
      }
      const own = items.filter((l) => !otherIds.has(l.id));
      if (own.length > 0) limitations.push({ plugin: comparedPlugin(model, part, asOf), sides: [name], only: true, anchor: `limitations-${part.id}-${[a, b][i]!.id}`, items: own });
    }
  });
  // What only one side has comes first, as with the rows; what both have follows.
  limitations.sort((x, y) => x.sides.length - y.sides.length);
  const differences = rows.filter((r) => r.differs);
  const shared = rows.filter((r) => !r.differs);
  // Sources are listed once under the table and cited by number: in every cell they were a third of the page.
  const numbers = new Map<string, number>();
  const sources: SourceRef[] = [];
  for (const row of [...differences, ...shared]) {
    for (const source of row.cells.flatMap((c) => c.sources)) {
      if (numbers.has(source.id)) continue;
      sources.push(source);
      numbers.set(source.id, sources.length);
    }
  }
  const citations = (cell: CellView) => cell.sources.map((s) => numbers.get(s.id)!);
  // On paper the notes become footnotes; a shared row whose two notes read the same has one.
  const notes: PairView['notes'] = [];
  const noteNumbers = new Map<CellView, number>();
  for (const row of [...differences, ...shared]) {
    row.cells.forEach((cell, i) => {
      if (!cell.note) return;
      const same = notes.find((n) => n.label === row.label && n.text === cell.note);
      if (same) same.sides.push(view.plugins[i]!.shortName);
      else notes.push({ number: notes.length + 1, label: row.label, sides: [view.plugins[i]!.shortName], text: cell.note });
      noteNumbers.set(cell, (same ?? notes.at(-1)!).number);
    });
  }
  return { a: view.plugins[0]!, b: view.plugins[1]!, differences, shared, limitations, sources, citations, notes, noteNumber: (cell) => noteNumbers.get(cell) };
}

/** The text of a cell as plain text: support word and value, e.g. "Partial: Linux only". */
export function cellText(cell: CellView): string {
  const word = cell.support ? SUPPORT_LABELS[cell.support].word : '';
  if (word && cell.text) return `${word}: ${cell.text}`;
  return word || cell.text;
}
