import type { Loader } from 'astro/loaders';
import { DataError } from './data-issue';
import { dataLocations } from './locations';
import { readCollection, type CollectionName } from './read';

/**
 * An Astro content loader over the model's own reader, so the site and `npm run lint:data` parse the
 * data with one YAML parser and report problems with the same messages.
 */
export function dataCollectionLoader(name: Exclude<CollectionName, 'glossary'>): Loader {
  return {
    name: `field-manual-${name}`,
    load: async ({ store, parseData }) => {
      const { entries, issues } = readCollection(name, dataLocations());
      if (issues.length > 0) throw new DataError(issues);
      store.clear();
      for (const entry of entries) {
        const data = await parseData({ id: entry.id, data: entry.data as Record<string, unknown> });
        store.set({ id: entry.id, data, filePath: entry.file });
      }
    },
  };
}
