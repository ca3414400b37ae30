import type { CalculatorLimits, LimitKey } from '../calculators/limits';
import { LIMIT_SPEC } from '../calculators/limits';
import type { CalculatorSpec } from './calculators/specs';

/**
 * Replaces `{limitKey}` tokens (e.g. `{kubenetMaxNodes}`) with the value from data/limits.yaml, so
 * explanatory text never types a limit; an unknown token throws, failing the build.
 */
export function fillLimits(text: string, limits: CalculatorLimits): string {
  return text.replace(/\{([A-Za-z0-9]+)\}/g, (token, key: string) => {
    if (!(key in LIMIT_SPEC)) throw new Error(`unknown limit token ${token} in "${text}"; expected one of ${Object.keys(LIMIT_SPEC).join(', ')}`);
    const value = limits[key as LimitKey] as unknown;
    if (Array.isArray(value)) return value.join(', ');
    return typeof value === 'number' ? value.toLocaleString('en-US') : String(value);
  });
}

/** A calculator spec with every limit token in its texts and field hints filled in. */
export function specWithLimits(spec: CalculatorSpec, limits: CalculatorLimits): CalculatorSpec {
  const fill = (t: string) => fillLimits(t, limits);
  return {
    ...spec,
    purpose: fill(spec.purpose),
    example: fill(spec.example),
    method: spec.method.map(fill),
    fields: spec.fields.map((f) => ({ ...f, hint: fill(f.hint), ...(f.placeholder ? { placeholder: fill(f.placeholder) } : {}) })),
  };
}
