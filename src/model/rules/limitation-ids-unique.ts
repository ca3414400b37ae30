import type { Rule } from './rule';

/** Limitation ids are anchors on their page, so they may not repeat within a plugin or engine. */
export const limitationIdsUnique: Rule = {
  name: 'limitation-ids-unique',
  description: 'limitation ids are unique within each plugin and policy engine',
  check(model, report) {
    for (const entry of [...model.plugins, ...model.policyEngines]) {
      const seen = new Map<string, number>();
      entry.data.limitations.forEach((limitation, index) => {
        const first = seen.get(limitation.id);
        if (first !== undefined) {
          report(entry, ['limitations', index, 'id'], `limitation id "${limitation.id}" is already used at limitations[${first}]; ids are URL anchors and must be unique`);
        } else {
          seen.set(limitation.id, index);
        }
      });
    }
  },
};
