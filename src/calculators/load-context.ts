import { checkData, dataLocations, readCollection, type DataLocations } from '../model';
import { contextPositions } from '../generators/calculators/positions';
import { planContext, type PlanContext } from './context';

/**
 * Node only: reads data/plugins, data/policy-engines and data/configurations into a PlanContext; files that do not pass
 * their schema are skipped (the data lint reports them), so one broken file does not stop the CLI. With guidance files
 * (data/guidance/), the organisation's exception and prohibited positions join the context as of `today`, as on the
 * site; guidance that does not pass the data check is left out, and `guidanceProblem` says why.
 */
export function loadPlanContext(locations: DataLocations = dataLocations(), today?: string): PlanContext & { guidanceProblem?: string } {
  const plugins = readCollection('plugins', locations).entries;
  const engines = readCollection('policyEngines', locations).entries;
  const configurations = readCollection('configurations', locations).entries;
  const context = planContext(plugins, engines, today, configurations);
  if (readCollection('guidance', locations).entries.length === 0) return context;
  const { model, issues } = checkData(locations);
  if (!model || issues.length > 0) return { ...context, guidanceProblem: `data/guidance/ is left out: the data has ${issues.length} problem(s); run npm run lint:data` };
  const positions = contextPositions(model, today ?? new Date().toISOString().slice(0, 10));
  return positions.length ? { ...context, positions } : context;
}
