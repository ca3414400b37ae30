import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { limitationRecords, settingRecords, withPlainNumbers } from '../../../src/generators/search-records';
import { loadModel } from '../../../src/model';

const root = path.resolve('test/fixtures/minimal');
const model = loadModel({ root, dataDir: path.join(root, 'data'), glossaryDir: path.join(root, 'glossary') });

describe('limitation search records', () => {
  it('one record per limitation, landing on its anchor, with type, plugin, severity and category filters', () => {
    const records = limitationRecords(model);
    expect(records.map((r) => r.url)).toEqual(['/plugins/alpha/#first-limit', '/plugins/beta/#first-limit']);
    expect(records[0]).toMatchObject({
      language: 'en',
      meta: { title: 'A first limitation (Alpha)', owner: 'Alpha Plugin', severity: 'Caution' },
      filters: { type: ['Limitation'], plugin: ['Alpha Plugin'], severity: ['Caution'], category: ['Scale'] },
    });
    expect(records[0]!.content).toContain('Something to plan for.');
    expect(records[0]!.content).toContain('Alpha Plugin');
  });

  it('adds plain forms of numbers written with separators', () => {
    expect(withPlainNumbers('At most 65,535 identities and 5,000 nodes; 400 routes')).toBe('At most 65,535 identities and 5,000 nodes; 400 routes 65535 5000');
    expect(withPlainNumbers('no numbers')).toBe('no numbers');
  });
});

describe('setting search records', () => {
  it('one record per setting, landing on its anchor, with the Setting type and what can change per plugin in words', () => {
    const [record, ...rest] = settingRecords(model);
    expect(rest).toEqual([]);
    expect(record).toMatchObject({
      url: '/settings/#max-widgets',
      meta: { title: 'Max widgets: can it change later? (--max-widgets)', aliases: 'widget limit' },
      filters: { type: ['Setting'] },
    });
    expect(record!.content).toContain('--max-widgets');
    expect(record!.content).toContain('agentPoolProfiles[].maxWidgets');
    expect(record!.content).toContain('In place: Alpha.');
    expect(record!.content).toContain('New node pool: Beta.');
    expect(record!.content).toContain('Reimages the node pool.');
  });
});
