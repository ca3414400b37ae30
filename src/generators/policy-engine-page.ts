import type { Model } from '../model/model';
import type { Entry } from '../model/read';
import type { PolicyEngine } from '../schemas';
import type { CellView } from './cell-view';
import { historyAnchors } from './changes';
import { limitationViews, type LimitationView } from './limitation-view';
import { sourceRefs, type SourceRef } from './source-refs';
import { statusView, type StatusView } from './status-view';

/** One plugin x engine compatibility cell. */
function compatCell(model: Model, pluginId: string, engineId: string): CellView {
  const cell = model.pluginById.get(pluginId)?.data.policyEngines[engineId];
  if (!cell) return { support: 'unknown', text: '', sources: [], derived: false, key: 'unknown' };
  return { support: cell.support, text: '', ...(cell.note ? { note: cell.note } : {}), sources: sourceRefs(model, cell.sources), derived: false, key: cell.support };
}

/** The plugin x engine compatibility matrix: one row per plugin, one column per engine. */
export function compatibilityMatrix(model: Model) {
  return {
    engines: model.policyEngines.map((e) => ({ id: e.id, name: e.data.name, shortName: e.data.shortName })),
    rows: model.plugins.map((p) => ({ id: p.id, name: p.data.name, cells: model.policyEngines.map((e) => compatCell(model, p.id, e.id)) })),
  };
}

/** Everything a policy engine page shows. */
export interface PolicyEnginePageView {
  id: string;
  name: string;
  aliases: string[];
  summary: string;
  enforcement: string;
  networkPolicy: string;
  status: StatusView;
  statusSources: SourceRef[];
  compatibility: { plugin: { id: string; name: string }; cell: CellView }[];
  limitations: LimitationView[];
  /** History entries, oldest first; `anchor` is the entry's id on the page and on /changes/. */
  history: { anchor: string; date: string; claim: string; change: string; sources: SourceRef[] }[];
  relatedTerms: { id: string; title: string }[];
  sources: SourceRef[];
  lastVerified: string;
}

/** Builds the view of a policy engine page. */
export function policyEnginePageView(model: Model, engine: Entry<PolicyEngine>, asOf: string): PolicyEnginePageView {
  const cited = new Set<string>();
  const collect = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(collect);
    else if (v && typeof v === 'object') for (const [k, c] of Object.entries(v)) k === 'sources' && Array.isArray(c) ? c.forEach((id) => cited.add(String(id))) : collect(c);
  };
  collect(engine.data);
  const terms = new Set(engine.data.glossary);
  if (model.glossaryById.has(engine.id)) terms.add(engine.id);
  return {
    id: engine.id,
    name: engine.data.name,
    aliases: engine.data.aliases,
    summary: engine.data.summary,
    enforcement: engine.data.enforcement,
    networkPolicy: engine.data.networkPolicy,
    status: statusView(engine.data.status, asOf),
    statusSources: sourceRefs(model, engine.data.status.sources),
    compatibility: model.plugins.map((p) => ({ plugin: { id: p.id, name: p.data.name }, cell: compatCell(model, p.id, engine.id) })),
    limitations: limitationViews(model, engine.data, engine.id),
    history: engine.data.history
      .map((h, i) => ({ anchor: historyAnchors(engine.id, engine.data.history)[i]!, date: h.date, claim: h.claim, change: h.change, sources: sourceRefs(model, h.sources) }))
      .sort((a, b) => a.date.localeCompare(b.date)),
    relatedTerms: [...terms].flatMap((id) => {
      const t = model.glossaryById.get(id);
      return t ? [{ id, title: t.data.title }] : [];
    }),
    sources: sourceRefs(model, [...cited]).sort((a, b) => a.title.localeCompare(b.title)),
    lastVerified: engine.data.lastVerified,
  };
}
