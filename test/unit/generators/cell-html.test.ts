// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { cellBodyHtml, cellContentHtml, citationLinksHtml, sourceLinksHtml, supportBadgeHtml } from '../../../src/generators/cell-html';
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
    const html = cellBodyHtml({ support: 'partial', text: hostile, note: hostile, sources: [], derived: false, key: 'k' }) + sourceLinksHtml([source]);
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
    expect(cellBodyHtml(cell)).toBe(cellBodyHtml(cell));
    expect(cellBodyHtml({ ...cell, note: 'changed' })).toContain('changed');
  });

  it('cites by number, each number linking to its source in the list', () => {
    const refs = parseHtml(citationLinksHtml([2, 5]));
    expect([...refs.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.textContent])).toEqual([
      ['#source-2', '[2]'],
      ['#source-5', '[5]'],
    ]);
    expect(citationLinksHtml([])).toBe('');
  });
});
