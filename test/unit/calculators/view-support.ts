import { loadPlanContext } from '~/calculators/load-context';
import { citedSources } from '~/generators/calculators/page';
import { dataLocations, readCollection } from '~/model';
import { limits } from './helpers';

/** The real plugin and engine context, as of a fixed date so retirement wording is stable. */
export const context = loadPlanContext(undefined, '2026-11-22');

const sourceEntries = new Map(readCollection('sources', dataLocations()).entries.map((e) => [e.id, e]));

/** The real source lookup the pages embed. */
export const sources = citedSources(limits, context, (id) => {
  const s = sourceEntries.get(id);
  return s ? { title: s.data.title, url: s.data.url } : undefined;
});
