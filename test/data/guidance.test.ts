import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkData, formatIssue } from '../../src/model';
import { fixtureCopy } from '../support/fixture';

/** A guidance file for the minimal fixture (plugins alpha and beta, engine gamma). */
function guidance(positions: string, organisation = 'Fixture platform team'): string {
  return `organisation: ${organisation}\npositions:\n${positions}`;
}

const POSITION = (subject: string, extra = '') =>
  `  - subject: ${subject}\n    position: prohibited\n    rationale: Not here.\n    owner: team@example.org\n    reviewBy: 2027-01-31\n${extra}`;

describe('guidance files (data/guidance/)', () => {
  it('a valid file passes every rule', () => {
    const f = fixtureCopy();
    f.write('data/guidance/fixture.yaml', guidance(POSITION('alpha') + POSITION('gamma', '    links:\n      - { title: Standard, url: "https://intranet.example.org/std" }\n')));
    expect(f.check()).toEqual([]);
  });

  it('no guidance folder at all is valid: guidance is optional', () => {
    const f = fixtureCopy();
    expect(fs.existsSync(path.join(f.root, 'data/guidance'))).toBe(false);
    expect(f.check()).toEqual([]);
  });

  it('files starting with _ are ignored, like the commented example', () => {
    const f = fixtureCopy();
    f.write('data/guidance/_example.yaml', guidance(POSITION('no-such-thing')));
    expect(f.check()).toEqual([]);
  });

  it('positions-resolve: an unknown subject fails with the file, field path, line and what is expected', () => {
    const f = fixtureCopy();
    f.write('data/guidance/fixture.yaml', guidance(POSITION('alpha') + POSITION('omega')));
    const issues = f.check();
    expect(issues).toEqual([expect.objectContaining({ file: 'data/guidance/fixture.yaml', path: 'positions[1].subject', line: 8, rule: 'positions-resolve' })]);
    expect(issues[0]!.message).toContain('unknown subject "omega"');
    for (const where of ['plugin (data/plugins/)', 'configuration (data/configurations/)', 'policy engine (data/policy-engines/)', 'setting (data/settings/)']) expect(issues[0]!.message).toContain(where);
  });

  it('positions-resolve: kind:id names one kind; a wrong kind or an id of another kind fails', () => {
    const f = fixtureCopy();
    f.write('data/guidance/fixture.yaml', guidance(POSITION('policy-engine:gamma') + POSITION('plugin:gamma') + POSITION('widget:gamma')));
    const issues = f.check();
    expect(issues.map((i) => i.path)).toEqual(['positions[1].subject', 'positions[2].subject']);
    expect(issues[0]!.message).toBe('unknown plugin id "gamma"; expected a file name in data/plugins/');
    expect(issues[1]!.message).toContain('unknown kind "widget"');
  });

  it('positions-resolve: an id that names a plugin and an engine must say which', () => {
    const f = fixtureCopy();
    // An engine file named like the plugin alpha (its names changed, so only the ids clash).
    f.write('data/policy-engines/alpha.yaml', fs.readFileSync(path.join(f.root, 'data/policy-engines/gamma.yaml'), 'utf8').replace('name: Gamma Engine', 'name: Alpha Engine').replace('shortName: Gamma', 'shortName: AlphaE'));
    f.write('data/guidance/fixture.yaml', guidance(POSITION('alpha') + POSITION('policy-engine:alpha')));
    const issues = f.check().filter((i) => i.file === 'data/guidance/fixture.yaml');
    expect(issues).toEqual([expect.objectContaining({ path: 'positions[0].subject', rule: 'positions-resolve' })]);
    expect(issues[0]!.message).toBe('"alpha" names a plugin and a policy engine; write "plugin:alpha" or "policy-engine:alpha"');
  });

  it('positions-unique: two positions on one subject across files fail on the second, naming the first', () => {
    const f = fixtureCopy();
    f.write('data/guidance/a-platform.yaml', guidance(POSITION('alpha')));
    f.write('data/guidance/b-security.yaml', guidance(POSITION('beta') + POSITION('plugin:alpha'), 'Security office'));
    const issues = f.check();
    expect(issues).toEqual([expect.objectContaining({ file: 'data/guidance/b-security.yaml', path: 'positions[1].subject', rule: 'positions-unique' })]);
    expect(issues[0]!.message).toBe('plugin "alpha" already has a position (data/guidance/a-platform.yaml positions[0].subject); keep one');
  });

  it('positions-unique: two positions on one subject in one file fail too', () => {
    const f = fixtureCopy();
    f.write('data/guidance/fixture.yaml', guidance(POSITION('beta') + POSITION('beta')));
    expect(f.check()).toEqual([expect.objectContaining({ path: 'positions[1].subject', rule: 'positions-unique' })]);
  });

  it.each([
    ['a date that does not exist', 'reviewBy: 2027-01-31', 'reviewBy: 2027-02-30', 'positions[0].reviewBy', 'expected a real calendar date'],
    ['a date in another format', 'reviewBy: 2027-01-31', 'reviewBy: 31/01/2027', 'positions[0].reviewBy', 'expected a date written YYYY-MM-DD'],
    ['an unknown position word', 'position: prohibited', 'position: discouraged', 'positions[0].position', 'expected recommended|allowed|exception|prohibited'],
    ['a missing owner', '    owner: team@example.org\n', '', 'positions[0].owner', 'is required'],
    ['a script link', 'reviewBy: 2027-01-31\n', 'reviewBy: 2027-01-31\n    links: [{ title: x, url: "javascript:alert(1)" }]\n', 'positions[0].links[0].url', 'http(s) or mailto'],
    ['an unknown field', 'reviewBy: 2027-01-31\n', 'reviewBy: 2027-01-31\n    approvedBy: someone\n', 'positions[0]', 'unknown field "approvedBy"'],
  ])('schema: %s fails with the field path', (_, search, replace, fieldPath, message) => {
    const f = fixtureCopy();
    f.write('data/guidance/fixture.yaml', guidance(POSITION('alpha')).replace(search, replace));
    const issues = f.check();
    expect(issues).toEqual([expect.objectContaining({ file: 'data/guidance/fixture.yaml', path: fieldPath, rule: 'schema' })]);
    expect(issues[0]!.message).toContain(message);
  });

  it('the commented example, used as a real file, is valid against the real data', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'fm-guidance-example-'));
    fs.cpSync('data', path.join(root, 'data'), { recursive: true });
    fs.copyFileSync('data/guidance/_example.yaml', path.join(root, 'data/guidance/example.yaml'));
    const { issues, model } = checkData({ root, dataDir: path.join(root, 'data'), glossaryDir: path.resolve('content/glossary') });
    expect(issues.map(formatIssue)).toEqual([]);
    expect(model!.guidance.map((g) => g.id)).toEqual(['example']);
    // It shows every position word and at least one of each kind of subject it documents.
    const words = new Set(model!.guidance[0]!.data.positions.map((p) => p.position));
    expect([...words].sort()).toEqual(['exception', 'prohibited', 'recommended']);
  });
});
