/** A sidebar entry as Starlight's route data holds it, as far as marking the current page needs. */
export type SidebarEntry =
  | { type: 'link'; href: string; isCurrent: boolean }
  | { type: 'group'; entries: SidebarEntry[] };

/** A path without its trailing slash and with its characters URL-encoded, the way Starlight compares them. */
function comparable(path: string): string {
  const encoded = /%[0-9A-Fa-f]{2}/.test(path) ? path : encodeURI(path);
  return encoded.length > 1 ? encoded.replace(/\/+$/, '') : encoded;
}

/**
 * Marks the sidebar link of the page at `pathname` as current, and no other. Starlight marks a
 * sidebar it shares between pages and copies it for a page only after an `await`; with pages
 * rendered concurrently, another page can mark the shared sidebar in between, so a page would
 * copy that page's mark. Run on the page's own copy, this makes the mark depend only on the page.
 * Like Starlight, only the first link to a path is marked.
 */
export function markCurrentSidebarEntry(entries: SidebarEntry[], pathname: string): void {
  const wanted = comparable(pathname);
  let found = false;
  const walk = (list: SidebarEntry[]) => {
    for (const entry of list) {
      if (entry.type === 'group') {
        walk(entry.entries);
        continue;
      }
      const current = !found && comparable(entry.href) === wanted;
      entry.isCurrent = current;
      found ||= current;
    }
  };
  walk(entries);
}
