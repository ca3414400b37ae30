import { pathProblems } from '../decision-soundness';
import { allPaths, answerAt, composePath, formatPath } from '../decision-walk';
import type { Rule } from './rule';

/**
 * Every path of every decision tree ends on a configuration the data proves: it names the IP mode,
 * the dataplane and the policy engine (or none), the parts fit together, each requirement an answer
 * stated is supported by every part that decides it, a new cluster ends on nothing retiring, and a
 * retiring part comes with its date. Messages name the path (as in /decide/?path=) and the requirement.
 */
export const decisionPathsSound: Rule = {
  name: 'decision-paths-sound',
  description: 'every path of a decision tree ends on a complete configuration that supports each requirement its answers state',
  check(model, report) {
    for (const tree of model.decisions) {
      if (!(tree.data.start in tree.data.questions)) continue;
      for (const steps of allPaths(tree.data)) {
        const last = steps.at(-1)!;
        const index = tree.data.questions[last.question]!.answers.findIndex((a) => a.id === last.answer);
        const rationales = steps.map((s) => answerAt(tree.data, s)?.rationale ?? '');
        for (const problem of pathProblems(model, composePath(tree.data, steps), rationales)) {
          const requirement = problem.requirement ? ` [requirement ${problem.requirement}]` : '';
          report(tree, ['questions', last.question, 'answers', index], `path ${formatPath(steps)}: ${problem.message}${requirement}`);
        }
      }
    }
  },
};
