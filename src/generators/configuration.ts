/**
 * Configurations: an IP mode (a plugin of kind `plugin`) run on a dataplane. A configuration's
 * cells are derived from its two parts, as each property's `decidedBy` says, except where the
 * configuration file gives its own cell. Resolved, a configuration has the shape of a plugin, so
 * every comparison, pair page and export treats plugins and configurations alike.
 */
import { dataplanePlugin } from '../model/configurations';
import type { Model } from '../model/model';
import type { Entry } from '../model/read';
import type { Cell, CliFlag, Configuration, Migration, Plugin, Property, Status, Support } from '../schemas';
import { findConfiguration } from '../model/configurations';

export { configurationId, dataplanePlugin, findConfiguration } from '../model/configurations';

/** The two parts of a configuration: the IP mode's plugin entry and, for Cilium, the dataplane's. */
export interface ConfigurationParts {
  ipMode: Entry<Plugin>;
  dataplane?: Entry<Plugin>;
}

/** The parts of a configuration; the integrity rules guarantee the IP mode exists. */
export function configurationParts(model: Model, config: Entry<Configuration>): ConfigurationParts {
  const ipMode = model.pluginById.get(config.data.ipMode);
  if (!ipMode) throw new Error(`${config.file}: ipMode "${config.data.ipMode}" is not a plugin`);
  const dataplane = dataplanePlugin(model, config.data.dataplane);
  return { ipMode, ...(dataplane ? { dataplane } : {}) };
}

/** Where a configuration's cell comes from. */
export type CellBasis = 'configuration' | 'ip-mode' | 'dataplane' | 'both';

/** Support states from weakest to strongest: a combination is as strong as its weaker part. */
const STRENGTH: Record<Support, number> = { no: 0, unknown: 1, partial: 2, yes: 3 };

/** Two parts' cells as one: the weaker support, both notes (named by part), every source. */
function combineCells(a: Cell, aName: string, b: Cell, bName: string): Cell {
  const support = STRENGTH[a.support] <= STRENGTH[b.support] ? a.support : b.support;
  const value = a.value !== undefined && b.value !== undefined && String(a.value) !== String(b.value) ? `${aName}: ${a.value}; ${bName}: ${b.value}` : (a.value ?? b.value);
  const notes = [a.note ? `${aName}: ${a.note}` : '', b.note ? `${bName}: ${b.note}` : ''].filter(Boolean);
  return {
    support,
    ...(value !== undefined ? { value } : {}),
    ...(notes.length ? { note: notes.join(' ') } : {}),
    sources: [...new Set([...a.sources, ...b.sources])],
  };
}

/** A configuration's cell for a catalog property, and where it comes from; undefined for derived rows. */
export function configurationCell(model: Model, config: Entry<Configuration>, property: Entry<Property>): { cell: Cell; basis: CellBasis } | undefined {
  if (property.data.derivedFrom) return undefined;
  const own = config.data.cells[property.id];
  if (own) return { cell: own, basis: 'configuration' };
  const { ipMode, dataplane } = configurationParts(model, config);
  const ipCell = ipMode.data.properties[property.id];
  const dpCell = dataplane?.data.properties[property.id];
  const decidedBy = property.data.decidedBy ?? 'both';
  if (!dataplane || !dpCell || decidedBy === 'ip-mode') return ipCell ? { cell: ipCell, basis: 'ip-mode' } : undefined;
  if (decidedBy === 'dataplane' || !ipCell) return { cell: dpCell, basis: 'dataplane' };
  return { cell: combineCells(ipCell, ipMode.data.shortName, dpCell, dataplane.data.shortName), basis: 'both' };
}

const STATE_RANK: Record<Status['state'], number> = { ga: 0, preview: 1, retiring: 2, retired: 3 };

