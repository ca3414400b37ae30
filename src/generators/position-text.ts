/**
 * An organisation's position as text: its symbol and its Markdown line for copied records. Light
 * (type imports only, no schema), so browser scripts (the chooser) bundle it without the data layer;
 * `positions.ts` re-exports it.
 */
import { mdText, mdUrl } from './markdown-escape';
import type { PositionView } from './positions';

/** The symbol drawn beside each position's word (decorative: the word carries the meaning). */
export const POSITION_ICONS: Record<PositionView['position'], string> = { recommended: '✓', allowed: '○', exception: '!', prohibited: '⊘' };

/**
 * The position as one Markdown list item for a copied record (decision record, cluster review):
 * organisation, position, subject, rationale, owner, review date (and "review overdue"), links.
 * `origin` (e.g. `https://aks.example.org`) makes the subject's link absolute; without it the
 * subject is plain text. `role` (e.g. "IP mode") names the part the subject plays.
 */
export function positionMarkdown(position: PositionView, origin?: string, role?: string): string {
  const name = mdText(position.subject.name);
  const subject = position.subject.href && origin ? `[${name}](${mdUrl(origin + position.subject.href)})` : name;
  const review = `review by ${position.reviewBy}${position.overdue ? ' (review overdue)' : ''}`;
  const links = position.links.length ? ` See ${position.links.map((l) => `[${mdText(l.title)}](${mdUrl(l.url)})`).join(', ')}.` : '';
  const part = role ? `${mdText(role)}: ` : '';
  return `- ${mdText(position.organisation)}: **${position.label}**. ${part}${subject} ${position.meaning}. ${mdText(position.rationale)} Owner: ${mdText(position.owner)}; ${review}.${links}`;
}
