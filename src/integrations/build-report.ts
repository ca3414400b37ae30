import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import type { AstroIntegration } from 'astro';

/**
 * Prints what the build produced: pages, HTML and JavaScript totals and the largest page, so budget
 * drift shows in every build log. Only the largest page and the JavaScript are gzipped: gzipping
 * every page cost seconds per thousand pages, and the per-page gzip budget is a test (budgets.test.ts).
 */
export function buildReport(): AstroIntegration {
  return {
    name: 'field-manual:build-report',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        let pages = 0;
        const totals = { html: 0, js: 0, jsGz: 0 };
        let largest = { file: '', bytes: 0 };
        for (const entry of fs.readdirSync(root, { recursive: true, withFileTypes: true })) {
          if (!entry.isFile()) continue;
          const file = path.join(entry.parentPath, entry.name);
          const ext = path.extname(entry.name);
          if (ext === '.html') {
            const bytes = fs.statSync(file).size;
            pages++;
            totals.html += bytes;
            if (bytes > largest.bytes) largest = { file: path.relative(root, file), bytes };
          } else if (ext === '.js' && file.includes(`${path.sep}_astro${path.sep}`)) {
            const data = fs.readFileSync(file);
            totals.js += data.length;
            totals.jsGz += zlib.gzipSync(data).length;
          }
        }
        const kb = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
        const largestGz = largest.file ? zlib.gzipSync(fs.readFileSync(path.join(root, largest.file))).length : 0;
        logger.info(
          `${pages} HTML pages: ${kb(totals.html)}, largest ${largest.file} ${kb(largest.bytes)} (${kb(largestGz)} gzipped); ` +
            `site JavaScript: ${kb(totals.js)} (${kb(totals.jsGz)} gzipped)`,
        );
      },
    },
  };
}
