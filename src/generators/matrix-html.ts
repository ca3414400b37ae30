import { escape } from 'html-escaper';
import type { ComparedPlugin } from './comparison';
import { supportBadgeHtml } from './cell-html';
import { SUPPORT_LABELS } from './labels';
import type { MatrixCell, MatrixNote } from './matrix';

/**
 * The markup of the matrix's repeated pieces, as strings (see cell-html.ts for why): a cell, and a
 * note. Every text and attribute is escaped.
 */

/** The id of a note's element, which the cells' buttons open as a popover. */
export function noteElementId(number: number): string {
  return `note-${number}`;
}

/**
 * One matrix cell: a symbol and the support word (read by screen readers, the symbol and colour are
 * for the eye), the value, and the note's number. A cell with a note is one button over the whole
 * cell, so the target is large on a phone; it opens the note as a popover, which needs no script.
 */
export function matrixCellHtml(cell: MatrixCell, hidden: boolean): string {
  const state = cell.support ? ` fm-m--${escape(cell.support)}` : '';
  // The symbol is an image named by the support word; the note number reads "note 12" (compare-matrix.css).
  const symbol = cell.support ? `<span class="fm-m__sym" role="img" aria-label="${escape(SUPPORT_LABELS[cell.support].word)}">${escape(SUPPORT_LABELS[cell.support].icon)}</span>` : '';
  const value = cell.text ? `<span class="fm-m__val">${escape(cell.text)}</span>` : '';
  const body =
    cell.note === undefined
      ? symbol + value
      : `<button type="button" class="fm-m__open" popovertarget="${noteElementId(cell.note)}">${symbol}${value}<sup class="fm-m__n">${cell.note}</sup></button>`;
  return `<td class="fm-m${state}"${hidden ? ' hidden' : ''}>${body}</td>`;
}

/**
 * A note: the row, the columns it holds for (each marked, so the compare script hides the unselected
 * ones), the full answer, the note and its sources. A popover on screen, a numbered footnote on paper.
 */
export function matrixNoteHtml(note: MatrixNote, columns: readonly ComparedPlugin[]): string {
  const id = noteElementId(note.number);
  const names = note.columns
    .map((c) => columns.find((col) => col.id === c))
    .filter((c): c is ComparedPlugin => c !== undefined)
    .map((c) => `<li data-col="${escape(c.id)}">${escape(c.shortName)}</li>`)
    .join('');
  const answer = (note.support ? supportBadgeHtml(note.support) : '') + (note.text ? ` ${escape(note.text)}` : '');
  // Titles only: the dates are in the page's source list, and every element here is repeated hundreds of times.
  const sources = note.sources.length
    ? `<p class="fm-sources"><span class="fm-sources__label">Sources:</span>${note.sources.map((s) => `<a href="${escape(s.url)}" rel="external noopener">${escape(s.title)}</a>`).join('; ')}</p>`
    : '';
  return (
    `<li id="${id}" popover class="fm-pop">` +
    `<button type="button" class="fm-copy fm-pop__close" popovertarget="${id}" popovertargetaction="hide" aria-label="Close note">×</button>` +
    `<strong class="fm-pop__title">${escape(note.rowLabel)}</strong>` +
    `<ul class="fm-pop__cols" aria-label="Applies to">${names}</ul>` +
    (answer ? `<p class="fm-pop__answer">${answer}</p>` : '') +
    (note.note ? `<p>${escape(note.note)}</p>` : '') +
    sources +
    `</li>`
  );
}
