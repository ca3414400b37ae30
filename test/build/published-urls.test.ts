import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parsePublishedList, publishedUrls } from '../../src/generators/published-urls';
import { publishedUrlInputs } from '../../src/contract/published-urls';
import { dataLocations, loadModel } from '../../src/model';
import { ensureDist, withoutFixtureEnv } from '../support/dist';
import { unresolved } from '../support/resolve';

beforeAll(() => ensureDist());

describe('the published-URL list', () => {
  const listed = parsePublishedList(fs.readFileSync('data/published-urls.txt', 'utf8')).map((l) => l.entry);

  it('every listed URL and anchor resolves in the built site', () => {
    expect(listed.length).toBeGreaterThan(500);
    expect(listed.map((entry) => unresolved(entry)).filter(Boolean)).toEqual([]);
  });

  it('every URL the generator lists resolves too, so the list never promises what the site lacks', () => {
    const current = publishedUrls(loadModel(dataLocations()), publishedUrlInputs(dataLocations()));
    expect(current.map((entry) => unresolved(entry)).filter(Boolean)).toEqual([]);
  });

  it('holds every URL the site publishes today (run npm run urls:publish after adding pages)', () => {
    const current = publishedUrls(loadModel(dataLocations()), publishedUrlInputs(dataLocations()));
    expect(current.filter((url) => !listed.includes(url))).toEqual([]);
  });
});

/** A copy of the real data with one edit to kubenet's limitation max-400-nodes. */
function dataWith(edit: (kubenet: string) => string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fm-contract-'));
  fs.cpSync('data', dir, { recursive: true });
  const file = path.join(dir, 'plugins', 'kubenet.yaml');
  const before = fs.readFileSync(file, 'utf8');
  const after = edit(before);
  if (after === before) throw new Error('the edit changed nothing');
  fs.writeFileSync(file, after);
  return dir;
}

const LIMITATION = /  - id: max-400-nodes\n(?:    .*\n)+/;

function run(script: 'lint:data' | 'build', dataDir: string, outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fm-out-'))) {
  return spawnSync('npm', ['run', script, '--', ...(script === 'build' ? ['--outDir', outDir] : [])], {
    encoding: 'utf8',
    env: withoutFixtureEnv({ FIELD_MANUAL_DATA: dataDir, FIELD_MANUAL_AS_OF: '2026-12-04' }),
  });
}

describe('a published limitation cannot silently disappear', () => {
  it.each(['lint:data', 'build'] as const)('removing it fails npm run %s, naming its anchor', (script) => {
    const result = run(script, dataWith((text) => text.replace(LIMITATION, '')));
    expect(result.status).not.toBe(0);
    expect(result.stdout + result.stderr).toMatch(/published-urls\.txt:\d+: \/plugins\/kubenet\/#max-400-nodes is published but no longer exists/);
  });

  it('marking it lifted instead builds, and the anchor still lands on the page with the lifted date', () => {
    const lifted = dataWith((text) =>
      text.replace(LIMITATION, (block) => `${block}    lifted:\n      date: 2026-12-01\n      note: A test says the route limit is gone.\n      sources: [aks-kubenet]\n`),
    );
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'fm-lifted-'));
    const result = run('build', lifted, out);
    expect(result.status, result.stdout + result.stderr).toBe(0);
    const page = fs.readFileSync(path.join(out, 'plugins', 'kubenet', 'index.html'), 'utf8');
    const entry = /<li class="fm-limitation fm-limitation--lifted"[^>]*>[\s\S]*?<\/li>/.exec(page)?.[0] ?? '';
    expect(entry).toContain('id="max-400-nodes"');
    expect(entry).toContain('Lifted 2026-12-01');
    expect(entry).toContain('A test says the route limit is gone.');
    // It left the active list and the limitations index, and the changes list dates it.
    expect(page.indexOf('id="max-400-nodes"')).toBeGreaterThan(page.indexOf('fm-limitations-inactive__intro'));
    const index = fs.readFileSync(path.join(out, 'limitations', 'index.html'), 'utf8');
    expect(index).not.toMatch(/data-owner="kubenet"[^>]*>[\s\S]{0,400}#max-400-nodes/);
    expect(index).toContain('<h2 id="lifted">');
    expect(fs.readFileSync(path.join(out, 'changes', 'index.html'), 'utf8')).toContain('id="2026-12-01-kubenet-max-400-nodes-lifted"');
  });
});
