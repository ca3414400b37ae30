import { resolveSubject } from '../subjects';
import type { Rule } from './rule';

/** Every position in data/guidance/ names a subject that exists, unambiguously. */
export const positionsResolve: Rule = {
  name: 'positions-resolve',
  description: 'every position names an existing subject (plugin, configuration or policy engine), unambiguously',
  check(model, report) {
    for (const file of model.guidance) {
      file.data.positions.forEach((p, i) => {
        const result = resolveSubject(model, p.subject);
        if ('error' in result) report(file, ['positions', i, 'subject'], result.error);
      });
    }
  },
};
