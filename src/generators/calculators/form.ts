/**
 * The calculator forms as data: which fields a calculator has, how the text a reader types becomes the
 * calculator's raw input, and which field each input error belongs to. Pure: used at build time by the
 * components and in the browser by the calculator scripts.
 */
import type { InputError } from '../../calculators/types';
import { poolMessage, poolRows, type PoolColumn, type PoolRow } from './pool-rows';

export type { PoolColumn, PoolRow } from './pool-rows';
export { poolRows, poolRowsText } from './pool-rows';

/**
 * How a field is typed and converted: a whole number, a max surge (count or percentage), one address or
 * range, a list of ranges, a switch, JSON text, free text over several lines, or the further node pools.
 */
export type FieldKind = 'int' | 'surge' | 'cidr' | 'cidrs' | 'ip' | 'bool' | 'json' | 'text' | 'pools';

/** One input of a calculator form. */
export interface FieldSpec {
  /** The input key the calculator reads, e.g. `maxPods`; also the URL query parameter. */
  name: string;
  /** Reader-facing label, e.g. "Max pods per node". */
  label: string;
  /** One sentence under the label: what to enter and what the default means. */
  hint: string;
  kind: FieldKind;
  /** The worked example's value as typed in the form; '' for an empty field, 'true'/'false' for a switch. */
  example: string;
  /** Shown in an empty field, e.g. `10.240.0.0/16`. */
  placeholder?: string;
  /** True when the calculator cannot compute without it (shown next to the label). */
  required?: boolean;
  /** For a `pools` field: the columns each further pool has. */
  columns?: PoolColumn[];
}

/** The fields of the first pool, which the single-pool fields of the form hold. */
const FIRST_POOL_FIELDS = ['nodes', 'maxNodes', 'maxSurge', 'maxPods'] as const;

/** Converts one typed value of a pool column as the single-pool fields are converted. */
function poolValue(column: PoolColumn, text: string): unknown {
  return column === 'name' || column === 'subnet' || column === 'podSubnet' ? text : numberFromText(text);
}

/** Field values as typed, by field name. */
export type FormValues = Record<string, string>;

/** The worked example's values of a set of fields. */
export function exampleValues(fields: readonly FieldSpec[]): FormValues {
  return Object.fromEntries(fields.map((f) => [f.name, f.example]));
}

const WHOLE = /^[+-]?\d+$/;
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const THOUSANDS = /^[+-]?\d{1,3}([,_ ]\d{3})+$/;

/**
 * Converts a typed number: digits (with optional thousands separators) become a number, so the
 * calculator can check the range and wholeness; anything else (including numbers too large for a
 * double, such as 1e400) stays text so the calculator's message quotes what was typed.
 */
export function numberFromText(text: string): number | string {
  const t = text.trim();
  const plain = THOUSANDS.test(t) ? t.replace(/[,_ ]/g, '') : t;
  const n = WHOLE.test(plain) || DECIMAL.test(plain) ? Number(plain) : Number.NaN;
  // -0 is read as 0.
  return Number.isFinite(n) ? (n === 0 ? 0 : n) : t;
}

/** Splits a list of ranges typed with commas, spaces or new lines; one range stays a string. */
export function rangesFromText(text: string): string | string[] | undefined {
  const items = text.split(/[\s,]+/).filter((s) => s !== '');
  if (items.length === 0) return undefined;
  return items.length === 1 ? items[0] : items;
}

/**
 * Builds a calculator's raw input from the typed values: empty fields are left out so the calculator
 * applies its default (or says the field is required). A single `json` field is the whole input.
 */
export function formInput(fields: readonly FieldSpec[], values: FormValues): unknown {
  const [only] = fields;
  if (fields.length === 1 && only?.kind === 'json') return values[only.name] ?? '';
  const input: Record<string, unknown> = {};
  let rows: PoolRow[] = [];
  for (const field of fields) {
    const text = (values[field.name] ?? '').trim();
    if (field.kind === 'bool') {
      input[field.name] = text === 'true';
      continue;
    }
    if (field.kind === 'pools') {
      rows = poolRows(text);
      continue;
    }
    if (text === '') continue;
    if (field.kind === 'int' || field.kind === 'surge') input[field.name] = numberFromText(text);
    else if (field.kind === 'cidrs') input[field.name] = rangesFromText(text);
    else input[field.name] = text;
  }
  if (rows.length === 0) return input;
  // With further pools, the single-pool fields become the first of the pools.
  const first: Record<string, unknown> = { name: 'nodepool1' };
  for (const key of FIRST_POOL_FIELDS) {
    if (key in input) first[key] = input[key];
    delete input[key];
  }
  const more = rows.map((row) => Object.fromEntries(Object.entries(row).filter(([, v]) => v !== undefined && v.trim() !== '').map(([k, v]) => [k, poolValue(k as PoolColumn, (v ?? '').trim())])));
  return { pools: [first, ...more], ...input };
}

/**
 * The form field an input error is about: `vnetCidrs[1]` belongs to `vnetCidrs`, `networkProfile.podCidr`
 * to the only field of a one-field form; undefined when the error is about the whole input.
 */
export function fieldOfError(fields: readonly FieldSpec[], errorField: string): string | undefined {
  const pool = /^pools\[(\d+)\]\.([A-Za-z]+)$/.exec(errorField);
  if (pool && fields.some((f) => f.kind === 'pools')) {
    // The first pool is the single-pool fields; the others are rows of the pools field.
    const column = pool[2] ?? '';
    if (pool[1] === '0' && fields.some((f) => f.name === column)) return column;
    return fields.find((f) => f.kind === 'pools')?.name;
  }
  const base = errorField.replace(/\[\d+\]$/, '').split('.')[0] ?? '';
  if (fields.some((f) => f.name === base)) return base;
  return fields.length === 1 ? fields[0]?.name : undefined;
}

/** Input errors grouped by form field, plus the ones about the whole input. */
export interface FieldErrors {
  byField: Record<string, string[]>;
  general: string[];
}

/** Groups input errors by the form field they belong to, naming pools as the form shows them ("pool 2"). */
export function fieldErrors(fields: readonly FieldSpec[], errors: readonly InputError[]): FieldErrors {
  const out: FieldErrors = { byField: {}, general: [] };
  const editor = fields.some((f) => f.kind === 'pools');
  for (const e of errors) {
    const field = fieldOfError(fields, e.field);
    const message = editor ? poolMessage(e.message) : e.message;
    if (field === undefined) out.general.push(message);
    else (out.byField[field] ??= []).push(message);
  }
  return out;
}
