import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { settingSection, settingsForOption, settingsMatrix } from '../../../src/generators/settings-page';
import { loadModel } from '../../../src/model';

const root = path.resolve('test/fixtures/minimal');
const model = loadModel({ root, dataDir: path.join(root, 'data'), glossaryDir: path.join(root, 'glossary') });

describe('settingsMatrix', () => {
  it('has a column for every plugin and a state in every cell, linking each row to its anchor', () => {
    const matrix = settingsMatrix(model);
    expect(matrix.columns.map((c) => c.id)).toEqual(model.plugins.map((p) => p.id));
    expect(matrix.rows).toHaveLength(model.settings.length);
    const row = matrix.rows[0]!;
    expect(row).toMatchObject({ id: 'max-widgets', name: 'Max widgets', scope: 'Node pool', href: '#max-widgets' });
    expect(row.cells.map((c) => c.state)).toEqual(['in-place', 'new-node-pool']);
  });
});

describe('settingSection', () => {
  const section = settingSection(model, model.settingById.get('max-widgets')!);

  it('groups the plugins that share a change entry', () => {
    expect(section.groups.map((g) => [g.change.state, g.options.map((o) => o.id)])).toEqual([
      ['in-place', ['alpha']],
      ['new-node-pool', ['beta']],
    ]);
  });

  it('links the limitations that name the setting and the errors about it', () => {
    expect(section.limitations).toEqual([{ title: 'A first limitation', href: '/plugins/alpha/#first-limit', owner: 'Alpha Plugin' }]);
    expect(section.errors).toEqual([{ id: 'widget-shortage', code: 'WidgetShortage', title: 'The subnet has no room for more widgets', href: '/errors/widget-shortage/' }]);
  });

  it('keeps the flag, commands, API field and when it can be set', () => {
    expect(section).toMatchObject({ flag: '--max-widgets', commands: ['az aks create', 'az aks nodepool add'], apiField: 'agentPoolProfiles[].maxWidgets', setWhen: 'When the cluster or a node pool is created.' });
  });
});

describe('settingsForOption', () => {
  it("is one plugin's column, linking to /settings/ anchors", () => {
    expect(settingsForOption(model, 'beta')).toEqual([expect.objectContaining({ id: 'max-widgets', href: '/settings/#max-widgets', change: expect.objectContaining({ state: 'new-node-pool' }) })]);
  });
});
