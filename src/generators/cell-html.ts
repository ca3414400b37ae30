import { escape } from 'html-escaper';
import type { Support } from '../schemas';
import type { CellView } from './cell-view';
import { SUPPORT_LABELS } from './labels';
import type { SourceRef } from './source-refs';

/**
 * The markup of the small pieces every table repeats (support badge, cell value, source links), as
 * strings. Components render these with `set:html`, so there is one definition of each; pages that
 * repeat the same cell many times (the pair pages, the full comparison) reuse the string instead of
 * rendering components again. Every text and attribute goes through `escape` (html-escaper, the
 * escaping Astro's own templates use).
 */

/** Icon and word for a support state; the word is always there, so colour is never the only cue. */
export function supportBadgeHtml(support: Support): string {
  const { word, icon } = SUPPORT_LABELS[support];
  return `<span class="fm-support fm-support--${escape(support)}"><span class="fm-support__icon" aria-hidden="true">${escape(icon)}</span>${escape(word)}</span>`;
}

/** The value part of a property cell: support badge and/or value text. */
export function cellContentHtml(cell: Pick<CellView, 'support' | 'text'>): string {
  return (cell.support ? supportBadgeHtml(cell.support) : '') + (cell.text ? `<span class="fm-cell-text">${escape(cell.text)}</span>` : '');
}

/** Compact citations: each source title links to the document, with its date. */
export function sourceLinksHtml(sources: readonly SourceRef[]): string {
  if (sources.length === 0) return '';
  const links = sources.map(
    (s) =>
      `<a href="${escape(s.url)}" rel="external noopener" title="${escape(`${s.publisher}, ${s.date}`)}">${escape(s.title)}</a>` +
      `<span class="fm-sources__date"> (${escape(s.updated ?? s.date)})</span>`,
  );
  return `<span class="fm-sources"><span class="fm-sources__label">Sources:</span>${links.join('; ')}</span>`;
}

const cellBodies = new WeakMap<CellView, string>();
/** A cell's value and note, without its sources. Memoised per cell object, as one cell appears on many pages. */
export function cellBodyHtml(cell: CellView): string {
  let html = cellBodies.get(cell);
  if (html === undefined) {
    html = cellContentHtml(cell) + (cell.note ? `<p class="fm-note">${escape(cell.note)}</p>` : '');
    cellBodies.set(cell, html);
  }
  return html;
}

/**
 * Citations by number, each linking to its entry in the page's numbered source list
 * (`#source-<n>`), for pages that list their sources once instead of in every cell.
 */
export function citationLinksHtml(numbers: readonly number[]): string {
  if (numbers.length === 0) return '';
  const links = numbers.map((n) => `<a href="#source-${n}" class="fm-cite">[${n}]</a>`);
  return `<span class="fm-sources"><span class="fm-sources__label">Sources:</span> ${links.join(' ')}</span>`;
}
