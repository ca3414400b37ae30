import { DataError, type DataIssue } from './data-issue';
import type { DataLocations } from './locations';
import { resolveModel, type Model } from './model';
import { readData } from './read';
import { RULES, runRules } from './rules';

/**
 * Reads, validates and checks the data: schema problems first; integrity rules only run when every
 * file parsed, so a broken file does not cascade into misleading reference errors.
 */
export function checkData(locations: DataLocations): { model?: Model; issues: DataIssue[] } {
  const { data, issues } = readData(locations);
  if (issues.length > 0) return { issues };
  const model = resolveModel(data);
  return { model, issues: runRules(model, RULES) };
}

/** Loads the model or throws a DataError listing every problem with file, line and field path. */
export function loadModel(locations: DataLocations): Model {
  const { model, issues } = checkData(locations);
  if (issues.length > 0 || !model) throw new DataError(issues);
  return model;
}
