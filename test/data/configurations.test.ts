import { describe, expect, it } from 'vitest';
import { configurationAsPlugin, configurationCell, configurationParts } from '../../src/generators/configuration';
import { dataLocations, loadModel, type Model } from '../../src/model';
import { fixtureCopy, type FixtureCopy } from '../support/fixture';

/** A Cilium-like dataplane for the fixture: Linux only, combines with alpha. */
const DATAPLANE = `name: Cilia Dataplane
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

const CONFIGURATION = `name: Alpha on Cilia
shortName: Alpha + Cilia
aliases: []
ipMode: alpha
dataplane: cilium
summary: A fixture configuration.
cells: {}
lastVerified: 2026-12-04
`;

/** A second cited document, so a combined cell's sources can be told apart. */
const SOURCE_B = `doc-b:
  title: Document B
  url: https://example.com/b
  publisher: Example
  date: 2026-01-01
  lastVerified: 2026-11-22
`;

function withConfiguration(edit?: (f: FixtureCopy) => void): FixtureCopy {
  const f = fixtureCopy();
  f.edit('data/sources.yaml', /$/, `\n${SOURCE_B}`);
  f.write('data/plugins/cilia.yaml', DATAPLANE);
  f.write('data/configurations/alpha-cilium-dataplane.yaml', CONFIGURATION);
  edit?.(f);
  return f;
}

describe('configurations-resolve on fixtures', () => {
  it('a configuration of an IP mode and a dataplane that combine passes', () => {
    expect(withConfiguration().check()).toEqual([]);
  });

  it('the file name must be <ipMode>-<dataplane>-dataplane', () => {
    const f = withConfiguration((f) => {
      f.remove('data/configurations/alpha-cilium-dataplane.yaml');
      f.write('data/configurations/alpha-with-cilia.yaml', CONFIGURATION);
    });
    expect(f.check()).toEqual([expect.objectContaining({ file: 'data/configurations/alpha-with-cilia.yaml', rule: 'configurations-resolve', message: expect.stringContaining('alpha-cilium-dataplane.yaml') })]);
  });

  it('an IP mode the dataplane does not combine with fails, naming the field', () => {
    const f = withConfiguration((f) => f.edit('data/plugins/cilia.yaml', 'combinesWith: [alpha]', 'combinesWith: [beta]'));
    expect(f.check()).toEqual([expect.objectContaining({ path: 'ipMode', rule: 'configurations-resolve', message: 'cilia does not list alpha in combinesWith' })]);
  });

  it('an unknown IP mode or cell property fails with the field path', () => {
    const f = withConfiguration((f) => {
      f.edit('data/configurations/alpha-cilium-dataplane.yaml', 'cells: {}', 'cells:\n  no-such-row:\n    support: yes\n    sources: [doc-a]');
    });
    expect(f.check()).toEqual([expect.objectContaining({ path: 'cells.no-such-row', message: expect.stringContaining('unknown property "no-such-row"') })]);
  });

  it('on the Azure dataplane every property the dataplane decides needs the configuration\'s own cell', () => {
    const f = fixtureCopy();
    f.edit('data/properties.yaml', 'decidedBy: both', 'decidedBy: dataplane');
    f.write('data/configurations/alpha-azure-dataplane.yaml', CONFIGURATION.replace('dataplane: cilium', 'dataplane: azure'));
    expect(f.check()).toEqual([expect.objectContaining({ path: 'cells.windows-nodes', rule: 'configurations-resolve' })]);
  });

  it('a property that is not derived must say what decides it', () => {
    const f = fixtureCopy();
    f.edit('data/properties.yaml', '  decidedBy: ip-mode\n', '');
    expect(f.check()).toEqual([expect.objectContaining({ file: 'data/properties.yaml', path: 'max-nodes.decidedBy', rule: 'configurations-resolve' })]);
  });
});

describe('a configuration\'s cells', () => {
  const load = (f: FixtureCopy): Model => loadModel(f.locations);

  it('follow the IP mode, the dataplane, or the weaker of both, as decidedBy says', () => {
    const model = load(withConfiguration());
    const config = model.configurationById.get('alpha-cilium-dataplane')!;
    const windows = configurationCell(model, config, model.propertyById.get('windows-nodes')!)!;
    expect(windows.basis).toBe('both');
    expect(windows.cell).toMatchObject({ support: 'no', note: 'Cilia: Linux only.' });
    expect(windows.cell.sources).toEqual(['doc-a', 'doc-b']);
    const nodes = configurationCell(model, config, model.propertyById.get('max-nodes')!)!;
    expect(nodes).toEqual({ basis: 'ip-mode', cell: model.pluginById.get('alpha')!.data.properties['max-nodes'] });
    expect(configurationCell(model, config, model.propertyById.get('status')!)).toBeUndefined();
  });

  it('a cell in the configuration file overrides the derived one', () => {
    const model = load(
      withConfiguration((f) => f.edit('data/configurations/alpha-cilium-dataplane.yaml', 'cells: {}', 'cells:\n  windows-nodes:\n    support: unknown\n    note: Not documented.\n    sources: [doc-a]')),
    );
    const config = model.configurationById.get('alpha-cilium-dataplane')!;
    expect(configurationCell(model, config, model.propertyById.get('windows-nodes')!)).toMatchObject({ basis: 'configuration', cell: { support: 'unknown' } });
  });

  it('resolve into a plugin-shaped entry: the dataplane\'s engines, both parts\' flags without the pairing examples', () => {
    const model = load(withConfiguration());
    const config = model.configurationById.get('alpha-cilium-dataplane')!;
    expect(configurationParts(model, config).dataplane?.id).toBe('cilia');
    const plugin = configurationAsPlugin(model, config);
    expect(plugin.id).toBe('alpha-cilium-dataplane');
    expect(plugin.data.cli.flags.map((f) => f.flag)).toEqual(['--network-plugin', '--network-dataplane']);
    expect(plugin.data.policyEngines['gamma']?.support).toBe('no');
    expect(plugin.data.networkProfile).toMatchObject({ networkPluginMode: 'overlay', networkDataplane: 'cilium', networkPolicy: 'cilium' });
    expect(Object.keys(plugin.data.properties).sort()).toEqual(['max-nodes', 'windows-nodes']);
  });
});

describe('the real configurations', () => {
  const model = loadModel(dataLocations());
  const cell = (configId: string, propertyId: string) =>
    configurationCell(model, model.configurationById.get(configId)!, model.propertyById.get(propertyId)!)!.cell;

  it('Overlay with Cilium is Linux only and offers L7 policy; on the Azure dataplane it offers no L7 policy', () => {
    expect(cell('azure-cni-overlay-cilium-dataplane', 'windows-nodes').support).toBe('no');
    expect(cell('azure-cni-overlay-cilium-dataplane', 'l7-policy').support).toBe('yes');
    expect(cell('azure-cni-overlay-azure-dataplane', 'l7-policy').support).toBe('no');
    expect(cell('azure-cni-overlay-azure-dataplane', 'windows-nodes').support).toBe('yes');
  });

  it('Pod Subnet dynamic with Cilium keeps the IP mode\'s facts: no node auto-provisioning, VNet-routable pods', () => {
    expect(cell('azure-cni-pod-subnet-dynamic-cilium-dataplane', 'node-auto-provisioning').support).toBe('no');
    expect(cell('azure-cni-pod-subnet-dynamic-cilium-dataplane', 'pods-routable-from-vnet').support).toBe('yes');
  });

  it('each configuration\'s create flags select its IP mode and dataplane, and no other IP mode', () => {
    const flags = (id: string) => configurationAsPlugin(model, model.configurationById.get(id)!).data.cli.flags.map((f) => `${f.flag} ${f.value ?? ''}`.trim());
    expect(flags('azure-cni-overlay-cilium-dataplane')).toEqual(expect.arrayContaining(['--network-plugin-mode overlay', '--network-dataplane cilium']));
    expect(flags('azure-cni-node-subnet-cilium-dataplane')).toContain('--network-dataplane cilium');
    expect(flags('azure-cni-node-subnet-cilium-dataplane').some((f) => f.startsWith('--network-plugin-mode'))).toBe(false);
    expect(flags('azure-cni-overlay-azure-dataplane').some((f) => f.startsWith('--network-dataplane cilium'))).toBe(false);
  });
});
