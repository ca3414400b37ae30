import { fixtureCopy, type FixtureCopy } from './fixture';

/* Fixture data for configurations: a Cilium-like dataplane and alpha on it. */

/** A Cilium-like dataplane for the fixture: Linux only, combines with alpha. */
export const DATAPLANE = `name: Cilia Dataplane
shortName: Cilia
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
    - flag: --network-plugin
      value: azure
      required: true
    - flag: --network-plugin-mode
      value: overlay
      required: false
      example: true
    - flag: --network-dataplane
      value: cilium
      required: true
  sources: [doc-a]
properties:
  windows-nodes:
    support: no
    note: Linux only.
    sources: [doc-b]
  max-nodes:
    support: yes
    value: 1000
    sources: [doc-a]
policyEngines:
  gamma:
    support: no
    sources: [doc-a]
limitations: []
history: []
migrations: []
glossary: []
lastVerified: 2026-11-22
`;

/** Alpha (the fixture's IP mode) on the Cilia dataplane. */
export const CONFIGURATION = `name: Alpha on Cilia
shortName: Alpha + Cilia
aliases: []
ipMode: alpha
dataplane: cilium
summary: A fixture configuration.
cells: {}
lastVerified: 2026-12-04
`;

/** A second cited document, so a combined cell's sources can be told apart. */
export const SOURCE_B = `doc-b:
  title: Document B
  url: https://example.com/b
  publisher: Example
  date: 2026-01-01
  lastVerified: 2026-11-22
`;

/** The minimal fixture plus a dataplane file (cilia) and one configuration of alpha on it. */
export function withConfiguration(edit?: (f: FixtureCopy) => void): FixtureCopy {
  const f = fixtureCopy();
  f.edit('data/sources.yaml', /$/, `\n${SOURCE_B}`);
  f.write('data/plugins/cilia.yaml', DATAPLANE);
  f.write('data/configurations/alpha-cilium-dataplane.yaml', CONFIGURATION);
  edit?.(f);
  return f;
}

