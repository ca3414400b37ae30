import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { limitationRecords, withPlainNumbers } from '../../../src/generators/search-records';
import { loadModel } from '../../../src/model';

const root = path.resolve('test/fixtures/minimal');
const model = loadModel({ root, dataDir: path.join(root, 'data'), glossaryDir: path.join(root, 'glossary') });

describe('limitation search records', () => {
  it('one record per limitation, landing on its anchor, with type, plugin, severity and category filters', () => {
    const records = limitationRecords(model);
    expect(records.map((r) => r.url)).toEqual(['/plugins/alpha/#first-limit', '/plugins/beta/#first-limit']);
    expect(records[0]).toMatchObject({
      language: 'en',
      meta: { title: 'A first limitation (Alpha Plugin)', owner: 'Alpha Plugin', severity: 'Caution' },
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
