import { describe, expect, it } from 'vitest';
import { changeEntries, changesOf, changesSince } from '../../../src/generators/changes';
import { changesAtom } from '../../../src/generators/changes-feed';
import { loadModel } from '../../../src/model';
import { fixtureCopy } from '../../support/fixture';

function model() {
  const f = fixtureCopy();
  f.edit('data/plugins/alpha.yaml', '    text: Something to plan for.\n    setting: max-widgets\n    sources: [doc-a]\n', '    text: Something to plan for.\n    setting: max-widgets\n    sources: [doc-a]\n    added: 2026-12-04\n    lifted: { date: 2026-07-17, note: Gone now <really>., sources: [doc-a] }\n');
  f.edit(
    'data/plugins/alpha.yaml',
    'history: []',
    'history:\n  - { date: 2025-03-16, property: max-nodes, claim: Old, change: New, sources: [doc-a] }\n  - { date: 2025-03-16, property: max-nodes, claim: Old 2, change: New 2, sources: [doc-a] }\n  - { date: 2024-01-01, claim: Name, change: Renamed, sources: [doc-a] }',
  );
  f.edit('data/plugins/beta.yaml', /  max-nodes:\n    support: yes\n    value: 5000\n    sources: \[doc-a\]\n/, '  max-nodes:\n    support: yes\n    value: 5000\n    sources: [doc-a]\n    added: 2026-11-30\n');
  expect(f.check()).toEqual([]);
  return loadModel(f.locations);
}

describe('changeEntries', () => {
  const m = model();

  it('lists history, added and lifted limitations and added facts, newest first, with stable anchors', () => {
    expect(changeEntries(m).map((c) => [c.anchor, c.kind, c.factPath])).toEqual([
      ['2026-12-04-alpha-first-limit-added', 'limitation-added', '/plugins/alpha/#first-limit'],
      ['2026-11-30-beta-max-nodes-added', 'fact-added', '/plugins/beta/#property-max-nodes'],
      ['2026-07-17-alpha-first-limit-lifted', 'lifted', '/plugins/alpha/#first-limit'],
      ['2025-03-16-alpha-max-nodes', 'changed', '/plugins/alpha/#2025-03-16-alpha-max-nodes'],
      ['2025-03-16-alpha-max-nodes-2', 'changed', '/plugins/alpha/#2025-03-16-alpha-max-nodes-2'],
      ['2024-01-01-alpha-note', 'changed', '/plugins/alpha/#2024-01-01-alpha-note'],
    ]);
  });

  it('narrows by date and by owner', () => {
    expect(changesSince(changeEntries(m), '2026-07-17').map((c) => c.date)).toEqual(['2026-12-04', '2026-11-30', '2026-07-17']);
    expect(changesOf(m, 'beta').map((c) => c.anchor)).toEqual(['2026-11-30-beta-max-nodes-added']);
  });

  it('the Atom feed has one entry per change, ids on /changes/, links to the facts, text escaped', () => {
    const xml = changesAtom(changeEntries(m), 'https://example.org/', '2026-12-04');
    expect(xml.match(/<entry>/g)).toHaveLength(6);
    expect(xml).toContain('<id>https://example.org/changes/#2026-07-17-alpha-first-limit-lifted</id>');
    expect(xml).toContain('<link href="https://example.org/plugins/alpha/#first-limit"/>');
    expect(xml).toContain('<updated>2026-12-04T00:00:00.000Z</updated>');
    expect(xml).toContain('Gone now &lt;really&gt;.');
  });
});
