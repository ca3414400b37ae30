import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/model';
import { fixtureCopy } from '../support/fixture';

/** Each rule fires on a small broken fixture and says where and what is expected. */
describe('integrity rules on broken fixtures', () => {
  it('the unbroken fixture passes every rule', () => {
    expect(fixtureCopy().check()).toEqual([]);
  });

  it('schema: an invalid support word names the file, line and field path', () => {
    const f = fixtureCopy();
    f.edit('data/plugins/alpha.yaml', /windows-nodes:\n    support: yes/, 'windows-nodes:\n    support: maybe');
    const [issue, ...rest] = f.check();
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ file: 'data/plugins/alpha.yaml', path: 'properties.windows-nodes.support', rule: 'schema' });
    expect(issue!.message).toContain('expected yes|partial|no|unknown');
    expect(issue!.message).toContain('"maybe"');
    expect(issue!.line).toBe(21);
  });

  it('schema: an unknown field is an error, not silently dropped', () => {
    const f = fixtureCopy();
    f.edit('data/plugins/alpha.yaml', 'kind: plugin', 'kind: plugin\nfavourite: true');
    expect(f.check().map(formatIssue)).toEqual([expect.stringContaining('data/plugins/alpha.yaml:5: unknown field "favourite"')]);
  });

  it('schema: a map-file entry reports its id in the path', () => {
    const f = fixtureCopy();
    f.edit('data/sources.yaml', 'url: https://example.com/a', 'url: not a url');
    expect(f.check()[0]).toMatchObject({ file: 'data/sources.yaml', path: 'doc-a.url', line: 3 });
  });

  it('yaml: malformed YAML names the file and line', () => {
    const f = fixtureCopy();
    f.edit('data/plugins/beta.yaml', 'summary: A fixture plugin.', 'summary: [unclosed');
    const issues = f.check();
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: 'data/plugins/beta.yaml', rule: 'yaml' });
    expect(issues[0]!.line).toBeGreaterThanOrEqual(6);
    expect(issues[0]!.message).toMatch(/^malformed YAML/);
  });

  it('yaml: malformed glossary frontmatter names the file and its line in the MDX file', () => {
    const f = fixtureCopy();
    f.edit('glossary/term-one.mdx', 'difficulty: beginner', 'difficulty: [beginner');
    const [issue] = f.check();
    expect(issue).toMatchObject({ file: 'glossary/term-one.mdx', rule: 'yaml' });
    expect(issue!.line).toBeGreaterThanOrEqual(5);
  });

  it('plugin-covers-every-property: names the plugin and the missing property', () => {
    const f = fixtureCopy();
    f.edit('data/plugins/beta.yaml', /  max-nodes:\n    support: yes\n    value: 5000\n    sources: \[doc-a\]\n/, '');
    const issues = f.check();
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: 'data/plugins/beta.yaml', rule: 'plugin-covers-every-property' });
    expect(issues[0]!.message).toContain('plugin "beta" has no value for property "max-nodes"');
  });

  it('plugin-covers-every-property: a cell for a derived property is rejected', () => {
    const f = fixtureCopy();
    f.edit('data/plugins/beta.yaml', 'properties:\n', 'properties:\n  status:\n    support: yes\n    sources: [doc-a]\n');
    expect(f.check()[0]).toMatchObject({ path: 'properties.status', rule: 'plugin-covers-every-property' });
  });

  it('sources-resolve: an unknown source id fails naming the id', () => {
    const f = fixtureCopy();
    f.edit('data/plugins/alpha.yaml', /first-limit([\s\S]*?)sources: \[doc-a\]/, 'first-limit$1sources: [doc-zz]');
    const [issue] = f.check();
    expect(issue).toMatchObject({ file: 'data/plugins/alpha.yaml', path: 'limitations[0].sources[0]', rule: 'sources-resolve' });
    expect(issue!.message).toContain('unknown source id "doc-zz"');
  });

  it('references-resolve: a migration to an unknown plugin fails', () => {
    const f = fixtureCopy();
    f.edit('data/plugins/alpha.yaml', 'to: beta', 'to: omega');
    expect(f.check()).toEqual([expect.objectContaining({ path: 'migrations[0].to', rule: 'references-resolve', message: expect.stringContaining('"omega"') })]);
  });

  it('references-resolve: an unknown glossary term fails', () => {
    const f = fixtureCopy();
    f.edit('data/plugins/alpha.yaml', 'glossary: [term-one]', 'glossary: [term-two]');
    expect(f.check()[0]).toMatchObject({ path: 'glossary[0]', rule: 'references-resolve' });
  });

  it('plugin-covers-every-engine: a plugin silent about an engine fails', () => {
    const f = fixtureCopy();
    f.edit('data/plugins/beta.yaml', /policyEngines:\n  gamma:\n    support: yes\n    sources: \[doc-a\]\n/, 'policyEngines: {}\n');
    expect(f.check()[0]).toMatchObject({ rule: 'plugin-covers-every-engine', message: expect.stringContaining('"gamma"') });
  });

  it('cells-are-complete: unknown without a note fails', () => {
    const f = fixtureCopy();
    f.edit('data/plugins/beta.yaml', /windows-nodes:\n    support: yes/, 'windows-nodes:\n    support: unknown');
    expect(f.check()[0]).toMatchObject({ path: 'properties.windows-nodes.note', rule: 'cells-are-complete' });
  });

  it('cells-are-complete: a value property without a value fails', () => {
    const f = fixtureCopy();
    f.edit('data/plugins/beta.yaml', '    value: 5000\n', '');
    expect(f.check()[0]).toMatchObject({ path: 'properties.max-nodes.value', rule: 'cells-are-complete' });
  });

  it('limitation-ids-unique: a repeated limitation id fails', () => {
    const f = fixtureCopy();
    f.edit('data/plugins/alpha.yaml', 'history: []', '  - id: first-limit\n    title: Again\n    severity: info\n    category: scale\n    text: Repeat.\n    sources: [doc-a]\nhistory: []');
    expect(f.check()[0]).toMatchObject({ path: 'limitations[1].id', rule: 'limitation-ids-unique' });
  });

  it('aliases-unique: an alias that is another entity\'s name or alias fails', () => {
    const f = fixtureCopy();
    f.edit('data/plugins/beta.yaml', 'aliases: [second plugin]', 'aliases: [First Plugin]');
    const [issue] = f.check();
    expect(issue).toMatchObject({ file: 'data/plugins/beta.yaml', path: 'aliases[0]', rule: 'aliases-unique' });
    expect(issue!.message).toContain('plugin "alpha"');
  });

  it('aliases-unique: a glossary term may share a name with the plugin of the same id', () => {
    const f = fixtureCopy();
    const term = fs.readFileSync(path.join(f.root, 'glossary/term-one.mdx'), 'utf8');
    f.write('glossary/alpha.mdx', term.replace('title: Term One', 'title: Alpha Plugin').replace('aliases: [one]', 'aliases: [first plugin]'));
    expect(f.check()).toEqual([]);
  });

  it('decision-trees-sound: an outcome naming an unknown plugin fails with the file and the id', () => {
    const f = fixtureCopy();
    f.edit('data/decisions/pick.yaml', 'ipMode: beta', 'ipMode: omega');
    expect(f.check()).toEqual([
      expect.objectContaining({ file: 'data/decisions/pick.yaml', path: 'questions.q2.answers[1].decides.ipMode', rule: 'decision-trees-sound', message: expect.stringContaining('"omega" is not a plugin id') }),
      expect.objectContaining({ file: 'data/decisions/pick.yaml', rule: 'decision-paths-sound', message: 'path q1:a,q2:b: ipMode "omega" is not a plugin id; expected a file name in data/plugins/' }),
    ]);
  });

  it('decision-trees-sound: an unknown engine or requirement fails with the file and the id', () => {
    const f = fixtureCopy();
    f.edit('data/decisions/pick.yaml', '        rationale: Beta fits.', '        requires: [windows-nodez]\n        rationale: Beta fits.');
    f.edit('data/decisions/pick.yaml', /networkPolicy: none \}\n        rationale: Go on|networkPolicy: none \}\n        rationale: Alpha fits\.\n  q2/, 'networkPolicy: zeta }\n        rationale: Alpha fits.\n  q2');
    expect(f.check().map((i) => `${i.rule} ${i.path}: ${i.message}`)).toEqual([
      expect.stringContaining('decision-trees-sound questions.q1.answers[1].decides.networkPolicy: "zeta" is not a policy engine id'),
      expect.stringContaining('decision-trees-sound questions.q2.answers[1].requires[0]: "windows-nodez" is not a requirement'),
      expect.stringContaining('decision-paths-sound questions.q1.answers[1]: path q1:b: networkPolicy "zeta" is not a policy engine id'),
    ]);
  });

  it('decision-trees-sound: a cycle fails', () => {
    const f = fixtureCopy();
    f.edit('data/decisions/pick.yaml', /decides: \{ ipMode: alpha, dataplane: azure, networkPolicy: none \}\n        rationale: Alpha fits.\n      - id: b\n        label: B\n        decides: \{ ipMode: beta/, 'next: q1\n        rationale: Back.\n      - id: b\n        label: B\n        decides: { ipMode: beta');
    expect(f.check()).toEqual([expect.objectContaining({ rule: 'decision-trees-sound', message: expect.stringContaining('q1 -> q2 -> q1') })]);
  });

  it('decision-trees-sound: an unreachable question fails', () => {
    const f = fixtureCopy();
    f.edit('data/decisions/pick.yaml', 'lastVerified:', '  q3:\n    text: Lost?\n    answers:\n      - {id: a, label: A, rationale: r}\n      - {id: b, label: B, rationale: r}\nlastVerified:');
    expect(f.check()).toEqual([expect.objectContaining({ path: 'questions.q3', message: expect.stringContaining('cannot be reached') })]);
  });

  it('decision-paths-sound: an answer that ends the path before every part is decided fails', () => {
    const f = fixtureCopy();
    f.edit('data/decisions/pick.yaml', '        decides: { ipMode: beta, dataplane: azure, networkPolicy: none }\n', '        decides: { ipMode: beta }\n');
    expect(f.check()).toEqual([
      expect.objectContaining({ rule: 'decision-paths-sound', path: 'questions.q2.answers[1]', message: expect.stringContaining('path q1:a,q2:b: the path ends without deciding dataplane, networkPolicy') }),
    ]);
  });

  it('aliases-unique: a glossary alias whose URL slug is another term\'s id fails', () => {
    const f = fixtureCopy();
    const term = fs.readFileSync(path.join(f.root, 'glossary/term-one.mdx'), 'utf8');
    f.write('glossary/term-two.mdx', term.replace('title: Term One', 'title: Term Two').replace('aliases: [one]', 'aliases: ["Term: One"]'));
    const [issue] = f.check();
    expect(issue).toMatchObject({ file: 'glossary/term-two.mdx', path: 'aliases[0]', rule: 'aliases-unique' });
    expect(issue!.message).toContain('/glossary/term-one/');
  });

  it('glossary-anatomy: a missing or misplaced prose section fails naming the sections', () => {
    const f = fixtureCopy();
    f.edit('glossary/term-one.mdx', '## Cost\n', '## Costs\n');
    const [issue] = f.check();
    expect(issue).toMatchObject({ file: 'glossary/term-one.mdx', rule: 'glossary-anatomy' });
    expect(issue!.message).toContain('missing "Cost"');
    expect(issue!.message).toContain('unexpected "Costs"');
  });

  it('glossary-anatomy: an empty section fails', () => {
    const f = fixtureCopy();
    f.edit('glossary/term-one.mdx', /## Security\n\n[^\n]+\n/, '## Security\n\n');
    expect(f.check()[0]!.message).toContain('section "Security" is empty');
  });

  it('schema: a glossary term without mistakes fails', () => {
    const f = fixtureCopy();
    f.edit('glossary/term-one.mdx', 'mistakes: [Ignoring it.]\n', '');
    expect(f.check()[0]).toMatchObject({ file: 'glossary/term-one.mdx', path: 'mistakes', rule: 'schema' });
  });

  it('status-consistent: retiring without a retirement date fails', () => {
    const f = fixtureCopy();
    f.edit('data/policy-engines/gamma.yaml', /  retirements:\n    - date: 2027-01-01\n      scope: all clusters\n      sources: \[doc-a\]\n/, '');
    expect(f.check()[0]).toMatchObject({ path: 'status.retirements', rule: 'status-consistent' });
  });

  it('schema: a file name that is not kebab-case is rejected', () => {
    const f = fixtureCopy();
    f.write('data/plugins/Bad_Name.yaml', '');
    expect(f.check().some((i) => i.file === 'data/plugins/Bad_Name.yaml' && i.message.includes('kebab-case'))).toBe(true);
  });

  it('files starting with an underscore (templates) are ignored', () => {
    const f = fixtureCopy();
    f.write('data/plugins/_template.yaml', 'name: [broken');
    expect(f.check()).toEqual([]);
  });
});

