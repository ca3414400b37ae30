import { describe, expect, it } from 'vitest';
import { fixtureCopy, type FixtureCopy } from '../support/fixture';

/** A Cilium-like dataplane (Linux only, brings its own engine) for the minimal fixture. */
const DELTA = `name: Delta Dataplane
shortName: Delta
aliases: []
kind: dataplane
combinesWith: [alpha]
summary: A fixture dataplane.
status:
  state: ga
  sources: [doc-a]
networkProfile:
  networkPlugin: azure
  networkDataplane: cilium
  networkPolicy: cilium
  podSubnet: false
cli:
  flags:
    - { flag: --network-dataplane, value: cilium, required: true }
  sources: [doc-a]
properties:
  windows-nodes: { support: no, sources: [doc-a] }
  max-nodes: { support: yes, value: 5000, sources: [doc-a] }
policyEngines:
  gamma: { support: no, sources: [doc-a] }
  epsilon: { support: yes, sources: [doc-a] }
limitations: []
history: []
migrations: []
glossary: []
lastVerified: 2026-11-22
`;

/** The engine that comes with the fixture dataplane; it does not run Windows nodes. */
const EPSILON = `name: Epsilon Engine
shortName: Epsilon
aliases: []
summary: A fixture engine.
enforcement: eBPF.
networkPolicy: cilium
status:
  state: ga
  sources: [doc-a]
capabilities:
  linux-nodes: { support: yes, sources: [doc-a] }
  windows-nodes: { support: no, sources: [doc-a] }
  dual-stack: { support: yes, sources: [doc-a] }
  fqdn-filtering: { support: yes, sources: [doc-a] }
  l7-policy: { support: yes, sources: [doc-a] }
  encryption: { support: yes, sources: [doc-a] }
dataplanes:
  azure: { support: no, sources: [doc-a] }
  cilium: { support: yes, sources: [doc-a] }
limitations: []
history: []
glossary: []
lastVerified: 2026-11-22
`;

/** A sound tree over the fixture: Windows or not, then network policy with Gamma (retiring on 2027-01-01) or none. */
const TREE = `title: Pick a configuration
description: Fixture tree for the soundness rule.
start: q1
questions:
  q1:
    text: Windows node pools?
    answers:
      - id: "yes"
        label: "Yes"
        next: q2
        requires: [windows-nodes]
        rationale: Windows.
      - id: "no"
        label: "No"
        next: q2
        rationale: Linux only.
  q2:
    text: Network policy?
    answers:
      - id: none
        label: None
        decides: { ipMode: alpha, dataplane: azure, networkPolicy: none }
        rationale: No engine.
      - id: "yes"
        label: "Yes"
        decides: { ipMode: alpha, dataplane: azure, networkPolicy: gamma }
        requires: [network-policy]
        rationale: Gamma, which retires on 2027-01-01.
lastVerified: 2026-11-22
sources: [doc-a]
`;

const FILE = 'data/decisions/pick.yaml';

function fixture(): FixtureCopy {
  const f = fixtureCopy();
  f.write('data/plugins/delta.yaml', DELTA);
  f.write('data/policy-engines/epsilon.yaml', EPSILON);
  for (const plugin of ['alpha', 'beta']) f.edit(`data/plugins/${plugin}.yaml`, 'policyEngines:\n', 'policyEngines:\n  epsilon:\n    support: yes\n    sources: [doc-a]\n');
  f.write(FILE, TREE);
  return f;
}

/** The decision-paths-sound issues of a fixture, as `path: message`. */
function pathIssues(f: FixtureCopy): string[] {
  const issues = f.check();
  expect(issues.filter((i) => i.rule !== 'decision-paths-sound')).toEqual([]);
  for (const i of issues) expect(i.file).toBe(FILE);
  return issues.map((i) => `${i.path}: ${i.message}`);
}

