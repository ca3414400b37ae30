import { describe, expect, it } from 'vitest';
import { cellView } from '../../src/generators/cell-view';
import { comparedOptionById, configurationAsPlugin, configurationCell, configurationParts } from '../../src/generators/configuration';
import { pluginConfigurations } from '../../src/generators/plugin-configurations';
import { dataLocations, loadModel, type Model } from '../../src/model';
import { CONFIGURATION, withConfiguration } from '../support/configuration-fixture';
import { fixtureCopy, type FixtureCopy } from '../support/fixture';

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

describe('the real configurations\' migration paths', () => {
  const model = loadModel(dataLocations());
  const row = (id: string, propertyId: string) => cellView(model, comparedOptionById(model).get(id)!, model.propertyById.get(propertyId)!, '2026-12-04').text;

  it('a switch to Cilium keeps the IP mode: Overlay on the Azure dataplane moves in place to Overlay + Cilium', () => {
    expect(row('azure-cni-overlay-azure-dataplane', 'migration-out')).toContain('To Overlay + Cilium (in place)');
    expect(row('azure-cni-overlay-cilium-dataplane', 'migration-in')).toContain('From Overlay (Azure dataplane) (in place)');
  });

  it('a change of IP mode keeps the dataplane, and nothing leads back to the Azure dataplane', () => {
    expect(row('azure-cni-node-subnet-cilium-dataplane', 'migration-out')).toBe('To Overlay + Cilium (in place)');
    expect(row('azure-cni-overlay-cilium-dataplane', 'migration-out')).toBe('None documented');
  });

  it('moves out of plain plugins land on the Azure dataplane: kubenet and Node Subnet into Overlay (Azure dataplane)', () => {
    const into = row('azure-cni-overlay-azure-dataplane', 'migration-in');
    expect(into).toContain('From kubenet (in place)');
    expect(into).toContain('From Node Subnet (in place)');
    expect(row('azure-cni-overlay-cilium-dataplane', 'migration-in')).not.toContain('kubenet');
  });
});

describe('what the Cilium plugin page assumes', () => {
  it('its cells describe Overlay + Cilium, and it lists every Cilium configuration', () => {
    const model = loadModel(dataLocations());
    const pairings = pluginConfigurations(model, model.pluginById.get('azure-cni-cilium')!);
    expect(pairings.assumed?.id).toBe('azure-cni-overlay-cilium-dataplane');
    expect(pairings.configurations.map((c) => c.id).sort()).toEqual(model.configurations.filter((c) => c.data.dataplane === 'cilium').map((c) => c.id).sort());
  });
});
