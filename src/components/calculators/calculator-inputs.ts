/**
 * Build-time inputs of every calculator component: the limits from data/limits.yaml, the plugin and
 * policy engine context as of the site's date (with the organisation's positions where the site has
 * guidance files), and the cited sources, all read through the site model.
 */
import { calculatorLimits, type CalculatorLimits } from '../../calculators/limits';
import { planContext, type PlanContext } from '../../calculators/context';
import type { SourceLookup } from '../../generators/calculators/findings';
import { citedSources } from '../../generators/calculators/page';
import { asOf } from '../../site/as-of';
import { contextPositions } from '../../generators/calculators/positions';
import { siteModel } from '../../site/model';

/** What a calculator needs at build time. */
export interface CalculatorInputs {
  limits: CalculatorLimits;
  context: PlanContext;
  sources: SourceLookup;
}

let cached: Promise<CalculatorInputs> | undefined;

/** Reads the limits, context and sources once per build; throws when data/limits.yaml lacks a limit the calculators need. */
export function calculatorInputs(): Promise<CalculatorInputs> {
  cached ??= (async () => {
    const model = await siteModel();
    const limits = calculatorLimits(model.limits);
    const positions = contextPositions(model, asOf());
    const context = { ...planContext(model.plugins, model.policyEngines, asOf(), model.configurations), ...(positions.length ? { positions } : {}) };
    const sources = citedSources(limits, context, (id) => {
      const s = model.sourceById.get(id);
      return s ? { title: s.data.title, url: s.data.url } : undefined;
    });
    return { limits, context, sources };
  })();
  return cached;
}
