import type { Model } from '../model/model';
import type { Entry } from '../model/read';

/** Where a fact cites a source: the data file, the field path of its `sources` list, and the limitation id when it is one. */
export interface Citation {
  file: string;
  path: string;
  limitation?: string;
}

/** Every place in the data that cites each source id, in the order the model lists entities. */
export function citationsBySource(model: Model): Map<string, Citation[]> {
  const found = new Map<string, Citation[]>();
  const entities: Entry<unknown>[] = [
    ...model.plugins,
    ...model.configurations,
    ...model.policyEngines,
    ...model.properties,
    ...model.limits,
    ...model.decisions,
    ...model.glossary,
  ];
  for (const entry of entities) {
    const limitations = (entry.data as { limitations?: { id: string }[] }).limitations;
    walk(entry.data, [...entry.pathPrefix], (path, ids) => {
      const at = path.indexOf('limitations');
      const limitation = at >= 0 && typeof path[at + 1] === 'number' ? limitations?.[path[at + 1] as number]?.id : undefined;
      for (const id of ids) {
        const list = found.get(id) ?? [];
        list.push({ file: entry.file, path: joinPath(path), ...(limitation ? { limitation } : {}) });
        found.set(id, list);
      }
    });
  }
  return found;
}

function joinPath(path: readonly (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${p}`)).join('');
}

function walk(value: unknown, path: (string | number)[], visit: (path: (string | number)[], ids: string[]) => void): void {
  if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i], visit));
  else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'sources' && Array.isArray(child) && child.every((c) => typeof c === 'string')) visit([...path, key], child as string[]);
      else walk(child, [...path, key], visit);
    }
  }
}
