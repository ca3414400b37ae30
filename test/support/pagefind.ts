import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { SEARCH_RANKING } from '../../src/site/search-ranking';
import { DIST } from './dist';

/** A search result with its fragment loaded. */
export interface SearchHit {
  url: string;
  title: string;
  excerpt: string;
  subResults: { url: string; title: string }[];
  filters: Record<string, string[]>;
}

/** The part of the Pagefind JS API the tests use. */
interface PagefindApi {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(q: string, o?: Record<string, unknown>): Promise<{ results: { id: string; data(): Promise<Record<string, any>> }[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

const loaded = new Map<string, Promise<PagefindApi>>();
let fetchShimmed = false;

/**
 * Loads dist/pagefind/pagefind.js in Node. Pagefind fetches its index files relative to its own URL,
 * so `fetch` is wrapped to answer file: URLs from disk.
 */
export function loadPagefind(dist = DIST): Promise<PagefindApi> {
  const cached = loaded.get(dist);
  if (cached) return cached;
  const api = (async () => {
    if (!fetchShimmed) {
      fetchShimmed = true;
      const realFetch = globalThis.fetch;
      globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
        const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
        if (url.startsWith('file:')) return new Response(fs.readFileSync(new URL(url)));
        return realFetch(input, init);
      }) as typeof fetch;
    }
    // A query string makes each dist's pagefind.js a module of its own.
    const entry = pathToFileURL(path.join(dist, 'pagefind', 'pagefind.js')).href + `?dist=${encodeURIComponent(dist)}`;
    const pagefind = (await import(/* @vite-ignore */ entry)) as PagefindApi;
    await pagefind.options({ basePath: pathToFileURL(path.join(dist, 'pagefind') + '/').href, baseUrl: '/', ranking: SEARCH_RANKING });
    await pagefind.init();
    return pagefind;
  })();
  loaded.set(dist, api);
  return api;
}

/** Runs a query and returns the first `limit` hits with their data. */
export async function search(query: string, limit = 5, options: Record<string, unknown> = {}, dist?: string): Promise<SearchHit[]> {
  const pagefind = await loadPagefind(dist);
  const { results } = await pagefind.search(query, options);
  const hits = await Promise.all(results.slice(0, limit).map((r) => r.data()));
  return hits.map((h) => ({
    url: h.url,
    title: h.meta?.title ?? '',
    excerpt: h.excerpt ?? '',
    subResults: (h.sub_results ?? []).map((s: { url: string; title: string }) => ({ url: s.url, title: s.title })),
    filters: h.filters ?? {},
  }));
}
