/**
 * Walking a decision tree: question order, outcomes, the edges a diagram draws, and the answer path
 * that /decide/ keeps in its URL (`?path=question:answer,question:answer`). Pure and DOM-free, so the
 * page, the browser script and the tests share it.
 */
import type { Answer } from '../schemas';

/** The least an answer needs for walking: its id and where it leads. */
export interface AnswerShape {
  id: string;
  next?: string;
  outcome?: string;
}

/**
 * The subset of a decision tree these helpers read: the data file's tree, a test fixture and the
 * JSON the /decide/ script receives all fit it.
 */
export interface TreeShape<A extends AnswerShape = AnswerShape> {
  start: string;
  questions: Record<string, { answers: A[] }>;
}

/** One chosen answer on a path. */
export interface PathStep {
  question: string;
  answer: string;
}

/** Where an answer leads: another question or a plugin. */
export type Target = { kind: 'question'; id: string } | { kind: 'outcome'; id: string };

/** An arrow of the diagram: every answer of one question that leads to the same place. */
export interface TreeEdge<A extends AnswerShape = Answer> {
  from: string;
  to: Target;
  answers: A[];
}

/** Where an answer leads. */
export function targetOf(answer: Pick<AnswerShape, 'next' | 'outcome'>): Target {
  return answer.next !== undefined ? { kind: 'question', id: answer.next } : { kind: 'outcome', id: answer.outcome! };
}

/** Question ids in breadth-first order from the start (the order diagrams and outlines use); unreachable ones are left out. */
export function questionOrder(tree: TreeShape): string[] {
  const order: string[] = [];
  const queue = [tree.start];
  while (queue.length) {
    const id = queue.shift()!;
    if (order.includes(id) || !(id in tree.questions)) continue;
    order.push(id);
    for (const a of tree.questions[id]!.answers) if (a.next !== undefined) queue.push(a.next);
  }
  return order;
}

/** Plugin ids the tree can end in, in the order a reader first meets them. */
export function outcomeOrder(tree: TreeShape): string[] {
  const seen: string[] = [];
  for (const qid of questionOrder(tree)) {
    for (const a of tree.questions[qid]!.answers) if (a.outcome !== undefined && !seen.includes(a.outcome)) seen.push(a.outcome);
  }
  return seen;
}

/** The diagram's arrows: answers of one question that lead to the same target share one arrow. */
export function treeEdges<A extends AnswerShape>(tree: TreeShape<A>): TreeEdge<A>[] {
  const edges: TreeEdge<A>[] = [];
  for (const qid of questionOrder(tree)) {
    for (const answer of tree.questions[qid]!.answers) {
      const to = targetOf(answer);
      const same = edges.find((e) => e.from === qid && e.to.kind === to.kind && e.to.id === to.id);
      if (same) same.answers.push(answer);
      else edges.push({ from: qid, to, answers: [answer] });
    }
  }
  return edges;
}

/** Writes a path as the `path` query value, e.g. `starting-point:new,cni-ownership:managed`. */
export function formatPath(steps: readonly PathStep[]): string {
  return steps.map((s) => `${s.question}:${s.answer}`).join(',');
}

/**
 * Reads a `path` query value against the tree: it follows the answers from the start and keeps the
 * longest valid prefix, so a link made before the tree changed still opens at the last question that
 * still fits, never at a wrong one.
 */
export function parsePath(tree: TreeShape, value: string | null | undefined): PathStep[] {
  const steps: PathStep[] = [];
  if (!value) return steps;
  let current: string | undefined = tree.start;
  for (const part of value.split(',')) {
    const [question, answer] = part.split(':');
    if (current === undefined || question !== current) break;
    const chosen: AnswerShape | undefined = tree.questions[current]?.answers.find((a) => a.id === answer);
    if (!chosen) break;
    steps.push({ question: current, answer: chosen.id });
    current = chosen.next;
  }
  return steps;
}

/** Where a path stands: the question to answer next, or the plugin it ended in. */
export function pathState(tree: TreeShape, steps: readonly PathStep[]): Target {
  let at: Target = { kind: 'question', id: tree.start };
  for (const step of steps) {
    const answer = tree.questions[step.question]?.answers.find((a) => a.id === step.answer);
    if (!answer) break;
    at = targetOf(answer);
  }
  return at;
}

/** The answer objects of a path, in order, with their questions. */
export function pathAnswers<A extends AnswerShape>(tree: TreeShape<A>, steps: readonly PathStep[]): { question: string; answer: A }[] {
  return steps.map((s) => ({ question: s.question, answer: tree.questions[s.question]!.answers.find((a) => a.id === s.answer)! }));
}

/** Every complete path from the start to an outcome, depth first in answer order (for tests and the guide). */
export function allPaths(tree: TreeShape): PathStep[][] {
  const paths: PathStep[][] = [];
  const walk = (qid: string, prefix: PathStep[]) => {
    for (const a of tree.questions[qid]!.answers) {
      const steps = [...prefix, { question: qid, answer: a.id }];
      if (a.next !== undefined) walk(a.next, steps);
      else paths.push(steps);
    }
  };
  walk(tree.start, []);
  return paths;
}
