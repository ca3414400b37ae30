import type { Model } from '../model/model';
import type { Entry } from '../model/read';
import { CATEGORIES, type Category, type Plugin, type Property } from '../schemas';
import { cellView, type CellView } from './cell-view';
import { CATEGORY_LABELS, SUPPORT_LABELS } from './labels';
import { limitationViews, type LimitationView } from './limitation-view';
import { activeLimitations } from '../model/limitations';
import type { SourceRef } from './source-refs';

/** A plugin column of a comparison. */
export interface ComparedPlugin {
  id: string;
  name: string;
  shortName: string;
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

/** Builds the comparison of the given plugins (all, by default) against every property. */
export function comparisonView(model: Model, asOf: string, plugins: Entry<Plugin>[] = model.plugins): ComparisonView {
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
    plugins: plugins.map((p) => ({ id: p.id, name: p.data.name, shortName: p.data.shortName })),
    categories: CATEGORIES.map((id) => ({ id, label: CATEGORY_LABELS[id], rows: rows.filter((r) => r.category === id).map((r) => r.row) })).filter(
      (c) => c.rows.length > 0,
    ),
  };
}

/** Every unordered pair of plugins, ids in alphabetical order, with its URL slug `<a>-vs-<b>`. */
export function pluginPairs(model: Model): { slug: string; a: Entry<Plugin>; b: Entry<Plugin> }[] {
  const sorted = [...model.plugins].sort((x, y) => x.id.localeCompare(y.id));
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

/** A side-by-side comparison of two plugins: differences first, then what they share, then limitations. */
export interface PairView {
  a: ComparedPlugin;
  b: ComparedPlugin;
  differences: (ComparisonRow & { category: string })[];
  shared: (ComparisonRow & { category: string })[];
  limitations: { plugin: ComparedPlugin; items: LimitationView[] }[];
  /** Every source the table cites, once, numbered from 1 in order of first citation. */
  sources: SourceRef[];
  /** The numbers of a cell's sources in `sources`. */
  citations(cell: CellView): number[];
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
  const limitations = [a, b].map((p, i) => ({ plugin: view.plugins[i]!, items: limitationsBySeverity(model, p) }));
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
  return { a: view.plugins[0]!, b: view.plugins[1]!, differences, shared, limitations, sources, citations };
}

/** The text of a cell as plain text: support word and value, e.g. "Partial: Linux only". */
export function cellText(cell: CellView): string {
  const word = cell.support ? SUPPORT_LABELS[cell.support].word : '';
  if (word && cell.text) return `${word}: ${cell.text}`;
  return word || cell.text;
}
