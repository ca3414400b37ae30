/**
 * Search that forgives what Pagefind does not: Pagefind returns only pages holding every word of the
 * query, so a pasted error message with the reader's own numbers, subnet names and resource IDs finds
 * nothing. This runs the query as typed first, then without the parts that vary from case to case,
 * then with only the words the index knows, rarest first. Pure over a Pagefind-like API, so the
 * /search/ page, the header search and the tests use the same steps.
 */

/** The part of Pagefind's JS API this needs: results carry the id of the page or record they are. */
export interface PagefindSearch<R extends { id: string }> {
  search(query: string, options?: Record<string, unknown>): Promise<{ results: R[] } | null>;
}

/** What a search ran and found. */
export interface SearchOutcome<R> {
  results: R[];
  /** The query that found them; differs from what the reader typed when parts were left out. */
  query: string;
  /** True when the query was shortened: variable parts or words the index does not know were left out. */
  relaxed: boolean;
}

/** Variable parts of a pasted message: URLs, paths and resource IDs, CIDRs, IPs, GUIDs and anything else with a digit. */
const VARIABLE_TOKEN = /^(?:[a-z][a-z0-9+.-]*:\/\/\S*|\S*\/\S*|\S*\d\S*)$/i;

/**
 * Words of a query with the variable parts left out, lower-cased, without surrounding punctuation, each
 * once. With `names`, kebab-case words (aks-subnet, prod-vnet) count as variable too: Azure resource names
 * are written that way, so in a pasted message they are the reader's own.
 */
export function fixedWords(query: string, names = false): string[] {
  const words: string[] = [];
  for (const raw of query.split(/\s+/)) {
    // Quotes, brackets and trailing punctuation are not part of the word: 'SubnetIsFull' and (Code) are words.
    const word = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').toLowerCase();
    if (!word || VARIABLE_TOKEN.test(raw) || (names && /^[a-z]+(?:-[a-z]+)+$/.test(word))) continue;
    if (!words.includes(word)) words.push(word);
  }
  return words;
}

/**
 * True when the text looks pasted rather than typed: longer than a question, or carrying the variable
 * parts of a message (an address, a path or resource ID, a number of several digits) among other words.
 */
export function looksPasted(text: string): boolean {
  const tokens = text.trim().split(/\s+/).filter(Boolean);
  return tokens.length >= 12 || (tokens.length >= 4 && tokens.some((t) => VARIABLE_TOKEN.test(t) && /[/:]|\d{2,}/.test(t)));
}

/**
 * Runs a query, shortening it until something is found. Typed text runs as typed first, then without
 * its variable parts. Pasted text (an error message) skips both, because its numbers and names are the
 * reader's own and match other pages only by accident: as Pagefind offers no "any of these words", each
 * word is searched alone, the page or record holding the most of the words, rare words counting more,
 * wins, and the query becomes the words it holds, so Pagefind ranks the pages that hold all of them.
 */
export async function forgivingSearch<R extends { id: string }>(api: PagefindSearch<R>, text: string, options: Record<string, unknown> = {}): Promise<SearchOutcome<R>> {
  const typed = text.trim();
  const run = async (query: string) => (await api.search(query, options))?.results ?? [];
  if (!typed) return { results: await run(typed), query: typed, relaxed: false };
  const pasted = looksPasted(typed);
  if (!pasted) {
    const found = await run(typed);
    if (found.length) return { results: found, query: typed, relaxed: false };
  }
  const words = fixedWords(typed, pasted);
  if (words.length === 0) return { results: [], query: '', relaxed: true };
  const fixed = words.join(' ');
  if (!pasted) {
    const found = await run(fixed);
    if (found.length) return { results: found, query: fixed, relaxed: fixed !== typed };
  }

  // Which words each page or record holds, and how many hold each word.
  const held = new Map<string, Set<string>>();
  const holders = await Promise.all(words.map((w) => run(w)));
  holders.forEach((found, i) => {
    for (const r of found) held.set(r.id, (held.get(r.id) ?? new Set<string>()).add(words[i]!));
  });
  const total = held.size;
  // A word on few pages says more about where a message comes from than one on every page.
  const weight = new Map(words.map((w, i) => [w, Math.log((total + 1) / (holders[i]!.length + 0.5))]));
  let best: { words: Set<string>; score: number } | undefined;
  for (const set of held.values()) {
    const score = [...set].reduce((sum, w) => sum + weight.get(w)!, 0);
    if (!best || score > best.score) best = { words: set, score };
  }
  if (!best) return { results: [], query: fixed, relaxed: true };
  const query = words.filter((w) => best.words.has(w)).join(' ');
  return { results: await run(query), query, relaxed: query !== typed };
}
