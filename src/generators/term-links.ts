import type { Model } from '../model/model';

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

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Acronyms (NSG, UDR) must match their case, so "nsg" inside a word or a command is not a mention. */
const isAcronym = (name: string) => /^[A-Z0-9]{2,}s?$/.test(name);

/**
 * Links the first mention of each glossary term in a sequence of texts (one page), skipping the
 * terms the page is about. Create one per page: it remembers what it has linked.
 */
export class TermLinker {
  private readonly pattern: RegExp | undefined;
  private readonly byName = new Map<string, TermName>();
  private readonly linked = new Set<string>();

  constructor(names: TermName[], exclude: Iterable<string> = []) {
    const excluded = new Set(exclude);
    const usable = names.filter((n) => !excluded.has(n.id));
    for (const n of usable) if (!this.byName.has(n.name.toLowerCase())) this.byName.set(n.name.toLowerCase(), n);
    this.pattern = usable.length ? new RegExp(`(?<![\\w/#.-])(${usable.map((n) => escape(n.name)).join('|')})(?![\\w/-])`, 'gi') : undefined;
  }

  /** Splits a text into segments, linking first mentions not yet linked on this page. */
  segments(text: string): TextSegment[] {
    if (!this.pattern) return [{ text }];
    const out: TextSegment[] = [];
    let last = 0;
    for (const match of text.matchAll(this.pattern)) {
      const found = match[1]!;
      const term = this.byName.get(found.toLowerCase());
      if (!term || this.linked.has(term.id) || (isAcronym(term.name) && found !== term.name)) continue;
      this.linked.add(term.id);
      if (match.index > last) out.push({ text: text.slice(last, match.index) });
      out.push({ text: found, termId: term.id, href: `/glossary/${term.id}/` });
      last = match.index + found.length;
    }
    if (last < text.length) out.push({ text: text.slice(last) });
    return out;
  }
}
