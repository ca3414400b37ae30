import { escape } from 'html-escaper';
import { SEVERITY_LABELS } from './labels';
import type { LimitationView } from './plugin-page';
import { href } from './href';

const lists = new WeakMap<readonly LimitationView[], string>();

/**
 * A plugin's limitations as a list of links to their anchors on the plugin page, each with its
 * severity: the list pair pages show. Memoised per list, as a plugin's list appears on every pair
 * page of that plugin. Every text and attribute is escaped (see cell-html.ts).
 */
export function limitationLinksHtml(pluginId: string, items: readonly LimitationView[]): string {
  let html = lists.get(items);
  if (html === undefined) {
    const entries = items.map(
      (item) =>
        `<li><span class="fm-severity fm-severity--${escape(item.severity)}">${escape(SEVERITY_LABELS[item.severity])}</span> ` +
        `<a href="${escape(href(`/plugins/${pluginId}/#${item.id}`))}">${escape(item.title)}</a>` +
        (item.appliesTo ? `<span class="fm-muted"> (${escape(item.appliesTo)})</span>` : '') +
        '</li>',
    );
    html = `<ul class="fm-link-list">${entries.join('')}</ul>`;
    lists.set(items, html);
  }
  return html;
}
