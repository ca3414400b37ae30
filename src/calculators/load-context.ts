import { dataLocations, readCollection, type DataLocations } from '../model';
import { planContext, type PlanContext } from './context';

/**
 * Node only: reads data/plugins, data/policy-engines and data/configurations into a PlanContext; files that do not pass
 * their schema are skipped (the data lint reports them), so one broken file does not stop the CLI.
 */
export function loadPlanContext(locations: DataLocations = dataLocations(), today?: string): PlanContext {
  const plugins = readCollection('plugins', locations).entries;
  const engines = readCollection('policyEngines', locations).entries;
  const configurations = readCollection('configurations', locations).entries;
  return planContext(plugins, engines, today, configurations);
}
