import { NO_ENGINE, PATH_REQUIREMENTS } from '../../schemas';
import type { Rule } from './rule';

/**
 * A decision tree must always end: the start exists, every `next` names a question, no path loops and
 * no question is unreachable; and every id an answer names (plugin, engine, requirement) exists. What
 * the paths add up to is checked by decision-paths-sound.
 */
export const decisionTreesSound: Rule = {
  name: 'decision-trees-sound',
  description: 'decision trees start at a question, are acyclic, reach every question, and name only plugins, engines and requirements that exist',
  check(model, report) {
    const requirementIds = new Set<string>([...PATH_REQUIREMENTS, ...model.properties.filter((p) => p.data.kind === 'support' && !p.data.derivedFrom).map((p) => p.id)]);
    for (const tree of model.decisions) {
      const questions = tree.data.questions;
      if (!(tree.data.start in questions)) {
        report(tree, ['start'], `start question "${tree.data.start}" is not defined under questions`);
        continue;
      }
      for (const [qid, q] of Object.entries(questions)) {
        const answerIds = new Set<string>();
        q.answers.forEach((a, i) => {
          const at = ['questions', qid, 'answers', i] as const;
          if (answerIds.has(a.id)) report(tree, [...at, 'id'], `answer id "${a.id}" repeats within question "${qid}"`);
          answerIds.add(a.id);
          if (a.next !== undefined && !(a.next in questions)) {
            report(tree, [...at, 'next'], `next question "${a.next}" is not defined under questions`);
          }
          const d = a.decides;
          if (d?.ipMode !== undefined && !model.pluginById.has(d.ipMode)) {
            report(tree, [...at, 'decides', 'ipMode'], `"${d.ipMode}" is not a plugin id; expected a file name in data/plugins/`);
          }
          if (d?.networkPolicy !== undefined && d.networkPolicy !== NO_ENGINE && !model.policyEngineById.has(d.networkPolicy)) {
            report(tree, [...at, 'decides', 'networkPolicy'], `"${d.networkPolicy}" is not a policy engine id; expected a file name in data/policy-engines/ or ${NO_ENGINE}`);
          }
          if (a.from !== undefined && !model.pluginById.has(a.from)) {
            report(tree, [...at, 'from'], `"${a.from}" is not a plugin id; expected a file name in data/plugins/`);
          }
          for (const field of ['requires', 'waives'] as const) {
            a[field]?.forEach((id, j) => {
              if (!requirementIds.has(id)) {
                report(tree, [...at, field, j], `"${id}" is not a requirement; expected ${PATH_REQUIREMENTS.join(', ')} or the id of a support property in data/properties.yaml`);
              }
            });
          }
        });
      }
      // Depth-first walk from the start: a question met again on the current path is a cycle.
      const reached = new Set<string>();
      const onPath: string[] = [];
      const visit = (qid: string) => {
        if (onPath.includes(qid)) {
          report(tree, ['questions', qid], `the path ${[...onPath, qid].join(' -> ')} loops; every path must end in an outcome`);
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
