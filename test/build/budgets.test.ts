import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { dataLocations, loadModel } from '../../src/model';
import { DIST, ensureDist, readPage } from '../support/dist';
import { builtPages } from '../support/html';
import { gzipSize, pageScripts, scriptClosure } from '../support/page-scripts';

beforeAll(() => ensureDist());

const model = loadModel(dataLocations());
const KB = 1024;

/** Page-specific scripts a page may load, by a marker each script's code contains. */
function allowedMarkers(url: string): string[] {
  if (/^\/(plugins|policy-engines|configurations)\/[^/]+\/$/.test(url)) return ['data-copy-link'];
  if (url === '/compare/') return ['data-compare-controls', 'data-copy-link'];
  if (url === '/limitations/') return ['data-limitation-filters'];
  if (url === '/glossary/') return ['data-glossary-filter'];
  if (url === '/search/') return ['data-search-form'];
  if (url.startsWith('/calculators/') && url !== '/calculators/') return ['*'];
  if (url === '/decide/' || url.startsWith('/guides/')) return ['*'];
  const term = /^\/glossary\/([^/]+)\/$/.exec(url)?.[1];
  if (term && model.glossaryById.get(term)?.data.calculator) return ['*'];
  return [];
}

describe('performance budgets over dist/', () => {
  const pages = builtPages().filter((p) => p.file.endsWith('index.html') && !fs.readFileSync(p.file, 'utf8').includes('http-equiv="refresh"'));
  // The site shell every page loads: Starlight's own scripts (search, theme, table of contents).
  const shell = new Set(pageScripts(readPage('/plugins/')));

  it('content pages load only the site shell (search); other pages only their own feature scripts', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const page of pages) {
      const html = fs.readFileSync(page.file, 'utf8');
      const extra = pageScripts(html).filter((s) => !shell.has(s));
      checked += extra.length;
      const allowed = allowedMarkers(page.url);
      for (const script of extra) {
        if (allowed.includes('*')) continue;
        const code = [...scriptClosure([script])].map((f) => fs.readFileSync(path.join(DIST, f), 'utf8')).join('\n');
        if (!allowed.some((marker) => code.includes(marker))) problems.push(`${page.url} loads ${script}`);
      }
    }
    expect(problems).toEqual([]);
    expect(checked, 'pages with features do load their scripts').toBeGreaterThan(0);
  });

  it('no page ships more than 20 KB gzipped of its own JavaScript', () => {
    const shellClosure = scriptClosure([...shell]);
    const over: string[] = [];
    for (const page of pages) {
      const own = [...scriptClosure(pageScripts(fs.readFileSync(page.file, 'utf8')))].filter((s) => !shellClosure.has(s));
      const size = gzipSize(own);
      if (size > 20 * KB) over.push(`${page.url}: ${(size / KB).toFixed(1)} KB`);
    }
    expect(over).toEqual([]);
  });

  it('no page loads a Mermaid runtime: diagrams arrive as SVG', () => {
    const runtime = fs.readdirSync(path.join(DIST, '_astro')).filter((f) => f.endsWith('.js') && /mermaidAPI|flowchart-v2|mermaid\.initialize/.test(fs.readFileSync(path.join(DIST, '_astro', f), 'utf8')));
    expect(runtime).toEqual([]);
  });

  it('HTML stays under 60 KB gzipped per page', () => {
    const over = pages
      .map((p) => ({ url: p.url, size: zlib.gzipSync(fs.readFileSync(p.file), { level: 9 }).length }))
      .filter((p) => p.size > 60 * KB)
      .map((p) => `${p.url}: ${(p.size / KB).toFixed(1)} KB`);
    expect(over).toEqual([]);
  });
});