/** The status of a configuration: its least settled part's (retiring beats preview beats GA), with every part's retirements. */
function combinedStatus(parts: Entry<Plugin>[]): Status {
  const worst = [...parts].sort((a, b) => STATE_RANK[b.data.status.state] - STATE_RANK[a.data.status.state])[0]!.data.status;
  const retirements = parts.flatMap((p) => p.data.status.retirements ?? []);
  return { ...worst, ...(retirements.length ? { retirements } : {}), sources: [...new Set(parts.flatMap((p) => p.data.status.sources))] };
}

/** Compares dotted version numbers (2.48.1 < 2.52.0). */
function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d) return d;
  }
  return 0;
}

/**
 * The az aks create flags of a configuration: the IP mode's, then the dataplane's own flags (those
 * it requires or always offers, not the examples of how it pairs, such as Overlay's flags in the
 * Cilium file).
 */
function combinedFlags(ipMode: Entry<Plugin>, dataplane: Entry<Plugin> | undefined): CliFlag[] {
  const flags = [...ipMode.data.cli.flags];
  for (const f of dataplane?.data.cli.flags ?? []) {
    if (flags.some((g) => g.flag === f.flag) || f.example) continue;
    flags.push(f);
  }
  return flags;
}

const resolved = new WeakMap<Model, Map<string, Entry<Plugin>>>();

/**
 * A configuration in the shape of a plugin: its resolved cells, engines, status and flags. It has no
 * limitations, history or migrations of its own: those belong to its parts (see configurationParts).
 * Computed once per model and configuration.
 */
export function configurationAsPlugin(model: Model, config: Entry<Configuration>): Entry<Plugin> {
  let byId = resolved.get(model);
  if (!byId) resolved.set(model, (byId = new Map()));
  const cached = byId.get(config.id);
  if (cached) return cached;
  const { ipMode, dataplane } = configurationParts(model, config);
  const parts = dataplane ? [ipMode, dataplane] : [ipMode];
  const properties: Record<string, Cell> = {};
  for (const property of model.properties) {
    const resolvedCell = configurationCell(model, config, property);
    if (resolvedCell) properties[property.id] = resolvedCell.cell;
  }
  const engines = { ...(dataplane ?? ipMode).data.policyEngines, ...(config.data.policyEngines ?? {}) };
  const versions = parts.map((p) => p.data.cli.minVersion).filter((v): v is string => Boolean(v));
  const minVersion = config.data.cli?.minVersion ?? versions.sort(compareVersions).at(-1);
  const data: Plugin = {
    name: config.data.name,
    shortName: config.data.shortName,
    aliases: config.data.aliases,
    ...(config.data.order !== undefined ? { order: config.data.order } : {}),
    kind: 'plugin',
    summary: config.data.summary,
    status: combinedStatus(parts),
    networkProfile: {
      ...ipMode.data.networkProfile,
      networkDataplane: config.data.dataplane,
      ...(dataplane?.data.networkProfile.networkPolicy ? { networkPolicy: dataplane.data.networkProfile.networkPolicy } : {}),
    },
    cli: {
      flags: combinedFlags(ipMode, dataplane),
      ...(minVersion ? { minVersion } : {}),
      ...(config.data.cli?.note ? { note: config.data.cli.note } : {}),
      sources: [...new Set([...(config.data.cli?.sources ?? []), ...parts.flatMap((p) => p.data.cli.sources)])],
    },
    properties,
    policyEngines: engines,
    limitations: [],
    history: [],
    migrations: configurationMigrationsOut(model, config),
    glossary: [...new Set(parts.flatMap((p) => p.data.glossary))],
    lastVerified: config.data.lastVerified,
  };
  const entry: Entry<Plugin> = { id: config.id, file: config.file, data, lineOf: config.lineOf, pathPrefix: config.pathPrefix };
  byId.set(config.id, entry);
  return entry;
}

