import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isFixed, settingChange, UNRECORDED_NOTE } from '../../../src/generators/setting-change';
import { loadModel, type Model } from '../../../src/model';
import type { Entry } from '../../../src/model/read';
import type { Configuration, Setting } from '../../../src/schemas';

const root = path.resolve('test/fixtures/minimal');
const model = loadModel({ root, dataDir: path.join(root, 'data'), glossaryDir: path.join(root, 'glossary') });
const widgets = model.settingById.get('max-widgets')!;

describe('settingChange', () => {
  it("uses the plugin's own entry, with its words, effect, command and sources", () => {
    expect(settingChange(model, widgets, 'alpha')).toMatchObject({
      state: 'in-place',
      word: 'In place',
      effect: 'Reimages the node pool.',
      command: 'az aks nodepool update --max-widgets <n>',
      basis: 'own',
      key: 'alpha',
      sources: [expect.objectContaining({ id: 'doc-a', title: 'Document A' })],
    });
  });

  it('falls back to the default entry for a plugin without its own, and for a policy engine', () => {
    expect(settingChange(model, widgets, 'beta')).toMatchObject({ state: 'new-node-pool', word: 'New node pool', basis: 'default', key: 'default' });
    expect(settingChange(model, widgets, 'gamma')).toMatchObject({ state: 'new-node-pool', basis: 'default' });
  });

  it('gives a configuration its IP mode\'s entry when it has none of its own', () => {
    const config = { id: 'alpha-cilium-dataplane', data: { ipMode: 'alpha' } } as unknown as Entry<Configuration>;
    const withConfig: Model = { ...model, configurationById: new Map([[config.id, config]]) };
    expect(settingChange(withConfig, widgets, config.id)).toMatchObject({ state: 'in-place', basis: 'ip-mode', key: 'alpha' });
  });

  it('says unknown, and that nothing is recorded, when a setting has neither an entry nor a default', () => {
    const bare = { ...widgets, data: { ...widgets.data, changes: { alpha: widgets.data.changes.alpha! } } } as Entry<Setting>;
    expect(settingChange(model, bare, 'beta')).toMatchObject({ state: 'unknown', word: 'Unknown', note: UNRECORDED_NOTE, basis: 'unrecorded', sources: [] });
  });

  it('counts create-only, new node pool and new cluster as fixed, the others not', () => {
    expect(['create-only', 'new-node-pool', 'new-cluster'].every((s) => isFixed(s as never))).toBe(true);
    expect(['in-place', 'extend-only', 'not-applicable', 'unknown'].some((s) => isFixed(s as never))).toBe(false);
  });
});
