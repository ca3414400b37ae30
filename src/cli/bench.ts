/**
 * `npm run bench`: builds the site on synthetic data scaled 1x, 10x and 50x (plugins, their
 * limitations and glossary terms copied under new ids), and a bare Starlight site with the same
 * number of plain pages, and prints pages, build seconds, seconds per page, the search index size
 * and our time per page as a ratio to bare Starlight. `--scales 1,10` picks the scales. Builds under a
 * minute count with the median of three runs. Each build's log is kept in .tmp/bench-logs/.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseDocument } from 'yaml';

const ROOT = process.cwd();
const ASTRO = path.join(ROOT, 'node_modules', '.bin', 'astro');
const args = process.argv.slice(2);
const scalesArg = args[args.indexOf('--scales') + 1];
const SCALES = args.includes('--scales') && scalesArg ? scalesArg.split(',').map(Number) : [1, 10, 50];

/** Copies data/ and the glossary, adding (scale - 1) renamed copies of every plugin and term. */
function syntheticData(scale: number, dir: string): { dataDir: string; glossaryDir: string } {
  const dataDir = path.join(dir, 'data');
  const glossaryDir = path.join(dir, 'glossary');
  fs.cpSync(path.join(ROOT, 'data'), dataDir, { recursive: true });
  fs.cpSync(path.join(ROOT, 'content', 'glossary'), glossaryDir, { recursive: true });
  const suffix = (i: number) => ` (synthetic ${i})`;
  for (const file of fs.readdirSync(path.join(dataDir, 'plugins')).filter((f) => !f.startsWith('_'))) {
    const text = fs.readFileSync(path.join(dataDir, 'plugins', file), 'utf8');
    for (let i = 1; i < scale; i++) {
      const doc = parseDocument(text);
      doc.set('name', `${doc.get('name')}${suffix(i)}`);
      doc.set('shortName', `${doc.get('shortName')}${suffix(i)}`);
      doc.set('aliases', (doc.toJS().aliases as string[]).map((a) => `${a}${suffix(i)}`));
      fs.writeFileSync(path.join(dataDir, 'plugins', file.replace(/\.yaml$/, `-s${i}.yaml`)), doc.toString());
    }
  }
  for (const file of fs.readdirSync(glossaryDir).filter((f) => f.endsWith('.mdx'))) {
    const text = fs.readFileSync(path.join(glossaryDir, file), 'utf8');
    const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
    for (let i = 1; i < scale; i++) {
      const doc = parseDocument(frontmatter);
      doc.set('title', `${doc.get('title')}${suffix(i)}`);
      doc.set('aliases', (doc.toJS().aliases as string[]).map((a) => `${a}${suffix(i)}`));
      fs.writeFileSync(path.join(glossaryDir, file.replace(/\.mdx$/, `-s${i}.mdx`)), `---\n${doc.toString()}---\n${body}`);
    }
  }
  return { dataDir, glossaryDir };
}

/** A bare Starlight project with `pages` plain Markdown pages. */
function bareStarlight(pages: number, dir: string): string {
  // Inside the project (under .tmp/, git-ignored) so it resolves the project's node_modules.
  fs.mkdirSync(path.join(dir, 'src', 'content', 'docs', 'pages'), { recursive: true });
  // Astro reads the dependencies to bundle Starlight's components rather than load them raw.
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
  const dependencies = { astro: pkg.devDependencies.astro, '@astrojs/starlight': pkg.devDependencies['@astrojs/starlight'] };
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'bare-starlight', private: true, type: 'module', dependencies }, null, 2));
  fs.writeFileSync(
    path.join(dir, 'astro.config.mjs'),
    // A short sidebar, as ours is: Starlight's default sidebar lists every page on every page,
    // which grows with the square of the page count and would measure the sidebar, not the pages.
    "import starlight from '@astrojs/starlight';\nimport { defineConfig } from 'astro/config';\nexport default defineConfig({ integrations: [starlight({ title: 'Bare', sidebar: [{ label: 'Home', link: '/' }] })] });\n",
  );
  fs.writeFileSync(
    path.join(dir, 'src', 'content.config.ts'),
    "import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n",
  );
  const paragraph = 'A plain page of the bare Starlight baseline, with a few sentences of text so that the search index has something to hold. '.repeat(8);
  for (let i = 0; i < pages; i++) {
    fs.writeFileSync(path.join(dir, 'src', 'content', 'docs', 'pages', `page-${i}.md`), `---\ntitle: Page ${i}\n---\n\n## Section\n\n${paragraph}\n\n## Another section\n\n${paragraph}\n`);
  }
  return dir;
}

/** Where each build's log goes, to see which phase took the time: .tmp/bench-logs/ (git-ignored). */
const LOG_DIR = path.join(ROOT, '.tmp', 'bench-logs');

/** Builds shorter than this run three times and count with their median time: a few seconds of noise is a large share of them. */
const REPEAT_BELOW_SECONDS = 60;

/**
 * Runs `astro build` (three times when it is short, see REPEAT_BELOW_SECONDS), returning the median
 * seconds, HTML page count and search index size; the log of the last run goes to LOG_DIR/<name>.log.
 */
function build(name: string, cwd: string, outDir: string, env: NodeJS.ProcessEnv = {}): { seconds: number; pages: number; indexBytes: number } {
  const first = buildOnce(name, cwd, outDir, env);
  if (first.seconds >= REPEAT_BELOW_SECONDS) return first;
  const runs = [first, buildOnce(name, cwd, outDir, env), buildOnce(name, cwd, outDir, env)].sort((x, y) => x.seconds - y.seconds);
  return runs[1]!;
}

