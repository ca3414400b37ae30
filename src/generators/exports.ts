import type { Model } from '../model/model';
import { cellView } from './cell-view';
import { cellText, comparisonView } from './comparison';
import { configurationAsPlugin, configurationCell, configurationParts } from './configuration';
import { toCsv } from './csv';
import { statusView } from './status-view';
import { href } from './href';
import { activeLimitations, holdsOnDataplane } from '../model/limitations';

/**
 * The resolved model as published at /data/plugins.json: plugins with every cell; configurations (an
 * IP mode on a dataplane) with their parts and every resolved cell, each saying where it comes from;
 * engines, catalog, sources.
 */
export function modelExport(model: Model, asOf: string, site: string) {
  return {
    generated: asOf,
    // The home page of this copy, base path included (SITE_URL + SITE_BASE).
    site: new URL(href('/'), site).href,
    properties: model.properties.map((p) => ({ id: p.id, ...p.data })),
    plugins: model.plugins.map((plugin) => ({
      id: plugin.id,
      url: new URL(href(`/plugins/${plugin.id}/`), site).href,
      ...plugin.data,
      status: { ...plugin.data.status, view: statusView(plugin.data.status, asOf) },
      cells: Object.fromEntries(
        model.properties.map((property) => {
          const cell = cellView(model, plugin, property, asOf);
          return [property.id, { support: cell.support ?? null, text: cell.text, note: cell.note ?? null, sources: cell.sources.map((s) => s.id), derived: cell.derived }];
        }),
      ),
      limitations: plugin.data.limitations.map((l) => ({ ...l, url: new URL(href(`/plugins/${plugin.id}/#${l.id}`), site).href })),
    })),
    configurations: model.configurations.map((config) => {
      const resolved = configurationAsPlugin(model, config);
      const { ipMode, dataplane } = configurationParts(model, config);
      return {
        id: config.id,
        url: new URL(href(`/configurations/${config.id}/`), site).href,
        ...config.data,
        parts: { ipMode: ipMode.id, dataplane: dataplane?.id ?? null },
        status: { ...resolved.data.status, view: statusView(resolved.data.status, asOf) },
        cli: resolved.data.cli,
        networkProfile: resolved.data.networkProfile,
        policyEngines: resolved.data.policyEngines,
        cells: Object.fromEntries(
          model.properties.map((property) => {
            const cell = cellView(model, resolved, property, asOf);
            const basis = configurationCell(model, config, property)?.basis ?? 'derived';
            return [property.id, { support: cell.support ?? null, text: cell.text, note: cell.note ?? null, sources: cell.sources.map((s) => s.id), derived: cell.derived, basis }];
          }),
        ),
        // The limitations that hold for this configuration: its parts' active ones, without an IP mode's
        // limitations scoped to the other dataplane (the plugins above keep every entry, lifted ones too).
        limitations: [ipMode, ...(dataplane ? [dataplane] : [])].flatMap((part) =>
          activeLimitations(part.data)
            .filter((l) => holdsOnDataplane(l, config.data.dataplane))
            .map((l) => ({ plugin: part.id, id: l.id, title: l.title, severity: l.severity, url: new URL(href(`/plugins/${part.id}/#${l.id}`), site).href })),
        ),
      };
    }),
    policyEngines: model.policyEngines.map((engine) => ({
      id: engine.id,
      url: new URL(href(`/policy-engines/${engine.id}/`), site).href,
      ...engine.data,
      limitations: engine.data.limitations.map((l) => ({ ...l, url: new URL(href(`/policy-engines/${engine.id}/#${l.id}`), site).href })),
    })),
    limits: Object.fromEntries(model.limits.map((l) => [l.id, l.data])),
    sources: Object.fromEntries(model.sources.map((s) => [s.id, s.data])),
  };
}

/** The full comparison as CSV: one row per property, one column per plugin and per configuration (support word and value). */
export function comparisonCsv(model: Model, asOf: string): string {
  const view = comparisonView(model, asOf);
  const header = ['category', 'property_id', 'property', ...view.plugins.map((p) => p.id)];
  const rows = view.categories.flatMap((c) => c.rows.map((r) => [c.label, r.id, r.label, ...r.cells.map(cellText)]));
  return toCsv([header, ...rows]);
}
