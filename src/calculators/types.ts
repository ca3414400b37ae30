/** How serious a finding is: error = the plan does not work, warning = it works but is risky, info = context. */
export type Severity = 'error' | 'warning' | 'info';

/** One thing a calculator noticed, with the rule's origin so a reader can check it. */
export interface Finding {
  /** Stable kebab-case code, e.g. `reserved-range`, for tests and for styling. */
  code: string;
  severity: Severity;
  /** What is wrong (or worth knowing) in one sentence, citing its source as `(source: id, ...)`. */
  message: string;
  /** Id of the entry in data/limits.yaml the rule comes from, when there is one. */
  source?: string;
  /** Ids of entries in data/sources.yaml that back the rule. */
  sources?: string[];
  /** The input field the finding is about, when there is one. */
  field?: string;
}

/** A problem with the input itself: the field it is about and what is expected instead. */
export interface InputError {
  /** Field name as written in the input, e.g. `maxPods` or `vnetCidrs[1]`; `input` for the whole input. */
  field: string;
  /** Says what is wrong and what is expected, starting with the field name. */
  message: string;
}

/** The result of a calculator that could not compute because the input is invalid. */
export interface CalculatorFailure {
  ok: false;
  calculator: string;
  errors: InputError[];
  /** The same problems as error findings, so a page can render every result the same way. */
  findings: Finding[];
}

/** The result of a calculator that computed: its numbers plus findings. */
export type CalculatorSuccess<T> = { ok: true; calculator: string; findings: Finding[] } & T;

/** Either the computed numbers with findings, or the input errors. */
export type CalculatorResult<T> = CalculatorSuccess<T> | CalculatorFailure;

/** Turns input errors into a failure result whose findings mirror the errors. */
export function failure(calculator: string, errors: InputError[]): CalculatorFailure {
  return {
    ok: false,
    calculator,
    errors,
    findings: errors.map((e) => ({ code: 'invalid-input', severity: 'error', message: e.message, field: e.field })),
  };
}
