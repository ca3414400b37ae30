import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withoutFixtureEnv } from '../support/dist';

/** A copy of the real data/ whose decision tree names a plugin that does not exist. */
function dataWithUnknownOutcome(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fm-decide-broken-'));
  fs.cpSync('data', dir, { recursive: true });
  const file = path.join(dir, 'decisions', 'choose-network-plugin.yaml');
  const text = fs.readFileSync(file, 'utf8');
  const next = text.replace('ipMode: byo-cni', 'ipMode: no-such-plugin');
  if (next === text) throw new Error('no byo-cni outcome to break');
  fs.writeFileSync(file, next);
  return dir;
}

describe('an outcome naming an unknown plugin', () => {
  const dir = dataWithUnknownOutcome();

  it.each(['lint:data', 'build'])('fails npm run %s with the file and the id', (script) => {
    const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fm-decide-out-'));
    const result = spawnSync('npm', ['run', script, '--', ...(script === 'build' ? ['--outDir', outDir] : [])], {
      encoding: 'utf8',
      env: withoutFixtureEnv({ FIELD_MANUAL_DATA: dir }),
    });
    const output = result.stdout + result.stderr;
    expect(result.status).not.toBe(0);
    expect(output).toContain('decisions/choose-network-plugin.yaml');
    expect(output).toContain('"no-such-plugin" is not a plugin id');
    expect(output).toContain('decides.ipMode');
  });
});
