import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { limitationRecords, pairRecords, settingRecords } from '../generators/search-records';
import { dataLocations, loadModel } from '../model';

/** Total bytes of the files under a folder. */
function folderSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) {
      bytes += fs.statSync(path.join(entry.parentPath, entry.name)).size;
      files++;
    }
  }
  return { bytes, files };
}

/**
 * Starlight runs Pagefind over the built site in its `astro:build:done` hook, and does nothing else
 * there. The site is indexed once, by `searchIndex()` (which adds the limitation records), so this
 * drops Starlight's pass: indexing twice cost a second full read of every page.
 */
export function withoutStarlightIndexing(integration: AstroIntegration): AstroIntegration {
  const { 'astro:build:done': indexing, ...hooks } = integration.hooks;
  if (!indexing) throw new Error(`${integration.name} has no astro:build:done hook to replace: check how this Starlight version builds its search index`);
  return { ...integration, hooks };
}

/**
 * The glob of the pages Pagefind reads from dist/: every HTML file except the pair pages, whose
 * records are built from the data (pairRecords). Fails if a folder that holds pair pages also holds
 * another page, which the glob would leave out of the search.
 */
export function pageGlob(root: string, pairUrls: readonly string[]): string {
  const pairDirs = new Set(pairUrls.map((url) => url.split('/')[1]!));
  const pairs = new Set(pairUrls);
  const parts = ['*.html'];
  for (const entry of fs.readdirSync(root, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    if (!pairDirs.has(entry.name)) {
      parts.push(`${entry.name}/**/*.html`);
      continue;
    }
    parts.push(`${entry.name}/*.html`);
    for (const sub of fs.readdirSync(path.join(root, entry.name), { withFileTypes: true })) {
      if (sub.isDirectory() && !pairs.has(`/${entry.name}/${sub.name}/`)) {
        throw new Error(`search index: dist/${entry.name}/${sub.name}/ is not a pair page, but pages under ${entry.name}/ are indexed from the data; move the page or index it`);
      }
    }
  }
  return `{${parts.join(',')}}`;
}

/**
 * Builds the Pagefind index: every page plus one record per limitation, so a search for a limitation
 * lands on its anchor, and one per pair page. Prints the size of the index.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'field-manual:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const check = <T extends { errors: string[] }>(response: T): T => {
          if (response.errors.length) throw new Error(`Pagefind: ${response.errors.join('; ')}`);
          return response;
        };
        try {
          const { index } = check(await pagefind.createIndex({ forceLanguage: 'en' }));
          if (!index) throw new Error('Pagefind created no index');
          const model = loadModel(dataLocations());
          const pairs = pairRecords(model);
          const root = fileURLToPath(dir);
          const { page_count } = check(await index.addDirectory({ path: root, glob: pageGlob(root, pairs.map((p) => p.url)) }));
          const records = [...limitationRecords(model), ...settingRecords(model)];
          // Sent in batches: one round trip to the Pagefind service per record is slow with tens of thousands.
          const all = [...records, ...pairs];
          for (let i = 0; i < all.length; i += 500) {
            for (const response of await Promise.all(all.slice(i, i + 500).map((r) => index.addCustomRecord(r)))) check(response);
          }
          const output = fileURLToPath(new URL('./pagefind/', dir));
          fs.rmSync(output, { recursive: true, force: true });
          check(await index.writeFiles({ outputPath: output }));
          const { bytes, files } = folderSize(output);
          logger.info(
            `search index: ${page_count} pages + ${records.length} limitation and setting records + ${pairs.length} pair pages from the data, ${files} files, ${(bytes / 1024).toFixed(0)} KiB ` +
              `(${Math.round(performance.now() - started)} ms)`,
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
