import { describe, expect, it } from 'vitest';
import { fixtureCopy } from '../support/fixture';

const MOVED = (to: string) => `    sources: [doc-a]\n    movedTo: ${to}\nhistory: []`;

/** The rules that keep moved limitations and source snapshots honest, each on a broken fixture. */
describe('limitations-moved-resolve', () => {
  it('a limitation moved to an existing limitation of another owner passes', () => {
    const f = fixtureCopy();
    f.edit('data/plugins/alpha.yaml', '    sources: [doc-a]\nhistory: []', MOVED('gamma#engine-limit'));
    f.edit('data/policy-engines/gamma.yaml', 'limitations: []', 'limitations:\n  - id: engine-limit\n    title: Engine limit\n    severity: info\n    category: scale\n    text: Text.\n    sources: [doc-a]');
    expect(f.check()).toEqual([]);
  });

  it('a target that does not exist fails naming the field and the missing id', () => {
    const f = fixtureCopy();
    f.edit('data/plugins/alpha.yaml', '    sources: [doc-a]\nhistory: []', MOVED('beta#nowhere'));
    expect(f.check()).toEqual([
      expect.objectContaining({ file: 'data/plugins/alpha.yaml', path: 'limitations[0].movedTo', rule: 'limitations-moved-resolve', message: '"beta" has no limitation "nowhere"' }),
    ]);
  });

  it('an unknown owner fails', () => {
    const f = fixtureCopy();
    f.edit('data/plugins/alpha.yaml', '    sources: [doc-a]\nhistory: []', MOVED('omega#first-limit'));
    expect(f.check()[0]).toMatchObject({ rule: 'limitations-moved-resolve', message: expect.stringContaining('"omega" is no plugin or policy engine id') });
  });

  it('a badly written reference fails at schema level', () => {
    const f = fixtureCopy();
    f.edit('data/plugins/alpha.yaml', '    sources: [doc-a]\nhistory: []', MOVED('beta/first-limit'));
    expect(f.check()[0]).toMatchObject({ rule: 'schema', path: 'limitations[0].movedTo' });
  });
});

describe('sources-checked-against', () => {
  it('an AKS docs source without the snapshot it was checked against fails', () => {
    const f = fixtureCopy();
    f.edit('data/sources.yaml', 'url: https://example.com/a', 'url: https://learn.microsoft.com/en-us/azure/aks/concepts-network');
    expect(f.check()).toEqual([
      expect.objectContaining({ file: 'data/sources.yaml', path: 'doc-a.checkedAgainst', rule: 'sources-checked-against', message: expect.stringContaining('MicrosoftDocs/azure-aks-docs') }),
    ]);
  });

  it('the wrong repository, or a snapshot newer than the reading, fails', () => {
    const f = fixtureCopy();
    f.edit(
      'data/sources.yaml',
      'url: https://example.com/a',
      'url: https://github.com/Azure/AKS/blob/master/CHANGELOG.md#release-2025-03-16\n  checkedAgainst: { repo: MicrosoftDocs/azure-aks-docs, date: 2026-12-01 }',
    );
    expect(f.check().map((i) => i.path)).toEqual(['doc-a.checkedAgainst.repo', 'doc-a.checkedAgainst.date']);
  });

  it('a snapshot needs a commit or a date', () => {
    const f = fixtureCopy();
    f.edit('data/sources.yaml', 'url: https://example.com/a', 'url: https://example.com/a\n  checkedAgainst: { repo: example/docs }');
    expect(f.check()[0]).toMatchObject({ rule: 'schema', path: 'doc-a.checkedAgainst', message: 'give the commit, the snapshot date, or both' });
  });

  it('a recorded snapshot passes', () => {
    const f = fixtureCopy();
    f.edit(
      'data/sources.yaml',
      'url: https://example.com/a',
      'url: https://learn.microsoft.com/en-us/azure/aks/concepts-network\n  checkedAgainst: { repo: MicrosoftDocs/azure-aks-docs, commit: fb060abe, date: 2026-08-21 }',
    );
    expect(f.check()).toEqual([]);
  });
});
