/**
 * The field-manual page anatomy of a glossary term. Prose sections are `##` headings of the MDX body,
 * in this order; list sections come from the frontmatter and are placed between them by the
 * glossary remark plugin, so every term page reads in the same order.
 */
export const PROSE_SECTIONS = [
  { id: 'technical-context', heading: 'Technical context' },
  { id: 'why-it-matters', heading: 'Why it matters' },
  { id: 'cli-why', heading: 'Why use the Azure CLI for this' },
  { id: 'architecture', heading: 'Architecture' },
  { id: 'security', heading: 'Security' },
  { id: 'cost', heading: 'Cost' },
  { id: 'reliability', heading: 'Reliability' },
  { id: 'performance', heading: 'Performance' },
  { id: 'operations', heading: 'Operations' },
] as const;

/** Frontmatter-driven blocks and the prose section each one follows. */
export const INSERTED_BLOCKS = [
  { after: 'why-it-matters', component: 'TermCalculator' },
  { after: 'why-it-matters', component: 'TermSignals' },
  { after: 'why-it-matters', component: 'TermSituations' },
  { after: 'why-it-matters', component: 'TermCaseStudies' },
  { after: 'cli-why', component: 'TermCli' },
  { after: 'operations', component: 'TermMistakes' },
  { after: 'operations', component: 'TermRelated' },
] as const;

/** A problem with the order or presence of prose sections in a term's MDX body. */
export interface AnatomyProblem {
  message: string;
}

/**
 * Checks the `##` headings of a term body against the anatomy: every prose section present, in order,
 * non-empty, and no other `##` heading (use `###` inside a section).
 */
export function checkAnatomy(sections: { heading: string; textLength: number }[]): AnatomyProblem[] {
  const problems: AnatomyProblem[] = [];
  const expected = PROSE_SECTIONS.map((s) => s.heading);
  const found = sections.map((s) => s.heading);
  if (found.join('|') !== expected.join('|')) {
    const missing = expected.filter((h) => !found.includes(h));
    const extra = found.filter((h) => !expected.includes(h as (typeof expected)[number]));
    problems.push({
      message:
        `expected the ## sections ${expected.map((h) => `"${h}"`).join(', ')} in this order` +
        (missing.length ? `; missing ${missing.map((h) => `"${h}"`).join(', ')}` : '') +
        (extra.length ? `; unexpected ${extra.map((h) => `"${h}"`).join(', ')} (use ### inside a section)` : '') +
        (!missing.length && !extra.length ? `; found ${found.map((h) => `"${h}"`).join(', ')}` : ''),
    });
  }
  for (const s of sections) {
    if (s.textLength < 80) problems.push({ message: `section "${s.heading}" is empty or too short (${s.textLength} characters); write at least a short paragraph` });
  }
  return problems;
}
