import type { Rule } from './rule';

/**
 * A decision tree must always end in a recommendation: the start exists, every `next` names a question,
 * every outcome is a plugin, no path loops and no question is unreachable.
 */
export const decisionTreesSound: Rule = {
  name: 'decision-trees-sound',
  description: 'decision trees start at a question, are acyclic, reach every question and end every path in a plugin',
  check(model, report) {
    for (const tree of model.decisions) {
      const questions = tree.data.questions;
      if (!(tree.data.start in questions)) {
        report(tree, ['start'], `start question "${tree.data.start}" is not defined under questions`);
        continue;
      }
      for (const [qid, q] of Object.entries(questions)) {
        const answerIds = new Set<string>();
        q.answers.forEach((a, i) => {
          if (answerIds.has(a.id)) report(tree, ['questions', qid, 'answers', i, 'id'], `answer id "${a.id}" repeats within question "${qid}"`);
          answerIds.add(a.id);
          if (a.next !== undefined && !(a.next in questions)) {
            report(tree, ['questions', qid, 'answers', i, 'next'], `next question "${a.next}" is not defined under questions`);
          }
          if (a.outcome !== undefined && !model.pluginById.has(a.outcome)) {
            report(tree, ['questions', qid, 'answers', i, 'outcome'], `outcome "${a.outcome}" is not a plugin id; expected a file name in data/plugins/`);
          }
        });
      }
      // Depth-first walk from the start: a question met again on the current path is a cycle.
      const reached = new Set<string>();
      const onPath: string[] = [];
      const visit = (qid: string) => {
        if (onPath.includes(qid)) {
          report(tree, ['questions', qid], `the path ${[...onPath, qid].join(' -> ')} loops; every path must end in a plugin`);
          return;
        }
        if (reached.has(qid) || !(qid in questions)) return;
        reached.add(qid);
        onPath.push(qid);
        for (const a of questions[qid]!.answers) if (a.next !== undefined) visit(a.next);
        onPath.pop();
      };
      visit(tree.data.start);
      for (const qid of Object.keys(questions)) {
        if (!reached.has(qid)) report(tree, ['questions', qid], `question "${qid}" cannot be reached from start "${tree.data.start}"`);
      }
    }
  },
};
