import { describe, expect, it } from 'vitest';
import { pairView, pluginPairs } from '../../src/generators/comparison';
import { limitationsTitle } from '../../src/generators/pair-html';
import { configurationPageView } from '../../src/generators/configuration-page';
import { modelExport } from '../../src/generators/exports';
import { decideParts } from '../../src/generators/decision-outcome';
import { dataLocations, loadModel } from '../../src/model';
import { holdsOnDataplane } from '../../src/model/limitations';
import { withConfiguration } from '../support/configuration-fixture';
import { fixtureCopy } from '../support/fixture';

/** A limitation of the fixture's first IP mode (alpha), scoped to a dataplane. */
const scoped = (file: string, dataplane: string) => (f: { edit: (file: string, s: string, r: string) => void }) =>
  f.edit(file, '    text: Something to plan for.', `    text: Something to plan for.\n    dataplane: ${dataplane}`);

describe('limitation-dataplane-scope on fixtures', () => {
  it("an IP mode's limitation scoped to a dataplane passes when a configuration runs it on the Cilium dataplane", () => {
    expect(withConfiguration(scoped('data/plugins/alpha.yaml', 'cilium')).check()).toEqual([]);
  });

  it('without such a configuration the scope fails, naming the file, the field and why', () => {
    const f = fixtureCopy();
    scoped('data/plugins/alpha.yaml', 'azure')(f);
    expect(f.check()).toEqual([
      expect.objectContaining({
        file: 'data/plugins/alpha.yaml',
        path: 'limitations[0].dataplane',
        rule: 'limitation-dataplane-scope',
        message: expect.stringContaining('no configuration in data/configurations runs "alpha" on the Cilium dataplane'),
      }),
    ]);
  });

  it("a dataplane's or a policy engine's limitation cannot be scoped", () => {
    const f = withConfiguration((f) => {
      f.edit('data/plugins/cilia.yaml', 'limitations: []', 'limitations:\n  - id: own-limit\n    title: Own limit\n    severity: info\n    category: scale\n    text: Text.\n    dataplane: cilium\n    sources: [doc-a]');
      f.edit('data/policy-engines/gamma.yaml', 'limitations: []', 'limitations:\n  - id: engine-limit\n    title: Engine limit\n    severity: info\n    category: scale\n    text: Text.\n    dataplane: azure\n    sources: [doc-a]');
    });
    expect(f.check().map((i) => [i.file, i.path, i.rule])).toEqual([
      ['data/policy-engines/gamma.yaml', 'limitations[0].dataplane', 'limitation-dataplane-scope'],
      ['data/plugins/cilia.yaml', 'limitations[0].dataplane', 'limitation-dataplane-scope'],
    ]);
  });

  it('a value that is no dataplane fails at schema level', () => {
    const f = withConfiguration(scoped('data/plugins/alpha.yaml', 'ebpf'));
    expect(f.check()[0]).toMatchObject({ rule: 'schema', path: 'limitations[0].dataplane', message: 'expected azure|cilium, got "ebpf"' });
  });
});

describe('pair pages on fixtures', () => {
  it('a plugin and its configuration that share no limitation get no empty "both sides" list', () => {
    // Alpha's only limitation holds on the Azure dataplane: the plain plugin has it, Alpha + Cilia does not.
    const f = withConfiguration(scoped('data/plugins/alpha.yaml', 'azure'));
    expect(f.check()).toEqual([]);
    const model = loadModel(f.locations);
    const pair = pluginPairs(model).find((p) => [p.a.id, p.b.id].includes('alpha') && [p.a.id, p.b.id].includes('alpha-cilium-dataplane'))!;
    const lists = pairView(model, pair.a, pair.b, '2026-12-05').limitations.filter((l) => l.plugin.id === 'alpha');
    expect(lists.map((l) => ({ sides: l.sides.length, only: l.only ?? false, ids: l.items.map((i) => i.id) }))).toEqual([{ sides: 1, only: true, ids: [expect.any(String)] }]);
  });
});

describe('holdsOnDataplane', () => {
  it('an unscoped limitation holds everywhere; a scoped one only on its dataplane, or where the dataplane is not known', () => {
    expect(holdsOnDataplane({}, 'cilium')).toBe(true);
    expect(holdsOnDataplane({ dataplane: 'cilium' }, 'cilium')).toBe(true);
    expect(holdsOnDataplane({ dataplane: 'cilium' }, 'azure')).toBe(false);
    expect(holdsOnDataplane({ dataplane: 'azure' }, 'none')).toBe(false);
    expect(holdsOnDataplane({ dataplane: 'azure' }, undefined)).toBe(true);
  });
});

