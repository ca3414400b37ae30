import { getCollection } from 'astro:content';
import { resolveModel, type Model } from '../model/model';
import type { CollectionName, Entry, RawData } from '../model/read';

let cached: Promise<Model> | undefined;

/**
 * The resolved model built from Astro's content collections, memoised for the build; the integrity
 * rules already ran in the data-check integration before any page renders.
 */
export function siteModel(): Promise<Model> {
  cached ??= (async () => {
    const names: CollectionName[] = ['sources', 'properties', 'limits', 'plugins', 'configurations', 'policyEngines', 'decisions', 'glossary', 'guidance', 'settings', 'errors'];
    const raw = {} as Record<CollectionName, Entry<unknown>[]>;
    for (const name of names) {
      const entries = await getCollection(name);
      raw[name] = entries.map((e) => ({ id: e.id, file: e.filePath ?? '', data: e.data, lineOf: () => undefined, pathPrefix: [] }));
    }
    return resolveModel(raw as RawData);
  })();
  return cached;
}
