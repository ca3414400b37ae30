import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { allPositions } from '../../src/generators/positions';
import { DEFAULT_URL } from '../../src/site/identity';
import { dataLocations, loadModel } from '../../src/model';
import { DIST, ensureDist } from '../support/dist';
import { attributeValues, builtPages } from '../support/html';
import { ensureOrgSite } from '../support/org-site';

/** A built site and where it is served from. */
interface Site {
  dist: string;
  /** Base path the site is served under, e.g. `/` or `/aks-field-manual/`. */
  base: string;
  /** SITE_URL of the build: absolute links to it are internal links. */
  origin: string;
  dataDir: string;
}

/**
 * Both builds: the default one at the root, and the organisation build (its own origin, guidance
 * files, under SITE_BASE=/aks-field-manual/), where every internal link must carry the base path.
 */
const SITES: { name: string; build(): Site }[] = [
  { name: 'the default build', build: () => (ensureDist(), { dist: DIST, base: '/', origin: DEFAULT_URL, dataDir: path.resolve('data') }) },
  { name: 'the organisation build under /aks-field-manual/', build: () => ensureOrgSite() },
];

/** The file a URL path of the site serves, or undefined; paths outside the base path serve nothing. */
function fileFor(site: Site, urlPath: string): string | undefined {
  if (!urlPath.startsWith(site.base)) return undefined;
  const clean = decodeURIComponent(urlPath.slice(site.base.length - 1).split('?')[0]!);
  const candidates = clean.endsWith('/')
    ? [path.join(site.dist, clean, 'index.html'), path.join(site.dist, clean.replace(/\/$/, '') + '.html')]
    : [path.join(site.dist, clean), path.join(site.dist, clean, 'index.html'), path.join(site.dist, clean + '.html')];
  return candidates.find((f) => fs.existsSync(f) && fs.statSync(f).isFile());
}

const idCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idCache.get(file);
  if (!ids) {
    const html = fs.readFileSync(file, 'utf8');
    ids = new Set([...attributeValues(html, 'id'), ...attributeValues(html, 'name')]);
    idCache.set(file, ids);
  }
  return ids;
}

describe.each(SITES)('links in $name', ({ build }) => {
  let site: Site;
  let pages: { url: string; file: string }[];
  beforeAll(() => {
    site = build();
    // Built pages by the URL they are served at: the base path, then their path in the folder.
    pages = builtPages(site.dist).map((p) => ({ url: site.base + p.url.slice(1), file: p.file }));
  });

  it('every internal href and #anchor resolves, under the base path', () => {
    const broken: string[] = [];
    for (const page of pages) {
      const html = fs.readFileSync(page.file, 'utf8');
      for (const href of [...attributeValues(html, 'href'), ...attributeValues(html, 'src')]) {
        if (/^(https?:|mailto:|data:|javascript:)/.test(href) && !href.startsWith(site.origin)) continue;
        const url = new URL(href, site.origin + page.url);
        if (url.origin !== site.origin) continue;
        const target = fileFor(site, url.pathname);
        if (!target) {
          broken.push(`${page.url}: ${href} (${url.pathname.startsWith(site.base) ? 'no such page or file' : `outside the base path ${site.base}`})`);
          continue;
        }
        const anchor = decodeURIComponent(url.hash.slice(1));
        if (anchor && anchor !== '_top' && target.endsWith('.html') && !idsOf(target).has(anchor)) broken.push(`${page.url}: ${href} (no #${anchor} on the page)`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('external links appear only where a source is cited or an organisation\'s position links', () => {
    const model = loadModel(dataLocations(process.cwd(), { FIELD_MANUAL_DATA: site.dataDir }));
    const allowed = new Set([...model.sources.map((s) => s.data.url), ...allPositions(model, '0000-01-01').flatMap((p) => p.links.map((l) => l.url))]);
    const uncited = new Set<string>();
    for (const page of pages) {
      const html = fs.readFileSync(page.file, 'utf8');
      for (const href of attributeValues(html, 'href')) {
        if (/^https?:/.test(href) && !href.startsWith(site.origin) && !allowed.has(href)) uncited.add(`${page.url}: ${href}`);
      }
    }
    expect([...uncited]).toEqual([]);
  });

  it('no word is glued to a link (a space lost between template lines)', () => {
    const glued: string[] = [];
    for (const page of pages) {
      const html = fs.readFileSync(page.file, 'utf8');
      for (const m of html.matchAll(/<\/a>([A-Za-z]+)/g)) glued.push(`${page.url}: </a>${m[1]}`);
    }
    expect(glued).toEqual([]);
  });
});
