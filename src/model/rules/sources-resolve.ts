import type { Rule } from './rule';

/** Every `sources` list anywhere in the data names an entry of data/sources.yaml. */
export const sourcesResolve: Rule = {
  name: 'sources-resolve',
  description: 'every source id cited anywhere exists in data/sources.yaml',
  check(model, report) {
    const entities = [...model.properties, ...model.plugins, ...model.configurations, ...model.policyEngines, ...model.decisions, ...model.limits, ...model.glossary, ...model.settings, ...model.errors];
    for (const entry of entities) {
      walk(entry.data, [], (path, ids) => {
        ids.forEach((id, index) => {
          if (!model.sourceById.has(id)) {
            report(entry, [...path, index], `unknown source id "${id}"; add it to data/sources.yaml or cite an existing id`);
          }
        });
      });
    }
  },
};

function walk(value: unknown, path: (string | number)[], visit: (path: (string | number)[], ids: string[]) => void): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => walk(item, [...path, i], visit));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'sources' && Array.isArray(child) && child.every((c) => typeof c === 'string')) {
        visit([...path, key], child as string[]);
      } else {
        walk(child, [...path, key], visit);
      }
    }
  }
}
