import type { Model } from '../model/model';
import { href } from './href';

/** A name a reader may write for a glossary term. */
export interface TermName {
  id: string;
  name: string;
}

/** A piece of text, linked to a glossary term when it is the first mention of that term. */
export type TextSegment = { text: string } | { text: string; termId: string; href: string };

/** Every title and alias of every glossary term, longest first so "pod CIDR" wins over "CIDR". */
export function glossaryTermNames(model: Pick<Model, 'glossary'>): TermName[] {
  return model.glossary
    .flatMap((t) => [t.data.title, ...t.data.aliases].map((name) => ({ id: t.id, name })))
    .filter((n) => n.name.trim().length >= 3)
    .sort((a, b) => b.name.length - a.name.length);
}

/** Acronyms (NSG, UDR) must match their case, so "nsg" inside a word or a command is not a mention. */
const isAcronym = (name: string) => /^[A-Z0-9]{2,}s?$/.test(name);
/** A mention starts where the previous character is none of these (so not inside a word, path, flag or anchor)... */
const BEFORE = /[\w/#.-]/;
/** ...and ends where the next character is none of these. */
const AFTER = /[\w/-]/;
const KEY_LENGTH = 3;

/** Names by their first three characters (lower case), in the order given: longest first. */
interface NameIndex {
  byKey: Map<string, { name: TermName; lower: string }[]>;
}
const indexes = new WeakMap<TermName[], NameIndex>();
function nameIndex(names: TermName[]): NameIndex {
  let index = indexes.get(names);
  if (!index) {
    index = { byKey: new Map() };
    for (const name of names) {
      const lower = name.name.toLowerCase();
      const key = lower.slice(0, KEY_LENGTH);
      const list = index.byKey.get(key) ?? [];
      list.push({ name, lower });
      index.byKey.set(key, list);
    }
    indexes.set(names, index);
  }
  return index;
}

/**
 * Links the first mention of each glossary term in a sequence of texts (one page), skipping the
 * terms the page is about. Create one per page: it remembers what it has linked. The names are
 * indexed once per list (not once per page), so linking stays linear in the text however many
 * terms the glossary holds.
 */
export class TermLinker {
  private readonly index: NameIndex;
  private readonly excluded: Set<string>;
  private readonly linked = new Set<string>();

  constructor(names: TermName[], exclude: Iterable<string> = []) {
    this.index = nameIndex(names);
    this.excluded = new Set(exclude);
  }

  /** The longest name (then the first listed) mentioned at `at`, case-insensitively. */
  private mentionAt(text: string, lowerText: string, at: number): { name: TermName; text: string } | undefined {
    if (at > 0 && BEFORE.test(text[at - 1]!)) return undefined;
    for (const candidate of this.index.byKey.get(lowerText.slice(at, at + KEY_LENGTH)) ?? []) {
      if (this.excluded.has(candidate.name.id)) continue;
      const end = at + candidate.lower.length;
      if (lowerText.slice(at, end) !== candidate.lower || (end < text.length && AFTER.test(text[end]!))) continue;
      return { name: candidate.name, text: text.slice(at, end) };
    }
    return undefined;
  }

  /** Splits a text into segments, linking first mentions not yet linked on this page. */
  segments(text: string): TextSegment[] {
    const out: TextSegment[] = [];
    // Lower-casing keeps lengths for the text the glossary is written in; if it did not, fall back to no links.
    const lowerText = text.toLowerCase();
    if (lowerText.length !== text.length) return [{ text }];
    let last = 0;
    let at = 0;
    while (at < text.length) {
      const mention = this.mentionAt(text, lowerText, at);
      if (!mention) {
        at++;
        continue;
      }
      const term = mention.name;
      const usable = !this.linked.has(term.id) && !(isAcronym(term.name) && mention.text !== term.name);
      if (usable) {
        this.linked.add(term.id);
        if (at > last) out.push({ text: text.slice(last, at) });
        out.push({ text: mention.text, termId: term.id, href: href(`/glossary/${term.id}/`) });
        last = at + mention.text.length;
      }
      at += mention.text.length;
    }
    if (last < text.length) out.push({ text: text.slice(last) });
    return out;
  }
}
