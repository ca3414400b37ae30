import { escape } from 'html-escaper';
import type { MatrixPositionCell } from './matrix-positions';
import { NO_POSITION_LABEL, POSITION_ICONS, type PositionView } from './positions';

/**
 * The markup of the comparison's position cells, as strings like the other matrix cells
 * (matrix-html.ts). The compare script reads a cell's class and `.fm-m__val` text to tell equal
 * answers, so two options with the same position read as the same.
 */

function overdue(position: PositionView): string {
  return position.overdue ? '<span class="fm-position-overdue" data-overdue>Review overdue</span>' : '';
}

/**
 * One position cell: the symbol and word of the option's own position (or "No position"), "Review
 * overdue" when its review date has passed, and the stricter positions of its parts ("IP mode: By
 * exception"). With a position it is a link to the rationale on the option's page.
 */
export function matrixPositionCellHtml(cell: MatrixPositionCell, hidden: boolean): string {
  const own = cell.own;
  const word = own ? own.position : 'none';
  // A part's position joins the class, so the compare script reads two cells as equal only when their parts are too.
  const classes = `fm-m fm-m-pos fm-m-pos--${word}${cell.parts.map((p) => ` fm-m-pos--part-${p.position.position}`).join('')}`;
  const head = own
    ? `<span class="fm-position__icon" aria-hidden="true">${POSITION_ICONS[own.position]}</span><span class="fm-m__val">${escape(own.label)}</span>${overdue(own)}`
    : `<span class="fm-m__val">${escape(NO_POSITION_LABEL)}</span>`;
  const parts = cell.parts
    .map(({ role, position: p }) => `<span class="fm-m-pos__part" data-position="${p.position}"><span class="fm-position__icon" aria-hidden="true">${POSITION_ICONS[p.position]}</span>${escape(`${role}: ${p.label}`)}${overdue(p)}</span>`)
    .join('');
  const body = head + parts;
  const title = [own, ...cell.parts.map((p) => p.position)].filter((p): p is PositionView => p !== undefined).map((p) => `${p.subject.name}: ${p.rationale}`).join(' ');
  const inner = cell.href ? `<a class="fm-m__open" href="${escape(cell.href)}"${title ? ` title="${escape(title)}"` : ''}>${body}</a>` : body;
  return `<td class="${classes}" data-position="${word}"${hidden ? ' hidden' : ''}>${inner}</td>`;
}
