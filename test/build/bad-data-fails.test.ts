import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withoutFixtureEnv } from '../support/dist';

/** Copies the real data/ to a temporary folder and breaks one file. */
function brokenData(file: string, search: RegExp | string, replace: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fm-broken-'));
  fs.cpSync('data', dir, { recursive: true });
  const target = path.join(dir, file);
  const text = fs.readFileSync(target, 'utf8');
  const next = text.replace(search, replace);
  if (next === text) throw new Error(`nothing replaced in ${file}`);
  fs.writeFileSync(target, next);
  return dir;
}

function run(script: string, dataDir: string) {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fm-out-'));
  return spawnSync('npm', ['run', script, '--', ...(script === 'build' ? ['--outDir', outDir] : [])], {
    encoding: 'utf8',
    env: withoutFixtureEnv({ FIELD_MANUAL_DATA: dataDir }),
  });
}

describe('bad data fails the build and lint:data with file and field path', () => {
  const dir = brokenData('plugins/azure-cni-overlay.yaml', /windows-nodes:\n    support: yes/, 'windows-nodes:\n    support: sometimes');

  it.each(['lint:data', 'build'])('npm run %s exits non-zero naming the file and the field', (script) => {
    const result = run(script, dir);
    const output = result.stdout + result.stderr;
    expect(result.status).not.toBe(0);
    expect(output).toContain('plugins/azure-cni-overlay.yaml');
    expect(output).toContain('properties.windows-nodes.support');
    expect(output).toContain('expected yes|partial|no|unknown');
  });

  it.each(['lint:data', 'build'])('npm run %s fails on a guidance file naming an unknown id, with the file and field path', (script) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fm-broken-'));
    fs.cpSync('data', dir, { recursive: true });
    fs.writeFileSync(
      path.join(dir, 'guidance', 'contoso.yaml'),
      'organisation: Contoso\npositions:\n  - subject: kubenet\n    position: prohibited\n    rationale: Retiring.\n    owner: net@contoso.example\n    reviewBy: 2027-01-31\n' +
        '  - subject: azure-cni-overlay-cillium\n    position: recommended\n    rationale: Default.\n    owner: net@contoso.example\n    reviewBy: 2027-01-31\n',
    );
    const result = run(script, dir);
    const output = result.stdout + result.stderr;
    expect(result.status).not.toBe(0);
    expect(output).toMatch(/guidance\/contoso\.yaml:8: positions\[1\]\.subject: unknown subject "azure-cni-overlay-cillium"; expected the id of a plugin/);
    expect(output).toContain('[positions-resolve]');
  });

  it('malformed YAML fails the build with the file and line', () => {
    const bad = brokenData('plugins/azure-cni-overlay.yaml', 'shortName: Overlay', 'shortName: [Overlay');
    const result = run('build', bad);
    expect(result.status).not.toBe(0);
    expect(result.stdout + result.stderr).toMatch(/plugins\/azure-cni-overlay\.yaml:\d+: malformed YAML/);
  });
});
