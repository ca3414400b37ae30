import { joinPath } from '../data-issue';
import { resolveSubject, subjectKey } from '../subjects';
import type { Rule } from './rule';

/** A subject has one position across every guidance file, so no page has to choose between two. */
export const positionsUnique: Rule = {
  name: 'positions-unique',
  description: 'a subject has at most one position across all files in data/guidance/',
  check(model, report) {
    const first = new Map<string, string>();
    for (const file of model.guidance) {
      file.data.positions.forEach((p, i) => {
        const result = resolveSubject(model, p.subject);
        if ('error' in result) return; // positions-resolve reports it
        const key = subjectKey(result.ref);
        const where = `${file.file} ${joinPath(['positions', i, 'subject'])}`;
        const earlier = first.get(key);
        if (earlier) report(file, ['positions', i, 'subject'], `${result.ref.kind} "${result.ref.id}" already has a position (${earlier}); keep one`);
        else first.set(key, where);
      });
    }
  },
};
