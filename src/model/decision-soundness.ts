/**
 * Checks what a decision path adds up to against the data: the parts exist and fit together, every
 * requirement the answers stated is supported by every part that decides it, nothing retiring is
 * recommended for a new cluster, and a retiring part is never recommended without its date. The
 * integrity rule runs it over every path; the generators use the evidence for the decision record.
 */
import { NO_ENGINE, type Cell, type Configuration, type Plugin, type PolicyEngine } from '../schemas';
import type { ComposedPath, DecidedOutcome } from './decision-walk';
import { dataplanePlugin, findConfiguration } from './configurations';
import type { Model } from './model';
import type { Entry } from './read';

/** One part's cell for a requirement: which part, where the cell is, and the cell (undefined: no data). */
export interface PartCell {
  part: string;
  /** Data file and field path of the cell, e.g. `data/plugins/azure-cni-cilium.yaml` `properties.windows-nodes`. */
  file: string;
  field: string;
  cell?: Cell;
}

/** The data entries an outcome names; a part the data does not have is left out. */
export interface OutcomeParts {
  ipMode?: Entry<Plugin>;
  /** The plugin file of the dataplane (Cilium); the Azure dataplane has none. */
  dataplane?: Entry<Plugin>;
  /** The configuration file of the IP mode on the dataplane, when there is one. */
  configuration?: Entry<Configuration>;
  engine?: Entry<PolicyEngine>;
}

/** A problem with one path, and the requirement it concerns when there is one. */
export interface PathProblem {
  requirement?: string;
  message: string;
}

/** The entries an outcome's parts refer to. */
export function outcomeParts(model: Model, outcome: DecidedOutcome): OutcomeParts {
  const ipMode = outcome.ipMode ? model.pluginById.get(outcome.ipMode) : undefined;
  const dp = outcome.dataplane;
  const dataplane = dp && dp !== 'none' ? dataplanePlugin(model, dp) : undefined;
  const configuration = ipMode && dp && dp !== 'none' ? findConfiguration(model, ipMode.id, dp) : undefined;
  const engine = outcome.networkPolicy && outcome.networkPolicy !== NO_ENGINE ? model.policyEngineById.get(outcome.networkPolicy) : undefined;
  return { ...(ipMode ? { ipMode } : {}), ...(dataplane ? { dataplane } : {}), ...(configuration ? { configuration } : {}), ...(engine ? { engine } : {}) };
}

/**
 * The Azure dataplane's own cell for a property the dataplane decides. The Azure dataplane has no file
 * of its own; a configuration on it that gives its own cell for such a property states the dataplane's
 * answer, which by `decidedBy` does not depend on the IP mode.
 */
function azureDataplaneCell(model: Model, propertyId: string): PartCell | undefined {
  const config = model.configurations.find((c) => c.data.dataplane === 'azure' && c.data.cells[propertyId]);
  return config ? { part: 'the Azure dataplane', file: config.file, field: `cells.${propertyId}`, cell: config.data.cells[propertyId] } : undefined;
}

/** Every part's cell that decides a catalog property for this outcome, plus the engine's capability when it has one. */
export function requirementCells(model: Model, outcome: DecidedOutcome, propertyId: string): PartCell[] {
  const property = model.propertyById.get(propertyId);
  const parts = outcomeParts(model, outcome);
  const cells: PartCell[] = [];
  if (property && !property.data.derivedFrom) {
    const own = parts.configuration?.data.cells[propertyId];
    if (parts.configuration && own) {
      cells.push({ part: parts.configuration.data.name, file: parts.configuration.file, field: `cells.${propertyId}`, cell: own });
    } else {
      const decidedBy = property.data.decidedBy ?? 'both';
      const dp = outcome.dataplane;
      if (parts.ipMode && (decidedBy !== 'dataplane' || dp === 'none')) {
        cells.push({ part: parts.ipMode.data.name, file: parts.ipMode.file, field: `properties.${propertyId}`, cell: parts.ipMode.data.properties[propertyId] });
      }
      if (decidedBy !== 'ip-mode' && dp === 'cilium' && parts.dataplane) {
        cells.push({ part: parts.dataplane.data.name, file: parts.dataplane.file, field: `properties.${propertyId}`, cell: parts.dataplane.data.properties[propertyId] });
      }
      if (decidedBy !== 'ip-mode' && dp === 'azure') {
        const azure = azureDataplaneCell(model, propertyId);
        if (azure) cells.push(azure);
        else if (decidedBy === 'dataplane') cells.push({ part: 'the Azure dataplane', file: 'data/configurations/', field: `cells.${propertyId}` });
      }
    }
  }
  const capability = parts.engine?.data.capabilities[propertyId as keyof PolicyEngine['capabilities']];
  if (parts.engine && capability) cells.push({ part: parts.engine.data.name, file: parts.engine.file, field: `capabilities.${propertyId}`, cell: capability });
  return cells;
}

/** True when a cell says the part supports the thing: yes, or partial (its note says on what terms). */
export function supports(cell: Cell | undefined): boolean {
  return cell?.support === 'yes' || cell?.support === 'partial';
}

function failure(c: PartCell): string {
  if (!c.cell) return `${c.part} has no data for it (${c.file} ${c.field})`;
  const why = c.cell.support === 'unknown' ? 'undocumented' : 'not supported';
  return `${c.part} says ${c.cell.support}, ${why} (${c.file} ${c.field})`;
}

/** Numeric value of a cell, when it has one. */
function numeric(cell: Cell | undefined): number | undefined {
  return typeof cell?.value === 'number' && supports(cell) ? cell.value : undefined;
}

