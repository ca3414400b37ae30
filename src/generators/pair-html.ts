import { escape } from 'html-escaper';
import { cellContentHtml, citationLinksHtml } from './cell-html';
import type { CellView } from './cell-view';
import type { ComparisonRow, PairView } from './comparison';

/**
 * The cells of a pair page, as strings (see cell-html.ts): on screen a note sits under its answer; on
 * paper the note becomes a numbered footnote (pair.css swaps the two).
 */

function footnoteRefs(numbers: (number | undefined)[]): string {
  return [...new Set(numbers.filter((n): n is number => n !== undefined))].map((n) => `<sup class="fm-fn-ref">${n}</sup>`).join('');
}

function noteHtml(note: string, side?: string): string {
  return `<p class="fm-note">${side ? `<strong>${escape(side)}:</strong> ` : ''}${escape(note)}</p>`;
}

/** One side's cell of a differing row: the answer, its footnote number, the note and the citations. */
export function pairCellHtml(view: PairView, cell: CellView): string {
  return cellContentHtml(cell) + footnoteRefs([view.noteNumber(cell)]) + (cell.note ? noteHtml(cell.note) : '') + citationLinksHtml(view.citations(cell));
}

/** A shared row's one cell across both columns: the answer once, one note when both read the same, else each side's. */
export function sharedCellHtml(view: PairView, row: ComparisonRow): string {
  const [x, y] = row.cells as [CellView, CellView];
  const notes = x.note && x.note === y.note ? noteHtml(x.note) : (x.note ? noteHtml(x.note, view.a.shortName) : '') + (y.note ? noteHtml(y.note, view.b.shortName) : '');
  const cited = [...new Set([...view.citations(x), ...view.citations(y)])].sort((p, q) => p - q);
  return cellContentHtml(x) + footnoteRefs([view.noteNumber(x), view.noteNumber(y)]) + notes + citationLinksHtml(cited);
}

/** The heading of a limitations list: a side's own, or a part of a configuration on one side or both. */
export function limitationsTitle(view: PairView, list: PairView['limitations'][number]): string {
  if (list.only) {
    // Both sides run this IP mode; the list is what holds on one side's dataplane and not the other's.
    const other = list.sides[0] === view.a.shortName ? view.b.shortName : view.a.shortName;
    return `Limitations of ${list.plugin.shortName} that ${other} does not have`;
  }
  const own = list.sides.length === 1 && (list.plugin.id === view.a.id || list.plugin.id === view.b.id);
  if (own) return `Limitations of ${list.plugin.shortName}`;
  return list.sides.length > 1 ? `Limitations of ${list.plugin.shortName} (both sides)` : `Limitations of ${list.plugin.shortName} (part of ${list.sides[0]})`;
}
