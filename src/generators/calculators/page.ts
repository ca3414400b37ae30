/**
 * Build-time view of one calculator: its form with the worked example filled in, the result of that
 * example computed with the same library the browser uses, the flags, the CLI line, and the JSON the
 * page embeds so its script can recompute without any request.
 */
import { CALCULATORS, type CalculatorLimits, type CalculatorName, type PlanContext } from '../../calculators';
import { fmt, RULE_SOURCES } from '../../calculators/findings';
import { cliCommand } from './cli';
import { exampleValues, fieldErrors, formInput, type FieldErrors, type FieldSpec, type FormValues } from './form';
import type { SourceLink, SourceLookup } from './findings';
import type { FlagsView } from './flags';
import { PRESENTERS } from './registry';
import { specWithLimits } from '../limit-text';
import { positionSources } from './positions';
import { CALCULATOR_SPECS, type Bound, type CalculatorSpec } from './specs';
import type { ResultView } from './view';

/** Calculators that read plugin and policy engine data (retirements, plugin names, migrations). */
export const NEEDS_CONTEXT: ReadonlySet<CalculatorName> = new Set(['overlay', 'kubenet', 'compare-all', 'network-profile', 'cluster-review']);

/** Calculators that also read limitations and configurations (the review links them). */
const NEEDS_LIMITATIONS: ReadonlySet<CalculatorName> = new Set(['cluster-review']);
/** Calculators that flag an organisation's positions on what a running cluster uses. */
const NEEDS_POSITIONS: ReadonlySet<CalculatorName> = new Set(['network-profile', 'cluster-review']);

/** What the page embeds for its script: everything needed to recompute offline. */
export interface CalculatorData {
  name: CalculatorName;
  title: string;
  fields: FieldSpec[];
  limits: CalculatorLimits;
  context?: PlanContext;
  sources: SourceLookup;
}

/** A form field as the component renders it. */
export interface FieldView extends FieldSpec {
  id: string;
  hintId: string;
  errorId: string;
  /** The hint with the accepted range, e.g. "... Whole number, 1 to 5,000." */
  hintText: string;
  value: string;
  errors: string[];
}

/** Everything a calculator component renders. */
export interface CalculatorPageView {
  spec: CalculatorSpec;
  idPrefix: string;
  fields: FieldView[];
  values: FormValues;
  result: ResultView;
  flags: FlagsView | null;
  errors: FieldErrors;
  /** The same calculation on the command line. */
  cli: string;
  data: CalculatorData;
  /** `data` as JSON that is safe inside a `<script type="application/json">` element. */
  dataJson: string;
}

function resolve(bound: Bound, limits: CalculatorLimits): number {
  return typeof bound === 'number' ? bound : (limits[bound] as number);
}

/** The source ids the limits and context can cite, resolved through `lookup`. */
export function citedSources(limits: CalculatorLimits, context: PlanContext | undefined, lookup: (id: string) => SourceLink | undefined): SourceLookup {
  const ids = new Set<string>([...Object.values(limits.refs).flatMap((r) => r.sources), ...Object.values(RULE_SOURCES)]);
  for (const subject of [...(context?.plugins ?? []), ...(context?.policyEngines ?? [])]) {
    for (const r of subject.status.retirements ?? []) r.sources.forEach((id) => ids.add(id));
  }
  for (const p of context?.plugins ?? []) for (const m of p.migrations ?? []) m.sources.forEach((id) => ids.add(id));
  const out: Record<string, SourceLink> = {};
  for (const id of [...ids].sort()) {
    const s = lookup(id);
    if (s) out[id] = { title: s.title, url: s.url };
  }
  return out;
}

/**
 * The context without what the calculators never read (notes, status sources, and limitations and
 * configurations unless the calculator links them), to keep pages small.
 */
