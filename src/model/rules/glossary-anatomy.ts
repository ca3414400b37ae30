import { checkAnatomy } from '../../generators/glossary-anatomy';
import type { Rule } from './rule';

/** Splits a Markdown body into `##` sections, ignoring fenced code. */
export function markdownSections(body: string): { heading: string; line: number; textLength: number }[] {
  const sections: { heading: string; line: number; text: string[] }[] = [];
  let fenced = false;
  body.split('\n').forEach((line, index) => {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const heading = !fenced && /^##\s+(.+?)\s*#*\s*$/.exec(line);
    if (heading && !line.startsWith('###')) sections.push({ heading: heading[1]!, line: index, text: [] });
    else sections.at(-1)?.text.push(line);
  });
  return sections.map((s) => ({ heading: s.heading, line: s.line, textLength: s.text.join(' ').replace(/\s+/g, ' ').trim().length }));
}

/** Every glossary term body has the anatomy's prose sections, in order, none empty. */
export const glossaryAnatomy: Rule = {
  name: 'glossary-anatomy',
  description: 'glossary term bodies have the anatomy\'s ## sections in order, each with real text',
  check(model, report) {
    for (const term of model.glossary) {
      if (!term.body) continue;
      for (const problem of checkAnatomy(markdownSections(term.body.text))) report(term, [], problem.message);
    }
  },
};
