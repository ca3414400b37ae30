import type { Model } from '../model/model';

/** A cited source as links show it. */
export interface SourceRef {
  id: string;
  title: string;
  url: string;
  publisher: string;
  date: string;
  updated?: string;
}

/** Resolves source ids to what a citation shows; ids are checked by the sources-resolve rule. */
export function sourceRefs(model: Model, ids: readonly string[]): SourceRef[] {
  return ids.flatMap((id) => {
    const source = model.sourceById.get(id);
    if (!source) return [];
    const { title, url, publisher, date, updated } = source.data;
    return [{ id, title, url, publisher, date, ...(updated ? { updated } : {}) }];
  });
}
