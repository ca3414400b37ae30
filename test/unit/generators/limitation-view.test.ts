import { describe, expect, it } from 'vitest';
import { limitationViews } from '../../../src/generators/limitation-view';
import { limitationsIndex, liftedLimitationsIndex } from '../../../src/generators/limitations-index';
import { limitationRecords } from '../../../src/generators/search-records';
import { activeLimitations, loadModel } from '../../../src/model';
import { fixtureCopy } from '../../support/fixture';

const LIMITATION = (id: string, severity: string, extra = '') =>
  `  - id: ${id}\n    title: Title of ${id}\n    severity: ${severity}\n    category: scale\n    text: Text of ${id}.\n    sources: [doc-a]\n${extra}`;

/** A fixture whose plugin alpha has an info, a lifted, a blocker and a moved limitation, in that file order. */
function lifecycleModel() {
  const f = fixtureCopy();
  f.edit(
    'data/plugins/alpha.yaml',
    'history: []',
    LIMITATION('info-one', 'info') +
      LIMITATION('was-a-limit', 'blocker', '    lifted:\n      date: 2026-07-17\n      note: It works now.\n      sources: [doc-a]\n') +
      LIMITATION('blocker-one', 'blocker') +
      LIMITATION('moved-away', 'caution', '    movedTo: beta#beta-limit\n') +
      'history: []',
  );
  f.edit('data/plugins/beta.yaml', 'limitations:\n', `limitations:\n${LIMITATION('beta-limit', 'caution')}`);
  expect(f.check()).toEqual([]);
  return loadModel(f.locations);
}

describe('lifted and moved limitations', () => {
  const model = lifecycleModel();
  const alpha = model.pluginById.get('alpha')!;

  it('activeLimitations leaves out lifted and moved entries, in file order', () => {
    expect(activeLimitations(alpha.data).map((l) => l.id)).toEqual(['first-limit', 'info-one', 'blocker-one']);
  });

  it('a page lists the active ones by severity, then lifted, then moved, each keeping its id', () => {
    const views = limitationViews(model, alpha.data);
    expect(views.map((v) => [v.id, v.state])).toEqual([
      ['blocker-one', 'active'],
      ['first-limit', 'active'],
      ['info-one', 'active'],
      ['was-a-limit', 'lifted'],
      ['moved-away', 'moved'],
    ]);
    expect(views[3]!.lifted).toMatchObject({ date: '2026-07-17', note: 'It works now.' });
    expect(views[4]!.moved).toEqual({ href: '/plugins/beta/#beta-limit', owner: 'Beta Plugin', title: 'Title of beta-limit' });
  });

  it('the limitations index counts active ones only and lists lifted ones apart', () => {
    const group = limitationsIndex(model).find((g) => g.owner.id === 'alpha')!;
    expect(group.items.map((i) => i.id).sort()).toEqual(['blocker-one', 'first-limit', 'info-one']);
    expect(liftedLimitationsIndex(model)).toEqual([
      { title: 'Title of was-a-limit', owner: 'Alpha Plugin', date: '2026-07-17', note: 'It works now.', href: '/plugins/alpha/#was-a-limit' },
    ]);
  });

  it('a lifted limitation stays findable in search but outside the type and severity facets', () => {
    const records = limitationRecords(model).filter((r) => r.url.startsWith('/plugins/alpha/'));
    const lifted = records.find((r) => r.url.endsWith('#was-a-limit'))!;
    expect(lifted.filters).toEqual({ plugin: ['Alpha Plugin'] });
    expect(lifted.content).toContain('Lifted on 2026-07-17');
    expect(records.some((r) => r.url.endsWith('#moved-away'))).toBe(false);
    expect(records.filter((r) => r.filters.type).map((r) => r.url.split('#')[1]).sort()).toEqual(['blocker-one', 'first-limit', 'info-one']);
  });
});