/** Every problem of one path: structure of the outcome, requirements, scale and retirements. */
export function pathProblems(model: Model, path: ComposedPath, rationales: readonly string[]): PathProblem[] {
  const problems: PathProblem[] = [];
  const { outcome } = path;
  for (const c of path.conflicts) {
    problems.push({ message: `${c.at} decides ${c.part} "${c.now}" but ${c.earlier} already decided "${c.was}"` });
  }
  const missing = (['ipMode', 'dataplane', 'networkPolicy'] as const).filter((p) => outcome[p] === undefined);
  if (missing.length) {
    problems.push({ message: `the path ends without deciding ${missing.join(', ')}; every outcome names the IP mode, the dataplane and the network policy engine (or none)` });
    return problems;
  }
  const parts = outcomeParts(model, outcome);
  const ipMode = parts.ipMode;
  if (!ipMode) return [...problems, { message: `ipMode "${outcome.ipMode}" is not a plugin id; expected a file name in data/plugins/` }];
  if (ipMode.data.kind !== 'plugin') problems.push({ message: `ipMode "${ipMode.id}" is a ${ipMode.data.kind}, not an IP mode (kind plugin)` });
  const byo = ipMode.data.networkProfile.networkPlugin === 'none';
  if (byo !== (outcome.dataplane === 'none')) {
    problems.push({ message: byo ? `${ipMode.data.name} installs no CNI, so its dataplane must be none, not ${outcome.dataplane}` : `dataplane none is only for bring your own CNI, not ${ipMode.data.name}` });
  }
  if (outcome.dataplane === 'cilium') {
    if (!parts.dataplane) problems.push({ message: 'no plugin file of kind dataplane describes the cilium dataplane' });
    else if (!(parts.dataplane.data.combinesWith ?? []).includes(ipMode.id)) {
      problems.push({ message: `${parts.dataplane.data.name} does not combine with ${ipMode.data.name} (${parts.dataplane.file} combinesWith)` });
    }
  }
  const engineId = outcome.networkPolicy!;
  if (engineId !== NO_ENGINE && !parts.engine) problems.push({ message: `networkPolicy "${engineId}" is not a policy engine id; expected a file name in data/policy-engines/ or none` });
  // A dataplane that brings its own engine (Cilium) decides the engine too.
  const implied = parts.dataplane?.data.networkProfile.networkPolicy;
  if (implied && parts.engine?.data.networkPolicy !== implied) {
    problems.push({ message: `${parts.dataplane!.data.name} enforces network policy itself, so networkPolicy must be the engine selected by --network-policy ${implied}, not ${engineId}` });
  }
  if (parts.engine) {
    const engine = parts.engine;
    const onDataplane = outcome.dataplane === 'none' ? undefined : engine.data.dataplanes[outcome.dataplane!];
    if (!supports(onDataplane)) {
      problems.push({ requirement: 'network-policy', message: `${engine.data.name} does not run on the ${outcome.dataplane} dataplane (${engine.file} dataplanes.${outcome.dataplane})` });
    }
    for (const part of [ipMode, parts.dataplane]) {
      if (!part) continue;
      const cell = part.data.policyEngines[engine.id];
      if (!supports(cell)) problems.push({ requirement: 'network-policy', message: `${part.data.name} does not work with ${engine.data.name}: ${failure({ part: part.data.name, file: part.file, field: `policyEngines.${engine.id}`, ...(cell ? { cell } : {}) })}` });
    }
  }

  for (const r of path.requirements) {
    if (r.id === 'network-policy') {
      if (engineId === NO_ENGINE) problems.push({ requirement: r.id, message: `requires network-policy (stated at ${r.at}) but the outcome names no policy engine` });
      continue;
    }
    if (r.id === 'new-cluster') {
      for (const part of [ipMode, parts.dataplane, parts.engine]) {
        const state = part?.data.status.state;
        if (state === 'retiring' || state === 'retired') {
          problems.push({ requirement: r.id, message: `is for a new cluster (stated at ${r.at}) but ends on ${part!.data.name}, which is ${state} (${part!.file} status.state)` });
        }
      }
      continue;
    }
    if (!model.propertyById.has(r.id)) continue; // the structural rule reports unknown requirement ids
    const cells = requirementCells(model, outcome, r.id);
    for (const c of cells.filter((c) => !supports(c.cell))) {
      problems.push({ requirement: r.id, message: `requires ${r.id} (stated at ${r.at}) but ${failure(c)}` });
    }
  }

  const maxNodes = numeric(ipMode.data.properties['max-nodes']);
  if (path.scale.nodes !== undefined && maxNodes !== undefined && path.scale.nodes > maxNodes) {
    problems.push({ requirement: 'max-nodes', message: `needs ${path.scale.nodes} nodes but ${ipMode.data.name} reaches ${maxNodes} (${ipMode.file} properties.max-nodes)` });
  }
  const maxPods = numeric(ipMode.data.properties['pods-per-cluster']);
  if (path.scale.pods !== undefined && maxPods !== undefined && path.scale.pods > maxPods) {
    problems.push({ requirement: 'pods-per-cluster', message: `needs ${path.scale.pods} pods but ${ipMode.data.name} reaches ${maxPods} (${ipMode.file} properties.pods-per-cluster)` });
  }

  // Whatever is retiring is recommended only with its dates in the reasons the reader sees.
  const text = rationales.join(' ');
  for (const part of [ipMode, parts.dataplane, parts.engine]) {
    if (!part) continue;
    if (part.data.status.state === 'retired') problems.push({ message: `ends on ${part.data.name}, which is retired (${part.file} status.state)` });
    for (const r of part.data.status.retirements ?? []) {
      if (!text.includes(r.date)) problems.push({ message: `recommends ${part.data.name}, which retires on ${r.date} (${r.scope}), but no rationale on the path gives that date` });
    }
  }
  return problems;
}
