/**
 * Every public URL and anchor the site promises: the list `data/published-urls.txt` is generated from
 * and checked against. An entry is a site-root path (`/plugins/kubenet/`) or a path with an anchor
 * (`/plugins/kubenet/#max-400-nodes`), without the base path. Each kind of URL is one entry of
 * URL_KINDS; a new kind of page is one more entry there.
 */
import type { Model } from '../model/model';
import { CALCULATOR_SPECS } from './calculators/specs';
import { changeEntries } from './changes';
import { pluginPairs } from './comparison';
import { glossaryAliases } from './glossary-page';

/** What the model does not hold: the guides, read from content/guides by the caller. */
export interface PublishedUrlInputs {
  /** Slugs of the guides (`choosing-a-network-plugin` for content/guides/choosing-a-network-plugin.mdx). */
  guides: readonly string[];
}

/** One kind of public URL: a name for messages and the URLs of that kind. */
export interface UrlKind {
  name: string;
  urls(model: Model, inputs: PublishedUrlInputs): string[];
}

/** Every kind of public URL and anchor; add a kind here when a new kind of page is published. */
export const URL_KINDS: readonly UrlKind[] = [
  {
    name: 'index pages and exports',
    urls: () => ['/', '/plugins/', '/compare/', '/policy-engines/', '/limitations/', '/glossary/', '/calculators/', '/decide/', '/search/', '/changes/', '/changes.xml', '/data/plugins.json', '/data/comparison.csv'],
  },
  {
    // Lifted and moved limitations keep their anchors, so every limitation id in the file counts.
    name: 'plugins with their limitation and property anchors',
    urls: (model) =>
      model.plugins.flatMap((p) => {
        const page = `/plugins/${p.id}/`;
        return [page, ...p.data.limitations.map((l) => `${page}#${l.id}`), ...model.properties.map((property) => `${page}#property-${property.id}`)];
      }),
  },
  { name: 'pair pages', urls: (model) => pluginPairs(model).map((pair) => `/compare/${pair.slug}/`) },
  {
    name: 'policy engines with their limitation anchors',
    urls: (model) => model.policyEngines.flatMap((e) => [`/policy-engines/${e.id}/`, ...e.data.limitations.map((l) => `/policy-engines/${e.id}/#${l.id}`)]),
  },
  {
    name: 'glossary terms and aliases',
    urls: (model) => [...model.glossary.map((t) => `/glossary/${t.id}/`), ...glossaryAliases(model).map((a) => `/glossary/${a.slug}/`)],
  },
  { name: 'calculators', urls: () => Object.keys(CALCULATOR_SPECS).map((name) => `/calculators/${name}/`) },
  { name: 'guides', urls: (_model, inputs) => inputs.guides.map((slug) => `/guides/${slug}/`) },
  { name: 'changes', urls: (model) => changeEntries(model).map((c) => `/changes/#${c.anchor}`) },
  { name: 'configurations', urls: (model) => ['/configurations/', ...model.configurations.map((c) => `/configurations/${c.id}/`)] },
  { name: 'errors', urls: (model) => ['/errors/', ...model.errors.map((e) => `/errors/${e.id}/`)] },
  { name: 'settings with their anchors', urls: (model) => ['/settings/', ...model.settings.map((s) => `/settings/#${s.id}`)] },
];

/** Every public URL and anchor of the site built from this model, sorted, each once. */
export function publishedUrls(model: Model, inputs: PublishedUrlInputs): string[] {
  return [...new Set(URL_KINDS.flatMap((kind) => kind.urls(model, inputs)))].sort();
}

/** The entries of a published list that the site no longer has: each one a broken promise. */
export function missingPublishedUrls(listed: readonly string[], current: readonly string[]): string[] {
  const have = new Set(current);
  return listed.filter((entry) => !have.has(entry));
}

const HEADER = [
  '# Every public URL and anchor of the site: a promise to the reviews that link to them.',
  '# Generated from the data by `npm run urls:publish`, which only ever adds lines. `npm run lint:data` and',
  '# `npm run build` fail when a listed entry no longer exists: mark a limitation `lifted` or `movedTo`',
  '# instead of deleting it. Delete a line by hand only for a URL that was never meant to be public.',
];

/** Parses the list file: one entry a line; blank lines and `#` comments are skipped. */
export function parsePublishedList(text: string): { entry: string; line: number }[] {
  return text.split('\n').flatMap((raw, index) => {
    const entry = raw.trim();
    return entry && !entry.startsWith('#') ? [{ entry, line: index + 1 }] : [];
  });
}

/** The list file with the listed entries and the current ones merged: regenerating never drops a line. */
export function formatPublishedList(listed: readonly string[], current: readonly string[]): string {
  return [...HEADER, ...[...new Set([...listed, ...current])].sort(), ''].join('\n');
}