/** The error catalogue and the settings catalogue reference what exists, and say what they must. */
describe('integrity rules for errors and settings', () => {
  it('errors-resolve: a limitation reference to an unknown limitation names the file, field and id', () => {
    const f = fixtureCopy();
    f.edit('data/errors/widget-shortage.yaml', 'id: first-limit', 'id: no-such-limit');
    const [issue, ...rest] = f.check();
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ file: 'data/errors/widget-shortage.yaml', path: 'limitations[0].id', rule: 'errors-resolve' });
    expect(issue!.message).toContain('"alpha" has no limitation "no-such-limit"');
    expect(issue!.line).toBeGreaterThan(1);
  });

  it('errors-resolve: an unknown owner, setting, plugin, calculator or seenIn source fails', () => {
    const f = fixtureCopy();
    f.edit('data/errors/widget-shortage.yaml', 'owner: alpha', 'owner: omega');
    f.edit('data/errors/widget-shortage.yaml', 'settings: [max-widgets]', 'settings: [max-gadgets]');
    f.edit('data/errors/widget-shortage.yaml', 'plugins: [alpha]', 'plugins: [omega]');
    f.edit('data/errors/widget-shortage.yaml', 'name: node-subnet', 'name: widget-calculator');
    f.edit('data/errors/widget-shortage.yaml', 'sources: [doc-a]\nlastVerified', 'seenIn: [thread-z]\nsources: [doc-a]\nlastVerified');
    const issues = f.check();
    expect(issues.map((i) => `${i.path} ${i.rule}`).sort()).toEqual(
      ['calculator.name errors-resolve', 'limitations[0].owner errors-resolve', 'plugins[0] errors-resolve', 'seenIn[0] errors-resolve', 'settings[0] errors-resolve'].sort(),
    );
    expect(issues.find((i) => i.path === 'settings[0]')!.message).toContain('unknown setting "max-gadgets"');
  });

  it('error-messages-complete: a placeholder without an example value fails, and so does an unused example value', () => {
    const f = fixtureCopy();
    f.edit('data/errors/widget-shortage.yaml', 'subnet <subnet-name>.', 'subnet <subnet-name> in <vnet-name>.');
    f.edit('data/errors/widget-shortage.yaml', '      available: 12\n', '      available: 12\n      spare: 1\n');
    const issues = f.check();
    expect(issues).toEqual([
      expect.objectContaining({ path: 'messages[0].example', rule: 'error-messages-complete', message: expect.stringContaining('<vnet-name>') }),
      expect.objectContaining({ path: 'messages[0].example.spare', rule: 'error-messages-complete' }),
    ]);
  });

  it('schema: an unknown operation in an error names the allowed values', () => {
    const f = fixtureCopy();
    f.edit('data/errors/widget-shortage.yaml', 'operations: [create, scale]', 'operations: [create, reboot]');
    expect(f.check()).toEqual([expect.objectContaining({ file: 'data/errors/widget-shortage.yaml', path: 'operations[1]', rule: 'schema', message: expect.stringContaining('create|scale|upgrade|update|migrate|delete') })]);
  });

  it('sources-resolve: an unknown source in a message or a setting change fails', () => {
    const f = fixtureCopy();
    f.edit('data/errors/widget-shortage.yaml', '    quote: verbatim\n    sources: [doc-a]', '    quote: verbatim\n    sources: [doc-q]');
    f.edit('data/settings/max-widgets.yaml', '    command: az aks nodepool update --max-widgets <n>\n    sources: [doc-a]', '    command: az aks nodepool update --max-widgets <n>\n    sources: [doc-r]');
    expect(f.check().map((i) => `${i.file} ${i.path} ${i.rule}`).sort()).toEqual([
      'data/errors/widget-shortage.yaml messages[0].sources[0] sources-resolve',
      'data/settings/max-widgets.yaml changes.alpha.sources[0] sources-resolve',
    ]);
  });

  it('settings-resolve: a change for an unknown plugin fails; "default" and configurations are accepted', () => {
    const f = fixtureCopy();
    f.edit('data/settings/max-widgets.yaml', '  alpha:\n', '  omega:\n');
    const [issue, ...rest] = f.check();
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ file: 'data/settings/max-widgets.yaml', path: 'changes.omega', rule: 'settings-resolve' });
  });

  it('settings-resolve: a limitation or migration naming an unknown setting fails', () => {
    const f = fixtureCopy();
    f.edit('data/plugins/alpha.yaml', 'setting: max-widgets', 'setting: max-gadgets');
    f.edit('data/plugins/alpha.yaml', '    constraints: []\n', '    constraints: []\n    settings: [max-widgets, max-doodads]\n');
    expect(f.check()).toEqual([
      expect.objectContaining({ file: 'data/plugins/alpha.yaml', path: 'limitations[0].setting', rule: 'settings-resolve', message: expect.stringContaining('"max-gadgets"') }),
      expect.objectContaining({ file: 'data/plugins/alpha.yaml', path: 'migrations[0].settings[1]', rule: 'settings-resolve', message: expect.stringContaining('"max-doodads"') }),
    ]);
  });

  it('setting-changes-complete: an in-place change without its effect, or an unknown without a note, fails', () => {
    const f = fixtureCopy();
    f.edit('data/settings/max-widgets.yaml', '    effect: Reimages the node pool.\n', '');
    f.edit('data/settings/max-widgets.yaml', '    state: new-node-pool\n', '    state: unknown\n');
    expect(f.check().map((i) => `${i.path} ${i.rule}`).sort()).toEqual(['changes.alpha.effect setting-changes-complete', 'changes.default.note setting-changes-complete']);
  });

  it('schema: an unknown change state names the allowed values', () => {
    const f = fixtureCopy();
    f.edit('data/settings/max-widgets.yaml', '    state: new-node-pool\n', '    state: maybe\n');
    expect(f.check()[0]).toMatchObject({ path: 'changes.default.state', rule: 'schema', message: expect.stringContaining('in-place|extend-only|new-node-pool') });
  });
});
