import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { limitationRecords } from '../generators/search-records';
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
 * Builds the Pagefind index: every page plus one record per limitation, so a search for a limitation
 * lands on its anchor. Prints the size of the index.
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
          const { page_count } = check(await index.addDirectory({ path: fileURLToPath(dir) }));
          const records = limitationRecords(loadModel(dataLocations()));
          for (const record of records) check(await index.addCustomRecord(record));
          const output = fileURLToPath(new URL('./pagefind/', dir));
          fs.rmSync(output, { recursive: true, force: true });
          check(await index.writeFiles({ outputPath: output }));
          const { bytes, files } = folderSize(output);
          logger.info(
            `search index: ${page_count} pages + ${records.length} limitation records, ${files} files, ${(bytes / 1024).toFixed(0)} KiB ` +
              `(${Math.round(performance.now() - started)} ms)`,
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