describe('decision-paths-sound on fixtures', () => {
  it('passes a tree whose every path the data supports', () => {
    expect(fixture().check()).toEqual([]);
  });

  it('fails a path requiring Windows that ends on the Cilium dataplane, naming file, path and requirement', () => {
    const f = fixture();
    f.edit(FILE, 'decides: { ipMode: alpha, dataplane: azure, networkPolicy: none }', 'decides: { ipMode: alpha, dataplane: cilium, networkPolicy: epsilon }');
    expect(pathIssues(f)).toEqual([
      'questions.q2.answers[0]: path q1:yes,q2:none: requires windows-nodes (stated at q1:yes) but Delta Dataplane says no, not supported (data/plugins/delta.yaml properties.windows-nodes) [requirement windows-nodes]',
      'questions.q2.answers[0]: path q1:yes,q2:none: requires windows-nodes (stated at q1:yes) but Epsilon Engine says no, not supported (data/policy-engines/epsilon.yaml capabilities.windows-nodes) [requirement windows-nodes]',
    ]);
  });

  it('fails a path requiring network policy that ends without an engine', () => {
    const f = fixture();
    f.edit(FILE, 'decides: { ipMode: alpha, dataplane: azure, networkPolicy: gamma }', 'decides: { ipMode: alpha, dataplane: azure, networkPolicy: none }');
    expect(pathIssues(f)).toEqual([
      'questions.q2.answers[1]: path q1:yes,q2:yes: requires network-policy (stated at q2:yes) but the outcome names no policy engine [requirement network-policy]',
      'questions.q2.answers[1]: path q1:no,q2:yes: requires network-policy (stated at q2:yes) but the outcome names no policy engine [requirement network-policy]',
    ]);
  });

  it('fails a Windows path whose engine lacks Windows support, and only that path', () => {
    const f = fixture();
    f.edit('data/policy-engines/gamma.yaml', 'windows-nodes: { support: yes, sources: [doc-a] }', 'windows-nodes: { support: no, sources: [doc-a] }');
    expect(pathIssues(f)).toEqual([
      'questions.q2.answers[1]: path q1:yes,q2:yes: requires windows-nodes (stated at q1:yes) but Gamma Engine says no, not supported (data/policy-engines/gamma.yaml capabilities.windows-nodes) [requirement windows-nodes]',
    ]);
  });

  it('treats an undocumented capability as unproven', () => {
    const f = fixture();
    f.edit('data/policy-engines/gamma.yaml', 'windows-nodes: { support: yes, sources: [doc-a] }', 'windows-nodes: { support: unknown, note: No page says., sources: [doc-a] }');
    expect(pathIssues(f)).toEqual([expect.stringContaining('path q1:yes,q2:yes: requires windows-nodes (stated at q1:yes) but Gamma Engine says unknown, undocumented')]);
  });

  it('fails a path for a new cluster that ends on a retiring engine', () => {
    const f = fixture();
    f.edit(FILE, 'requires: [windows-nodes]', 'requires: [windows-nodes, new-cluster]');
    expect(pathIssues(f)).toEqual([
      'questions.q2.answers[1]: path q1:yes,q2:yes: is for a new cluster (stated at q1:yes) but ends on Gamma Engine, which is retiring (data/policy-engines/gamma.yaml status.state) [requirement new-cluster]',
    ]);
  });

  it('fails a retiring engine recommended without its date', () => {
    const f = fixture();
    f.edit(FILE, 'rationale: Gamma, which retires on 2027-01-01.', 'rationale: Gamma.');
    expect(pathIssues(f)).toEqual([
      'questions.q2.answers[1]: path q1:yes,q2:yes: recommends Gamma Engine, which retires on 2027-01-01 (all clusters), but no rationale on the path gives that date',
      'questions.q2.answers[1]: path q1:no,q2:yes: recommends Gamma Engine, which retires on 2027-01-01 (all clusters), but no rationale on the path gives that date',
    ]);
  });

  it('fails an engine on a dataplane it does not run on, and a dataplane that brings its own engine', () => {
    const f = fixture();
    f.edit(FILE, 'decides: { ipMode: alpha, dataplane: azure, networkPolicy: gamma }', 'decides: { ipMode: alpha, dataplane: cilium, networkPolicy: gamma }');
    f.edit(FILE, '        requires: [windows-nodes]\n', '');
    const issues = pathIssues(f);
    expect(issues).toContain(
      'questions.q2.answers[1]: path q1:no,q2:yes: Delta Dataplane enforces network policy itself, so networkPolicy must be the engine selected by --network-policy cilium, not gamma',
    );
    expect(issues).toContain('questions.q2.answers[1]: path q1:no,q2:yes: Gamma Engine does not run on the cilium dataplane (data/policy-engines/gamma.yaml dataplanes.cilium) [requirement network-policy]');
    expect(issues).toContain(
      'questions.q2.answers[1]: path q1:no,q2:yes: Delta Dataplane does not work with Gamma Engine: Delta Dataplane says no, not supported (data/plugins/delta.yaml policyEngines.gamma) [requirement network-policy]',
    );
  });

  it('fails a path that needs more nodes than the IP mode reaches', () => {
    const f = fixture();
    f.edit(FILE, '        rationale: Linux only.', '        scale: { nodes: 6000 }\n        rationale: Linux only.');
    expect(pathIssues(f)).toEqual([
      'questions.q2.answers[0]: path q1:no,q2:none: needs 6000 nodes but Alpha Plugin reaches 5000 (data/plugins/alpha.yaml properties.max-nodes) [requirement max-nodes]',
      'questions.q2.answers[1]: path q1:no,q2:yes: needs 6000 nodes but Alpha Plugin reaches 5000 (data/plugins/alpha.yaml properties.max-nodes) [requirement max-nodes]',
    ]);
  });

  it('accepts a requirement an answer gives up', () => {
    const f = fixture();
    f.edit('data/policy-engines/gamma.yaml', 'windows-nodes: { support: yes, sources: [doc-a] }', 'windows-nodes: { support: no, sources: [doc-a] }');
    f.edit(FILE, '        requires: [network-policy]\n', '        requires: [network-policy]\n        waives: [windows-nodes]\n');
    expect(fixture().check()).toEqual([]);
    expect(f.check()).toEqual([]);
  });
});
