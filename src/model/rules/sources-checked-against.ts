import { sourceFile } from '../source-files';
import type { Rule } from './rule';

/**
 * A source published from a watched repository (the AKS docs, the AKS release notes) says which
 * snapshot of it was read, so `lastVerified` means what it says and `sources:check` knows where to
 * start; the snapshot cannot be newer than the day it was read.
 */
export const sourcesCheckedAgainst: Rule = {
  name: 'sources-checked-against',
  description: 'sources from the AKS docs and release notes record the repository snapshot they were checked against',
  check(model, report) {
    for (const source of model.sources) {
      const file = sourceFile(source.data.url);
      const checked = source.data.checkedAgainst;
      if (file && !checked) {
        report(source, ['checkedAgainst'], `is required for ${file.repo} documents: add { repo: ${file.repo}, commit: <commit read>, date: <its date> }`);
        continue;
      }
      if (!checked) continue;
      if (file && checked.repo !== file.repo) {
        report(source, ['checkedAgainst', 'repo'], `"${checked.repo}" is not where ${source.data.url} is written; expected ${file.repo}`);
      }
      if (checked.date && checked.date > source.data.lastVerified) {
        report(source, ['checkedAgainst', 'date'], `${checked.date} is after lastVerified ${source.data.lastVerified}; a snapshot cannot be read before it exists`);
      }
    }
  },
};
