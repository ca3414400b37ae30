import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { dataLocations, loadModel } from '../../src/model';
import { DIST, ensureDist } from '../support/dist';
import { attributeValues, builtPages } from '../support/html';

beforeAll(() => ensureDist());

const SITE_ORIGIN = 'http://localhost:4321';

/** The file a site-relative URL path serves, or undefined. */
function fileFor(urlPath: string): string | undefined {
  const clean = decodeURIComponent(urlPath.split('?')[0]!);
  const candidates = clean.endsWith('/')
    ? [path.join(DIST, clean, 'index.html'), path.join(DIST, clean.replace(/\/$/, '') + '.html')]
    : [path.join(DIST, clean), path.join(DIST, clean, 'index.html'), path.join(DIST, clean + '.html')];
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

describe('links in dist/', () => {
  const pages = builtPages();
  const sources = new Set(loadModel(dataLocations()).sources.map((s) => s.data.url));

  it('every internal href and #anchor resolves', () => {
    const broken: string[] = [];
    for (const page of pages) {
      const html = fs.readFileSync(page.file, 'utf8');
      for (const href of [...attributeValues(html, 'href'), ...attributeValues(html, 'src')]) {
        if (/^(https?:|mailto:|data:|javascript:)/.test(href) && !href.startsWith(SITE_ORIGIN)) continue;
        const url = new URL(href, SITE_ORIGIN + page.url);
        if (url.origin !== SITE_ORIGIN) continue;
        const target = fileFor(url.pathname);
        if (!target) {
          broken.push(`${page.url}: ${href} (no such page or file)`);
          continue;
        }
        const anchor = decodeURIComponent(url.hash.slice(1));
        if (anchor && anchor !== '_top' && target.endsWith('.html') && !idsOf(target).has(anchor)) broken.push(`${page.url}: ${href} (no #${anchor} on the page)`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('external links appear only where a source is cited', () => {
    const uncited = new Set<string>();
    for (const page of pages) {
      const html = fs.readFileSync(page.file, 'utf8');
      for (const href of attributeValues(html, 'href')) {
        if (/^https?:/.test(href) && !href.startsWith(SITE_ORIGIN) && !sources.has(href)) uncited.add(`${page.url}: ${href}`);
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
