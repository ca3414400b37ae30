import type { Model } from '../model/model';
import type { GlossaryTerm } from '../schemas';

/** One line of the A-Z index: a term, or an alias pointing to its term. */
export interface GlossaryIndexEntry {
  kind: 'term' | 'alias';
  label: string;
  termId: string;
  termTitle: string;
  difficulty: GlossaryTerm['difficulty'];
  description?: string;
}

/** The A-Z glossary index: terms and their aliases, grouped by first letter (digits and symbols under #). */
export function glossaryIndex(model: Pick<Model, 'glossary'>): { letter: string; entries: GlossaryIndexEntry[] }[] {
  const entries: GlossaryIndexEntry[] = model.glossary.flatMap((t) => [
    { kind: 'term' as const, label: t.data.title, termId: t.id, termTitle: t.data.title, difficulty: t.data.difficulty, description: t.data.description },
    ...t.data.aliases.map((a) => ({ kind: 'alias' as const, label: a, termId: t.id, termTitle: t.data.title, difficulty: t.data.difficulty })),
  ]);
  entries.sort((a, b) => a.label.localeCompare(b.label, 'en', { sensitivity: 'base' }));
  const groups = new Map<string, GlossaryIndexEntry[]>();
  for (const e of entries) {
    const first = e.label.normalize('NFKD').charAt(0).toUpperCase();
    const letter = /[A-Z]/.test(first) ? first : '#';
    groups.set(letter, [...(groups.get(letter) ?? []), e]);
  }
  return [...groups.entries()].sort(([a], [b]) => (a === '#' ? -1 : b === '#' ? 1 : a.localeCompare(b))).map(([letter, list]) => ({ letter, entries: list }));
}
