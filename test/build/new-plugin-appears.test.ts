import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { withoutFixtureEnv } from '../support/dist';
import { search } from '../support/pagefind';

/**
 * Adding a plugin is a data change only: copy a plugin file under a new id (renaming it so its names
 * stay unique), build, and the plugin is everywhere, with no code change.
 */
const NEW_ID = 'field-test-plugin';
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'fm-new-plugin-'));
const dataDir = path.join(work, 'data');
const outDir = path.join(work, 'dist');
const page = (urlPath: string) => fs.readFileSync(path.join(outDir, urlPath, 'index.html'), 'utf8');

beforeAll(() => {
  fs.cpSync('data', dataDir, { recursive: true });
  const source = fs.readFileSync(path.join(dataDir, 'plugins', 'kubenet.yaml'), 'utf8');
  const copy = source
    .replace(/^name: .*$/m, 'name: Field Test Plugin')
    .replace(/^shortName: .*$/m, 'shortName: Field Test')
    .replace(/^aliases:\n(  - .*\n)+/m, 'aliases:\n  - zebra quartz networking\n');
  fs.writeFileSync(path.join(dataDir, 'plugins', `${NEW_ID}.yaml`), copy);
  const result = spawnSync('npm', ['run', 'build', '--', '--outDir', outDir], { encoding: 'utf8', env: withoutFixtureEnv({ FIELD_MANUAL_DATA: dataDir }) });
  if (result.status !== 0) throw new Error(`build with the extra plugin failed:\n${result.stdout}\n${result.stderr}`);
});

describe('a plugin added as a data file appears everywhere', () => {
  it('has its own page', () => {
    expect(page(`/plugins/${NEW_ID}/`)).toContain('Field Test Plugin');
  });

  it('is a column of /compare/', () => {
    expect(page('/compare/')).toContain(`data-plugin="${NEW_ID}"`);
  });

  it('gets a pair page with every other plugin', () => {
    const others = fs.readdirSync(path.join(dataDir, 'plugins')).filter((f) => !f.startsWith('_') && f !== `${NEW_ID}.yaml`).map((f) => f.replace(/\.yaml$/, ''));
    for (const other of others) {
      const slug = [NEW_ID, other].sort().join('-vs-');
      expect(fs.existsSync(path.join(outDir, 'compare', slug, 'index.html')), slug).toBe(true);
    }
  });

  it('is in the sidebar of every page, as the plugin list still fits there', () => {
    const sidebar = /<nav [^>]*aria-label="Main"[^>]*>[\s\S]*?<\/nav>/.exec(page('/search/'))?.[0] ?? '';
    expect(sidebar).toContain(`href="/plugins/${NEW_ID}/"`);
  });

  it('has its limitations on /limitations/', () => {
    expect(page('/limitations/')).toContain(`href="/plugins/${NEW_ID}/#`);
  });

  it('is a column of the settings matrix, with a change state in every row', () => {
    const html = page('/settings/');
    expect(html).toContain(`<th scope="col" data-plugin="${NEW_ID}"`);
    const rows = [...html.matchAll(/<tr data-setting="[^"]+">[\s\S]*?<\/tr>/g)].map((m) => m[0]);
    expect(rows.length).toBeGreaterThanOrEqual(20);
    for (const row of rows) expect(row).toMatch(new RegExp(`<td data-plugin="${NEW_ID}" data-state="[a-z-]+"`));
  });

  it('is in both exports', () => {
    const json = JSON.parse(fs.readFileSync(path.join(outDir, 'data', 'plugins.json'), 'utf8'));
    expect(json.plugins.map((p: { id: string }) => p.id)).toContain(NEW_ID);
    const header = fs.readFileSync(path.join(outDir, 'data', 'comparison.csv'), 'utf8').split('\r\n')[0]!;
    expect(header.split(',')).toContain(NEW_ID);
  });

  it('is in the search index', async () => {
    const hits = await search('zebra quartz', 3, {}, outDir);
    expect(hits.map((h) => h.url)).toContain(`/plugins/${NEW_ID}/`);
  });
});