function buildOnce(name: string, cwd: string, outDir: string, env: NodeJS.ProcessEnv): { seconds: number; pages: number; indexBytes: number } {
  // Every run starts from an empty output folder (emptying the last run's is not part of a build).
  fs.rmSync(outDir, { recursive: true, force: true });
  const started = performance.now();
  // --force: the content cache of the previous scale points at files that no longer exist.
  const result = spawnSync(ASTRO, ['build', '--force', '--outDir', outDir], { cwd, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const seconds = (performance.now() - started) / 1000;
  fs.mkdirSync(LOG_DIR, { recursive: true });
  fs.writeFileSync(path.join(LOG_DIR, `${name}.log`), `${result.stdout}\n${result.stderr}`);
  if (result.status !== 0) throw new Error(`build in ${cwd} failed:\n${result.stdout.slice(-4000)}\n${result.stderr.slice(-4000)}`);
  let pages = 0;
  let indexBytes = 0;
  for (const entry of fs.readdirSync(outDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    if (entry.name.endsWith('.html')) pages++;
    if (file.includes(`${path.sep}pagefind${path.sep}`)) indexBytes += fs.statSync(file).size;
  }
  return { seconds, pages, indexBytes };
}

// `--bare-pages 277,5875` builds only bare Starlight sites of those sizes (to re-measure the baseline).
if (args.includes('--bare-pages')) {
  for (const pages of (args[args.indexOf('--bare-pages') + 1] ?? '').split(',').map(Number)) {
    const bareDir = path.join(ROOT, '.tmp', `bench-bare-${pages}`);
    fs.rmSync(bareDir, { recursive: true, force: true });
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'fm-bench-bare-'));
    const bare = build(`bare-${pages}`, bareStarlight(pages, bareDir), out);
    console.log(`bare Starlight: ${bare.pages} pages in ${bare.seconds.toFixed(1)} s, ${((bare.seconds / bare.pages) * 1000).toFixed(1)} ms per page`);
    fs.rmSync(bareDir, { recursive: true, force: true });
    fs.rmSync(out, { recursive: true, force: true });
  }
  process.exit(0);
}

// Warm-up, not timed: one small build of each site, so the first measured build does not pay for a
// cold disk cache (node_modules, Vite's caches) that every later build gets for free.
{
  process.stderr.write('warming up: one untimed build of each site...\n');
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'fm-bench-warmup-'));
  const bareDir = path.join(ROOT, '.tmp', 'bench-bare-warmup');
  fs.rmSync(bareDir, { recursive: true, force: true });
  try {
    buildOnce('warmup-field-manual', ROOT, path.join(out, 'ours'), {});
    buildOnce('warmup-bare-starlight', bareStarlight(10, bareDir), path.join(out, 'bare'), {});
  } finally {
    fs.rmSync(bareDir, { recursive: true, force: true });
    fs.rmSync(out, { recursive: true, force: true });
  }
}

const rows: string[][] = [];
for (const scale of SCALES) {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), `fm-bench-${scale}x-`));
  const { dataDir, glossaryDir } = syntheticData(scale, work);
  process.stderr.write(`${scale}x: building the field manual...\n`);
  let ours: ReturnType<typeof build>;
  try {
    ours = build(`${scale}x-field-manual`, ROOT, path.join(work, 'dist'), { FIELD_MANUAL_DATA: dataDir, FIELD_MANUAL_GLOSSARY: glossaryDir });
  } finally {
    // The content cache now points at the synthetic files; drop it (.astro/ and Astro's data store in
    // node_modules/.astro/) so the next ordinary build starts clean instead of failing on missing files.
    fs.rmSync(path.join(ROOT, '.astro'), { recursive: true, force: true });
    fs.rmSync(path.join(ROOT, 'node_modules', '.astro'), { recursive: true, force: true });
  }
  process.stderr.write(`${scale}x: ${ours.pages} pages in ${ours.seconds.toFixed(1)} s; building bare Starlight with as many pages...\n`);
  const bareDir = path.join(ROOT, '.tmp', `bench-bare-${scale}x`);
  fs.rmSync(bareDir, { recursive: true, force: true });
  const bare = build(`${scale}x-bare-starlight`, bareStarlight(ours.pages, bareDir), path.join(work, 'bare-dist'));
  fs.rmSync(bareDir, { recursive: true, force: true });
  const perPage = ours.seconds / ours.pages;
  const barePerPage = bare.seconds / bare.pages;
  rows.push([
    `${scale}x`,
    String(ours.pages),
    ours.seconds.toFixed(1),
    (perPage * 1000).toFixed(1),
    `${(ours.indexBytes / 1024 / 1024).toFixed(1)} MiB`,
    (barePerPage * 1000).toFixed(1),
    (perPage / barePerPage).toFixed(2),
  ]);
  process.stderr.write(`${scale}x: bare Starlight ${bare.pages} pages in ${bare.seconds.toFixed(1)} s\n`);
  fs.rmSync(work, { recursive: true, force: true });
}

// Regenerate the content types for the real data (the synthetic builds' .astro/ was removed), so
// `npm run typecheck` works right after a benchmark.
spawnSync(ASTRO, ['sync'], { cwd: ROOT, encoding: 'utf8' });

const header = ['scale', 'pages', 'build s', 'ms per page', 'search index', 'bare Starlight ms per page', 'ratio to bare'];
const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
console.log([line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n'));
const first = rows[0];
const last = rows.at(-1);
if (first && last && first !== last) {
  console.log(`\nms per page grew ${(Number(last[3]) / Number(first[3])).toFixed(2)}x from ${first[0]} to ${last[0]}.`);
}
console.log(`Machine: ${os.cpus().length} x ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}.`);