export function slimContext(context: PlanContext, options: { limitations?: boolean; positions?: boolean } = {}): PlanContext {
  const status = (s: PlanContext['plugins'][number]['status']) => ({ state: s.state, ...(s.retirements ? { retirements: s.retirements.map((r) => ({ date: r.date, scope: r.scope, sources: [...r.sources] })) } : {}) });
  const limitations = (list: PlanContext['plugins'][number]['limitations']) => (options.limitations && list && list.length > 0 ? { limitations: list } : {});
  const migrations = (list: PlanContext['plugins'][number]['migrations']) => {
    const kept = (list ?? []).filter((m) => m.method === 'in-place' && m.command);
    return kept.length > 0 ? { migrations: kept } : {};
  };
  return {
    plugins: context.plugins.map((p) => ({ id: p.id, ...(p.name ? { name: p.name } : {}), ...(p.kind ? { kind: p.kind } : {}), networkProfile: p.networkProfile, status: status(p.status), ...migrations(p.migrations), ...limitations(p.limitations) })),
    policyEngines: context.policyEngines.map((e) => ({ id: e.id, ...(e.name ? { name: e.name } : {}), networkPolicy: e.networkPolicy, status: status(e.status), ...limitations(e.limitations) })),
    ...(options.limitations && context.configurations ? { configurations: context.configurations } : {}),
    ...(context.today ? { today: context.today } : {}),
    ...(options.positions && context.positions?.length ? { positions: context.positions } : {}),
  };
}

/** Serialises data for a `<script type="application/json">`: `<` is escaped so no `</script>` can end it early. */
export function scriptJson(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** Builds the view of one calculator for its worked example (or for `values`, e.g. in tests). */
export function calculatorPageView(
  name: CalculatorName,
  limits: CalculatorLimits,
  context: PlanContext | undefined,
  pageSources: SourceLookup,
  options: { idPrefix?: string; values?: FormValues } = {},
): CalculatorPageView {
  let sources = pageSources;
  const spec = specWithLimits(CALCULATOR_SPECS[name], limits);
  const idPrefix = options.idPrefix ?? `calc-${name}`;
  const fields: FieldSpec[] = spec.fields.map(({ bounds: _bounds, ...f }) => f);
  const values = options.values ?? exampleValues(fields);
  const ctx = NEEDS_CONTEXT.has(name) && context ? slimContext(context, { limitations: NEEDS_LIMITATIONS.has(name), positions: NEEDS_POSITIONS.has(name) }) : undefined;
  // A position finding links the organisation's position on the subject's page.
  if (ctx?.positions) sources = { ...sources, ...positionSources(ctx.positions) };
  const raw = CALCULATORS[name](formInput(fields, values), limits, ctx);
  const presenter = PRESENTERS[name];
  const errors = fieldErrors(fields, raw.ok ? [] : raw.errors);
  const fieldViews = spec.fields.map(({ bounds, ...f }) => {
    const range = bounds ? ` Whole number, ${fmt(resolve(bounds.min, limits))} to ${fmt(resolve(bounds.max, limits))}.` : '';
    const id = `${idPrefix}-${f.name}`;
    return { ...f, id, hintId: `${id}-hint`, errorId: `${id}-error`, hintText: `${f.hint}${range}`, value: values[f.name] ?? '', errors: errors.byField[f.name] ?? [] };
  });
  // The script gets the field specs with the resolved hints, so its Markdown matches the page.
  const dataFields = fieldViews.map((f): FieldSpec => ({
    name: f.name,
    label: f.label,
    hint: f.hintText,
    kind: f.kind,
    example: f.example,
    ...(f.placeholder ? { placeholder: f.placeholder } : {}),
    ...(f.required ? { required: true } : {}),
    ...(f.columns ? { columns: f.columns } : {}),
  }));
  const data: CalculatorData = { name, title: spec.title, fields: dataFields, limits, ...(ctx ? { context: ctx } : {}), sources };
  return {
    spec,
    idPrefix,
    fields: fieldViews,
    values,
    result: presenter.view(raw, sources),
    flags: presenter.flags(raw),
    errors,
    cli: cliCommand(name, fields, values),
    data,
    dataJson: scriptJson(data),
  };
}