/** Every option a comparison can show: the plugins and the configurations, in their shared `order`. */
export function comparedOptions(model: Model): Entry<Plugin>[] {
  const options = [...model.plugins, ...model.configurations.map((c) => configurationAsPlugin(model, c))];
  return options.sort((a, b) => (a.data.order ?? Number.MAX_SAFE_INTEGER) - (b.data.order ?? Number.MAX_SAFE_INTEGER) || a.data.name.localeCompare(b.data.name));
}

const optionMaps = new WeakMap<Model, Map<string, Entry<Plugin>>>();
/** Every compared option (plugin or resolved configuration) by id, built once per model. */
export function comparedOptionById(model: Model): ReadonlyMap<string, Entry<Plugin>> {
  let byId = optionMaps.get(model);
  if (!byId) optionMaps.set(model, (byId = new Map(comparedOptions(model).map((o) => [o.id, o]))));
  return byId;
}

/** True when the id names a configuration rather than a plugin. */
export function isConfiguration(model: Model, id: string): boolean {
  return model.configurationById.has(id);
}

/** The site path of an option's own page: /configurations/<id>/ or /plugins/<id>/ (without the base; pass it to href()). */
export function optionPath(model: Model, id: string): string {
  return isConfiguration(model, id) ? `/configurations/${id}/` : `/plugins/${id}/`;
}

/**
 * The documented ways out of a configuration, from its IP mode's paths: a switch to another
 * dataplane keeps the IP mode, and a change of IP mode keeps the dataplane (the update article makes
 * them separate operations). A path is kept only when its target exists as a configuration or, for a
 * dataplane switch without one, as the dataplane's plugin; a switch back to the Azure dataplane is
 * never derived, as no IP mode file documents one.
 */
function configurationMigrationsOut(model: Model, config: Entry<Configuration>): Migration[] {
  const { ipMode } = configurationParts(model, config);
  return ipMode.data.migrations.flatMap((m) => {
    const target = model.pluginById.get(m.to);
    if (!target) return [];
    if (target.data.kind === 'dataplane') {
      const to = target.data.networkProfile.networkDataplane;
      if (!to || to === config.data.dataplane) return [];
      return [{ ...m, to: findConfiguration(model, ipMode.id, to)?.id ?? target.id }];
    }
    const to = findConfiguration(model, target.id, config.data.dataplane);
    return to ? [{ ...m, to: to.id }] : [];
  });
}

/**
 * The documented ways into an option, with the option each starts from. For a plugin: the paths of
 * the other plugin files that name it. For a configuration: the derived paths of the other
 * configurations, plus the plugin files' own paths where no configuration stands for their start: a
 * plugin's move to the configuration's IP mode lands on the Azure dataplane, and the IP mode's own
 * switch to the configuration's dataplane starts from that IP mode.
 */
export function migrationsInto(model: Model, id: string): { from: string; migration: Migration }[] {
  const config = model.configurationById.get(id);
  if (!config) return model.plugins.flatMap((p) => p.data.migrations.filter((m) => m.to === id).map((migration) => ({ from: p.id, migration })));
  const viaConfigurations = model.configurations.flatMap((c) =>
    configurationAsPlugin(model, c).data.migrations.filter((m) => m.to === id).map((migration) => ({ from: c.id, migration })),
  );
  const { ipMode, dataplane } = configurationParts(model, config);
  const viaPlugins = model.plugins.flatMap((p) => {
    if (p.data.kind !== 'plugin') return [];
    return p.data.migrations.flatMap((migration) => {
      const intoIpMode = migration.to === ipMode.id && config.data.dataplane === 'azure' && !findConfiguration(model, p.id, 'azure');
      const ontoDataplane = p.id === ipMode.id && dataplane !== undefined && migration.to === dataplane.id && !findConfiguration(model, p.id, 'azure');
      return intoIpMode || ontoDataplane ? [{ from: p.id, migration }] : [];
    });
  });
  return [...viaConfigurations, ...viaPlugins];
}
