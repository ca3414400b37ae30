import type { Entry } from '../model/read';
import type { Model } from '../model/model';
import type { Plugin, Property, Support } from '../schemas';
import { comparedOptionById, migrationsInto } from './configuration';
import { sourceRefs, type SourceRef } from './source-refs';
import { statusView } from './status-view';

/** One plugin's answer for one property, ready to render: a support state and/or a display text. */
export interface CellView {
  /** Support state, absent on value rows that are purely descriptive (derived rows, plain values). */
  support?: Support;
  /** The value as text; empty when the support word says it all. */
  text: string;
  note?: string;
  sources: SourceRef[];
  /** True when the row is computed from structured plugin data rather than a cell. */
  derived: boolean;
  /** Comparable key: two cells with the same key read the same (for "differences only"). */
  key: string;
}

const METHOD_WORDS = { 'in-place': 'in place', 'new-node-pool': 'new node pool', 'new-cluster': 'new cluster' } as const;

/** Formats a number the way the site prints counts (5,000). */
export function formatValue(value: number | string): string {
  return typeof value === 'number' ? value.toLocaleString('en-US') : value;
}

/** Computes the cell of a plugin for a property, including rows derived from status, CLI, engines and migrations. */
export function cellView(model: Model, plugin: Entry<Plugin>, property: Entry<Property>, asOf: string): CellView {
  const derived = property.data.derivedFrom;
  if (!derived) {
    const cell = plugin.data.properties[property.id];
    if (!cell) return { support: 'unknown', text: '', sources: [], derived: false, key: 'unknown' };
    const text = cell.value === undefined ? '' : formatValue(cell.value);
    // On value rows a plain "yes" adds nothing to the value itself; partial, no and unknown still show.
    const showSupport = property.data.kind === 'support' || cell.support !== 'yes' || text === '';
    return {
      ...(showSupport ? { support: cell.support } : {}),
      text,
      ...(cell.note ? { note: cell.note } : {}),
      sources: sourceRefs(model, cell.sources),
      derived: false,
      key: `${cell.support}|${text}`,
    };
  }
  const make = (text: string, sources: string[], note?: string): CellView => ({
    text,
    ...(note ? { note } : {}),
    sources: sourceRefs(model, [...new Set(sources)]),
    derived: true,
    key: text,
  });
  const name = (id: string) => comparedOptionById(model).get(id)?.data.shortName ?? id;
  switch (derived) {
    case 'status': {
      const view = statusView(plugin.data.status, asOf);
      const past = view.retirements.filter((r) => r.past).map((r) => `${r.scope} retired ${r.date}`);
      const next = view.retirements.filter((r) => !r.past).map((r) => `${r.scope} retire ${r.date}`);
      return make([view.badge, ...past, ...next].join('; '), plugin.data.status.sources, view.note);
    }
    case 'cli-flags': {
      const flags = plugin.data.cli.flags.filter((f) => f.required).map((f) => (f.value ? `${f.flag} ${f.value}` : f.flag));
      return make(flags.join(' '), plugin.data.cli.sources, plugin.data.cli.minVersion ? `Azure CLI ${plugin.data.cli.minVersion} or later.` : undefined);
    }
    case 'policy-engines': {
      const engines = model.policyEngines.flatMap((engine) => {
        const cell = plugin.data.policyEngines[engine.id];
        if (!cell || cell.support === 'no') return [];
        return [{ label: cell.support === 'yes' ? engine.data.shortName : `${engine.data.shortName} (${cell.support})`, sources: cell.sources }];
      });
      return make(engines.length ? engines.map((e) => e.label).join(', ') : 'None', engines.flatMap((e) => e.sources));
    }
    case 'migrations-out': {
      const paths = plugin.data.migrations;
      return make(paths.length ? paths.map((m) => `To ${name(m.to)} (${METHOD_WORDS[m.method]})`).join(', ') : 'None documented', paths.flatMap((m) => m.sources));
    }
    case 'migrations-in': {
      const paths = migrationsInto(model, plugin.id).map(({ from, migration }) => ({ from, m: migration }));
      return make(
        paths.length ? paths.map(({ from, m }) => `From ${name(from)} (${METHOD_WORDS[m.method]})`).join(', ') : 'None documented',
        paths.flatMap(({ m }) => m.sources),
      );
    }
  }
}
