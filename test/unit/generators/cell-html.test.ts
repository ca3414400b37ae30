// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { cellContentHtml, fullCellHtml, sourceLinksHtml, supportBadgeHtml } from '../../../src/generators/cell-html';
import type { CellView } from '../../../src/generators/cell-view';

/** Parses markup in the test's DOM (happy-dom). */
function parseHtml(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  return root;
}

const hostile = '<img src=x onerror="alert(1)"> & \'quoted\'';
const source = { id: 's', title: hostile, url: 'https://example.org/a?x=1&y="2"', publisher: hostile, date: '2026-01-02' };

describe('cell markup', () => {
  it('escapes every text and attribute: data never becomes markup', () => {
    const html = fullCellHtml({ support: 'partial', text: hostile, note: hostile, sources: [source], derived: false, key: 'k' });
    expect(html).not.toMatch(/<img/);
    const doc = parseHtml(`<table><tr><td>${html}</td></tr></table>`);
    expect(doc.querySelectorAll('img')).toHaveLength(0);
    expect(doc.querySelector('.fm-cell-text')?.textContent).toBe(hostile);
    expect(doc.querySelector('.fm-note')?.textContent).toBe(hostile);
    const link = doc.querySelector('.fm-sources a');
    expect(link?.getAttribute('href')).toBe(source.url);
    expect(link?.getAttribute('title')).toBe(`${hostile}, 2026-01-02`);
    expect(link?.textContent).toBe(hostile);
  });

  it('shows the support word beside its icon, and the updated date when a source has one', () => {
    expect(parseHtml(supportBadgeHtml('no')).querySelector('.fm-support--no')?.textContent).toBe('✗No');
    expect(cellContentHtml({ text: '250' })).toBe('<span class="fm-cell-text">250</span>');
    const two = parseHtml(sourceLinksHtml([source, { ...source, id: 't', updated: '2026-05-06' }]));
    expect([...two.querySelectorAll('.fm-sources__date')].map((d) => d.textContent)).toEqual([' (2026-01-02)', ' (2026-05-06)']);
    expect(sourceLinksHtml([])).toBe('');
  });

  it('renders a cell once and reuses the markup for the same cell', () => {
    const cell: CellView = { support: 'yes', text: '', sources: [], derived: false, key: 'yes|' };
    expect(fullCellHtml(cell)).toBe(fullCellHtml(cell));
    expect(fullCellHtml({ ...cell, note: 'changed' })).toContain('changed');
  });
});