describe('the real data: limitations scoped to a dataplane', () => {
  const model = loadModel(dataLocations());
  const configLimitations = (configId: string) =>
    configurationPageView(model, model.configurationById.get(configId)!, '2026-12-05').limitations.flatMap((group) => group.items.map((l) => `${group.part.id}#${l.id}`));

  it("a configuration page lists the IP mode's limitations of its own dataplane only", () => {
    const azure = configLimitations('azure-cni-overlay-azure-dataplane');
    const cilium = configLimitations('azure-cni-overlay-cilium-dataplane');
    expect(azure).toContain('azure-cni-overlay#cilium-features-linux-only');
    expect(azure).toContain('azure-cni-overlay#azure-npm-retirement');
    expect(cilium).not.toContain('azure-cni-overlay#cilium-features-linux-only');
    expect(cilium).not.toContain('azure-cni-overlay#azure-npm-retirement');
    // Everything else of the IP mode is on both.
    expect(cilium.filter((id) => id.startsWith('azure-cni-overlay#'))).toEqual(azure.filter((id) => id.startsWith('azure-cni-overlay#') && !/cilium-features-linux-only|azure-npm-retirement|dual-stack-no-npm-or-calico/.test(id)));
    expect(configLimitations('azure-cni-pod-subnet-dynamic-cilium-dataplane')).toContain('azure-cni-pod-subnet-dynamic#l7-policy-limits');
  });

  it('a chooser result names only the limitations that hold on its dataplane, in lists of their own', () => {
    const azure = decideParts(model, { ipMode: 'azure-cni-node-subnet', dataplane: 'azure', ipFamilies: 'ipv4', flags: [] })[0]!;
    const cilium = decideParts(model, { ipMode: 'azure-cni-node-subnet', dataplane: 'cilium', ipFamilies: 'ipv4', flags: [] })[0]!;
    expect(azure.key).not.toBe(cilium.key);
    expect(azure.limitations.map((l) => l.id)).toContain('npm-retiring');
    expect(azure.limitations.map((l) => l.id)).not.toContain('l7-policy-limits');
    expect(cilium.limitations.map((l) => l.id)).toContain('l7-policy-limits');
    expect(cilium.limitations.map((l) => l.id)).not.toContain('npm-retiring');
    // An IP mode without scoped limitations keeps one list, and its plain key, on every dataplane.
    const byo = decideParts(model, { ipMode: 'byo-cni', dataplane: 'none', ipFamilies: 'ipv4', flags: [] })[0]!;
    expect(byo.key).toBe('plugin:byo-cni');
  });

  it('a pair page of two configurations of one IP mode splits its list: what both sides have, and what only one side has', () => {
    const pair = pluginPairs(model).find((p) => p.slug === 'azure-cni-overlay-azure-dataplane-vs-azure-cni-overlay-cilium-dataplane')!;
    const view = pairView(model, pair.a, pair.b, '2026-12-05');
    const lists = view.limitations.map((l) => ({ plugin: l.plugin.id, sides: l.sides, only: l.only ?? false, anchor: l.anchor, ids: l.items.map((i) => i.id) }));
    const overlayLists = lists.filter((l) => l.plugin === 'azure-cni-overlay');
    expect(overlayLists.map((l) => [l.sides.length, l.only, l.anchor])).toEqual([
      [1, true, 'limitations-azure-cni-overlay-azure-cni-overlay-azure-dataplane'],
      [2, false, 'limitations-azure-cni-overlay'],
    ]);
    expect([...overlayLists[0]!.ids].sort()).toEqual(['azure-npm-retirement', 'cilium-features-linux-only', 'dual-stack-no-npm-or-calico']);
    expect(overlayLists[1]!.ids).not.toContain('cilium-features-linux-only');
    expect(view.limitations.filter((l) => l.plugin.id === 'azure-cni-overlay').map((l) => limitationsTitle(view, l))).toEqual([
      `Limitations of Overlay that ${view.b.shortName} does not have`,
      'Limitations of Overlay (both sides)',
    ]);
    // Every active limitation of Overlay is in exactly one of the lists.
    const overlay = model.pluginById.get('azure-cni-overlay')!;
    const all = overlay.data.limitations.filter((l) => !l.lifted && !l.movedTo).map((l) => l.id).sort();
    expect([...overlayLists[0]!.ids, ...overlayLists[1]!.ids].sort()).toEqual(all);
    // The Cilium dataplane is on one side only, and keeps its whole list.
    expect(lists.find((l) => l.plugin === 'azure-cni-cilium')).toMatchObject({ sides: [view.b.shortName], only: false });
  });

  it("the export's configurations list the limitations that hold for them: active, on their dataplane", () => {
    const data = modelExport(model, '2026-12-05', 'https://manual.example/');
    const ids = (configId: string) => data.configurations.find((c) => c.id === configId)!.limitations.map((l) => `${l.plugin}#${l.id}`);
    expect(ids('azure-cni-overlay-azure-dataplane')).toContain('azure-cni-overlay#cilium-features-linux-only');
    expect(ids('azure-cni-overlay-cilium-dataplane')).not.toContain('azure-cni-overlay#cilium-features-linux-only');
    const inactive = [...model.plugins].flatMap((p) => p.data.limitations.filter((l) => l.lifted || l.movedTo).map((l) => `${p.id}#${l.id}`));
    for (const config of data.configurations) expect(config.limitations.map((l) => `${l.plugin}#${l.id}`).filter((id) => inactive.includes(id))).toEqual([]);
  });
});
