import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import type { AstroIntegration } from 'astro';

/**
 * Prints what the build produced: pages, HTML and JavaScript totals (raw and gzipped) and the
 * largest page, so budget drift shows in every build log.
 */
export function buildReport(): AstroIntegration {
  return {
    name: 'field-manual:build-report',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        let pages = 0;
        const totals = { html: 0, htmlGz: 0, js: 0, jsGz: 0 };
        let largest = { file: '', gz: 0 };
        for (const entry of fs.readdirSync(root, { recursive: true, withFileTypes: true })) {
          if (!entry.isFile()) continue;
          const file = path.join(entry.parentPath, entry.name);
          const ext = path.extname(entry.name);
          if (ext !== '.html' && !(ext === '.js' && file.includes(`${path.sep}_astro${path.sep}`))) continue;
          const data = fs.readFileSync(file);
          const gz = zlib.gzipSync(data).length;
          if (ext === '.html') {
            pages++;
            totals.html += data.length;
            totals.htmlGz += gz;
            if (gz > largest.gz) largest = { file: path.relative(root, file), gz };
          } else {
            totals.js += data.length;
            totals.jsGz += gz;
          }
        }
        const kb = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
        logger.info(
          `${pages} HTML pages: ${kb(totals.html)} (${kb(totals.htmlGz)} gzipped), largest ${largest.file} ${kb(largest.gz)} gzipped; ` +
            `site JavaScript: ${kb(totals.js)} (${kb(totals.jsGz)} gzipped)`,
        );
      },
    },
  };
}
