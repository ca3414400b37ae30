/**
 * `npm run bench:lighthouse`: Lighthouse (performance, accessibility, best practices, SEO) with
 * Debian Chromium on one page of each kind of the built site; prints a table and exits 1 when a
 * score is below 95. Builds dist/ first when it is missing.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { BASE_PATH, href } from '../generators/href';
import { PAGE_KINDS } from '../site/page-kinds';
import { serveStatic } from './serve-static';

const DIST = path.resolve(process.env.FIELD_MANUAL_DIST ?? 'dist');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const MINIMUM = 95;

if (!fs.existsSync(path.join(DIST, 'index.html'))) {
  const result = spawnSync('npm', ['run', 'build', '--', '--outDir', DIST], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// Served under the base path the build was made for (SITE_BASE), as its host serves it.
const server = await serveStatic(DIST, { base: BASE_PATH });
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM,
  chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const rows: { kind: string; path: string; scores: number[] }[] = [];
try {
  for (const page of PAGE_KINDS) {
    const result = await lighthouse(`${server.url}${href(page.path)}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
    const categories = result?.lhr.categories ?? {};
    rows.push({ ...page, scores: CATEGORIES.map((c) => Math.round((categories[c]?.score ?? 0) * 100)) });
    process.stderr.write(`${page.kind}: ${rows.at(-1)!.scores.join(' / ')}\n`);
  }
} finally {
  await chrome.kill();
  await server.stop();
}

const header = ['page kind', 'path', ...CATEGORIES];
const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
console.log([line(header), line(header.map(() => '---')), ...rows.map((r) => line([r.kind, `\`${r.path}\``, ...r.scores]))].join('\n'));
const low = rows.flatMap((r) => r.scores.map((s, i) => ({ r, s, c: CATEGORIES[i] })).filter((x) => x.s < MINIMUM));
if (low.length) {
  console.log(`\nBelow ${MINIMUM}: ${low.map((x) => `${x.r.kind} ${x.c} ${x.s}`).join(', ')}`);
  process.exit(1);
}
