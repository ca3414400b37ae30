import { Feed } from 'feed';
import { escape } from 'html-escaper';
import type { ChangeEntry } from './changes';
import { CHANGE_KIND_LABELS } from './changes';
import { href } from './href';

/**
 * The Atom feed of /changes/ (RFC 4287), written by the `feed` library so escaping and the required
 * elements are right: one entry per change, its id the change's anchor on /changes/, its link the
 * fact on its page. `site` is the absolute origin (SITE_URL); the base path comes from href().
 */
export function changesAtom(changes: readonly ChangeEntry[], site: string, asOf: string): string {
  const absolute = (path: string) => new URL(href(path), site).href;
  const page = absolute('/changes/');
  const feed = new Feed({
    id: page,
    title: 'AKS Networking Field Manual: what changed',
    description: 'Every dated change of a fact about AKS network plugins and policy engines in the manual, newest first.',
    link: page,
    feedLinks: { atom: absolute('/changes.xml') },
    updated: new Date(`${changes[0]?.date ?? asOf}T00:00:00Z`),
    author: { name: 'AKS Networking Field Manual' },
    copyright: 'AKS Networking Field Manual',
    generator: false,
    language: 'en',
  });
  for (const c of changes) {
    feed.addItem({
      id: `${page}#${c.anchor}`,
      title: `${CHANGE_KIND_LABELS[c.kind]}: ${c.title}`,
      link: absolute(c.factPath),
      date: new Date(`${c.date}T00:00:00Z`),
      // The library declares summary and content as HTML, so the plain text is escaped for it.
      description: escape(c.text),
      content: `<p>${escape(c.text)}</p><p>Sources: ${c.sources.map((s) => `<a href="${escape(s.url)}">${escape(s.title)}</a>`).join('; ')}</p>`,
    });
  }
  return feed.atom1();
}
