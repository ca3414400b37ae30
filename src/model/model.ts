import { CATEGORIES, type AksError, type Configuration, type DecisionTree, type GlossaryTerm, type Guidance, type Limit, type Plugin, type PolicyEngine, type Property, type Setting, type Source } from '../schemas';
import type { Entry, RawData } from './read';

/** The resolved data set every generator works from: entities in display order, indexed by id. */
export interface Model {
  sources: Entry<Source>[];
  properties: Entry<Property>[];
  plugins: Entry<Plugin>[];
  /** Configurations (an IP mode on a dataplane), in `order`, then by name. */
  configurations: Entry<Configuration>[];
  policyEngines: Entry<PolicyEngine>[];
  decisions: Entry<DecisionTree>[];
  limits: Entry<Limit>[];
  glossary: Entry<GlossaryTerm>[];
  /** An organisation's guidance files (data/guidance/), by file name; empty when there are none. */
  guidance: Entry<Guidance>[];
  /** Network settings of clusters and node pools, in `order`, then by name. */
  settings: Entry<Setting>[];
  /** The error catalogue, by code, then by id. */
  errors: Entry<AksError>[];
  sourceById: ReadonlyMap<string, Entry<Source>>;
  propertyById: ReadonlyMap<string, Entry<Property>>;
  pluginById: ReadonlyMap<string, Entry<Plugin>>;
  configurationById: ReadonlyMap<string, Entry<Configuration>>;
  policyEngineById: ReadonlyMap<string, Entry<PolicyEngine>>;
  limitById: ReadonlyMap<string, Entry<Limit>>;
  glossaryById: ReadonlyMap<string, Entry<GlossaryTerm>>;
  settingById: ReadonlyMap<string, Entry<Setting>>;
  errorById: ReadonlyMap<string, Entry<AksError>>;
}

/** Builds the model from validated entries: properties ordered by category then `order`, plugins by id. */
export function resolveModel(raw: RawData): Model {
  const categoryRank = (p: Entry<Property>) => CATEGORIES.indexOf(p.data.category);
  const properties = raw.properties
    .map((p, fileIndex) => ({ p, fileIndex }))
    .sort(
      (a, b) =>
        categoryRank(a.p) - categoryRank(b.p) ||
        (a.p.data.order ?? Number.MAX_SAFE_INTEGER) - (b.p.data.order ?? Number.MAX_SAFE_INTEGER) ||
        a.fileIndex - b.fileIndex,
    )
    .map(({ p }) => p);
  const byId = <T>(entries: Entry<T>[]) => new Map(entries.map((e) => [e.id, e]));
  const sortById = <T>(entries: Entry<T>[]) => [...entries].sort((a, b) => a.id.localeCompare(b.id));
  const byOrder = <T extends { order?: number | undefined; name: string }>(entries: Entry<T>[]) =>
    [...entries].sort((a, b) => (a.data.order ?? Number.MAX_SAFE_INTEGER) - (b.data.order ?? Number.MAX_SAFE_INTEGER) || a.data.name.localeCompare(b.data.name));
  const plugins = byOrder(raw.plugins);
  const configurations = byOrder(raw.configurations ?? []);
  const policyEngines = sortById(raw.policyEngines);
  const settings = byOrder(raw.settings ?? []);
  const errors = [...(raw.errors ?? [])].sort((a, b) => a.data.code.localeCompare(b.data.code) || a.id.localeCompare(b.id));
  const glossary = [...raw.glossary].sort((a, b) => a.data.title.localeCompare(b.data.title, 'en', { sensitivity: 'base' }));
  return {
    sources: raw.sources,
    properties,
    plugins,
    configurations,
    policyEngines,
    decisions: sortById(raw.decisions),
    limits: raw.limits,
    glossary,
    guidance: [...(raw.guidance ?? [])].sort((a, b) => a.id.localeCompare(b.id)),
    settings,
    errors,
    sourceById: byId(raw.sources),
    propertyById: byId(properties),
    pluginById: byId(plugins),
    configurationById: byId(configurations),
    policyEngineById: byId(policyEngines),
    limitById: byId(raw.limits),
    glossaryById: byId(raw.glossary),
    settingById: byId(settings),
    errorById: byId(errors),
  };
}
