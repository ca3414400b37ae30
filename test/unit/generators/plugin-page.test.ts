import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cellView } from '../../../src/generators/cell-view';
import { pluginPageView } from '../../../src/generators/plugin-page';
import { loadModel } from '../../../src/model';

const root = path.resolve('test/fixtures/minimal');
const model = loadModel({ root, dataDir: path.join(root, 'data'), glossaryDir: path.join(root, 'glossary') });
const alpha = model.pluginById.get('alpha')!;
const beta = model.pluginById.get('beta')!;

describe('cellView', () => {
  it('formats numbers and keeps note and sources; a plain yes on a value row is not repeated', () => {
    const cell = cellView(model, alpha, model.propertyById.get('max-nodes')!, '2026-11-22');
    expect(cell).toMatchObject({ text: '5,000', derived: false });
    expect(cell.support).toBeUndefined();
    expect(cell.sources.map((s) => s.id)).toEqual(['doc-a']);
  });

  it('support rows always show their state', () => {
    expect(cellView(model, alpha, model.propertyById.get('windows-nodes')!, '2026-11-22').support).toBe('yes');
  });

  it('derives the status row from the status field', () => {
    const cell = cellView(model, alpha, model.propertyById.get('status')!, '2026-11-22');
    expect(cell).toMatchObject({ text: 'Generally available', derived: true });
  });
});

describe('pluginPageView', () => {
  it('groups rows by category in catalog order and lists key numbers', () => {
    const view = pluginPageView(model, alpha, '2026-11-22');
    expect(view.categories.map((c) => c.id)).toEqual(['scale', 'platform-support', 'lifecycle']);
    expect(view.keyNumbers).toEqual([{ id: 'max-nodes', label: 'Maximum nodes', text: '5,000' }]);
  });

  it('collects every cited source once', () => {
    expect(pluginPageView(model, beta, '2026-11-22').sources.map((s) => s.id)).toEqual(['doc-a']);
  });
});
