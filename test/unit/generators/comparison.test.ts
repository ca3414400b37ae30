import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cellText, comparisonView, pairView, pluginPairs } from '../../../src/generators/comparison';
import { comparisonCsv, modelExport } from '../../../src/generators/exports';
import { csvField, toCsv } from '../../../src/generators/csv';
import { loadModel } from '../../../src/model';

const root = path.resolve('test/fixtures/minimal');
const model = loadModel({ root, dataDir: path.join(root, 'data'), glossaryDir: path.join(root, 'glossary') });
const AS_OF = '2026-11-22';

describe('comparisonView', () => {
  it('has one column per plugin and one row per property, grouped by category in catalog order', () => {
    const view = comparisonView(model, AS_OF);
    expect(view.plugins.map((p) => p.id)).toEqual(['alpha', 'beta']);
    expect(view.categories.map((c) => c.id)).toEqual(['scale', 'platform-support', 'lifecycle']);
    expect(view.categories.flatMap((c) => c.rows.map((r) => r.cells.length))).toEqual([2, 2, 2]);
  });

  it('marks a row as differing only when the cells read differently', () => {
    const view = comparisonView(model, AS_OF);
    const rows = Object.fromEntries(view.categories.flatMap((c) => c.rows.map((r) => [r.id, r.differs])));
    expect(rows).toEqual({ 'max-nodes': false, 'windows-nodes': false, status: false });
  });
});

describe('pluginPairs and pairView', () => {
  it('lists every unordered pair once, ids in alphabetical order', () => {
    expect(pluginPairs(model).map((p) => p.slug)).toEqual(['alpha-vs-beta']);
  });

  it('puts differing rows first and lists both sides\' limitations', () => {
    const [pair] = pluginPairs(model);
    const view = pairView(model, pair!.a, pair!.b, AS_OF);
    expect(view.differences).toEqual([]);
    expect(view.shared.map((r) => r.id)).toEqual(['max-nodes', 'windows-nodes', 'status']);
    expect(view.limitations.map((l) => [l.plugin.id, l.items.map((i) => i.id)])).toEqual([
      ['alpha', ['first-limit']],
      ['beta', ['first-limit']],
    ]);
  });

  it('lists each cited source once, numbered in order of first citation, and cites cells by those numbers', () => {
    const [pair] = pluginPairs(model);
    const view = pairView(model, pair!.a, pair!.b, AS_OF);
    const cells = [...view.differences, ...view.shared].flatMap((r) => r.cells);
    const cited = [...new Set(cells.flatMap((c) => c.sources.map((s) => s.id)))];
    expect(cited.length).toBeGreaterThan(0);
    expect(view.sources.map((s) => s.id)).toEqual(cited);
    for (const cell of cells) {
      expect(view.citations(cell).map((n) => view.sources[n - 1]!.id)).toEqual(cell.sources.map((s) => s.id));
    }
  });
});

describe('CSV export', () => {
  it('quotes fields with commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(toCsv([['a', 1], ['b,c', 2]])).toBe('a,1\r\n"b,c",2\r\n');
  });

  it('has a header of plugin ids and one row per property', () => {
    const lines = comparisonCsv(model, AS_OF).trimEnd().split('\r\n');
    expect(lines[0]).toBe('category,property_id,property,alpha,beta');
    expect(lines).toHaveLength(1 + model.properties.length);
    expect(lines).toContain('Scale,max-nodes,Maximum nodes,"5,000","5,000"');
    expect(lines).toContain('Platform support,windows-nodes,Windows node pools,Yes,Yes');
  });

  it('cellText joins the support word and the value', () => {
    expect(cellText({ support: 'partial', text: 'Linux only', sources: [], derived: false, key: '' })).toBe('Partial: Linux only');
    expect(cellText({ text: '5,000', sources: [], derived: false, key: '' })).toBe('5,000');
  });
});

describe('JSON export', () => {
  it('publishes every plugin with every property cell and absolute limitation URLs', () => {
    const data = modelExport(model, AS_OF, 'https://manual.example/');
    expect(data.plugins.map((p) => p.id)).toEqual(['alpha', 'beta']);
    expect(Object.keys(data.plugins[0]!.cells)).toEqual(model.properties.map((p) => p.id));
    expect(data.plugins[0]!.limitations[0]!.url).toBe('https://manual.example/plugins/alpha/#first-limit');
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
  });
});
