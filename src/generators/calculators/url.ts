/**
 * The calculator state in the URL query, so a result can be linked from a review: every field that is
 * not empty is written (a link keeps its inputs even if the worked example changes later), and a field
 * the reader cleared is written empty when the example fills it.
 */
import type { FieldSpec, FormValues } from './form';

/** Writes the form values as a query string without the leading `?`; '' when every field is empty and the example leaves it empty. */
export function valuesToQuery(fields: readonly FieldSpec[], values: FormValues): string {
  const params = new URLSearchParams();
  for (const f of fields) {
    const value = values[f.name] ?? '';
    if (f.kind === 'bool') {
      if (value === 'true' || f.example === 'true') params.set(f.name, value === 'true' ? 'true' : 'false');
    } else if (value !== '' || f.example !== '') {
      params.set(f.name, value);
    }
  }
  return params.toString();
}

/** True when the query names at least one field, i.e. it holds a calculator state to restore. */
export function hasState(fields: readonly FieldSpec[], query: string): boolean {
  const params = new URLSearchParams(query);
  return fields.some((f) => params.has(f.name));
}

/** Reads form values from a query string: fields it names take its value, the others the worked example's. */
export function queryToValues(fields: readonly FieldSpec[], query: string): FormValues {
  const params = new URLSearchParams(query);
  const values: FormValues = {};
  for (const f of fields) {
    const given = params.get(f.name);
    if (given === null) values[f.name] = f.example;
    else if (f.kind === 'bool') values[f.name] = ['true', '1', 'on', 'yes'].includes(given.toLowerCase()) ? 'true' : 'false';
    else values[f.name] = given;
  }
  return values;
}

/** Longest value a link keeps for one field: longer values are left out, so a link always reloads. */
export const LINK_VALUE_MAX = 4000;

/** Reduces a field's typed value to what a link may keep (e.g. pasted JSON without ids); '' drops it. */
export type LinkReducer = (value: string) => string;

/**
 * The values as a link and a copied Markdown keep them: each reduced by its field's reducer, and any
 * value still longer than LINK_VALUE_MAX left out; `dropped` names the fields that lost typed text.
 */
export function linkValues(fields: readonly FieldSpec[], values: FormValues, reducers: Readonly<Record<string, LinkReducer>> = {}): { values: FormValues; dropped: string[] } {
  const out: FormValues = {};
  const dropped: string[] = [];
  for (const f of fields) {
    const typed = values[f.name] ?? '';
    const reducer = reducers[f.name];
    let kept = reducer ? reducer(typed) : typed;
    if (kept.length > LINK_VALUE_MAX) kept = '';
    if (typed.trim() !== '' && kept === '') dropped.push(f.name);
    out[f.name] = kept;
  }
  return { values: out, dropped };
}
