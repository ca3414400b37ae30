import type { DataIssue } from '../data-issue';
import type { Model } from '../model';
import type { Entry } from '../read';

/** Records a problem at a field of an entity; the file and line come from the entry. */
export type Report = (entry: Entry<unknown>, path: readonly (string | number)[], message: string) => void;

/** One integrity rule: a name that appears in messages and a check over the whole model. */
export interface Rule {
  name: string;
  /** What the rule guarantees, in one sentence. */
  description: string;
  check(model: Model, report: Report): void;
}

/** Runs rules over a model and returns what they report, with file, line and field path filled in. */
export function runRules(model: Model, rules: readonly Rule[]): DataIssue[] {
  const issues: DataIssue[] = [];
  for (const rule of rules) {
    rule.check(model, (entry, path, message) => {
      const fullPath = [...entry.pathPrefix, ...path];
      issues.push({
        file: entry.file,
        line: entry.lineOf(path),
        path: fullPath.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${p}`)).join(''),
        message,
        rule: rule.name,
      });
    });
  }
  return issues;
}
