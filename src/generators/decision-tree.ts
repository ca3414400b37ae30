/**
 * Walking a decision tree for pages and diagrams: question order, where answers lead, the edges a
 * diagram draws, and the answer path that /decide/ keeps in its URL (`?path=question:answer,...`).
 * Pure and DOM-free, so the page, the browser script and the tests share it. Adding up what a path
 * decides lives in the model (src/model/decision-walk.ts), which the soundness rule also uses.
 */
import { answerAt, type PathStep, type WalkAnswer, type WalkTree } from '../model/decision-walk';

export { allPaths, answerAt, composePath, formatPath, outcomeKey } from '../model/decision-walk';
export type { ComposedPath, DecidedOutcome, PathStep, StatedRequirement, WalkAnswer, WalkTree } from '../model/decision-walk';

/** The least an answer needs for walking: its id and where it leads. */
export type AnswerShape = WalkAnswer;

/** The subset of a decision tree these helpers read. */
export type TreeShape<A extends AnswerShape = AnswerShape> = WalkTree<A>;

/** Where an answer leads: another question, or the end of the path at that answer. */
export type Target = { kind: 'question'; id: string } | { kind: 'end'; question: string; answer: string };

/** An arrow of the diagram: every answer of one question that leads to the same place with the same decision. */
export interface TreeEdge<A extends AnswerShape = AnswerShape> {
  from: string;
  to: Target;
  answers: A[];
}

/** Where an answer of a question leads. */
export function targetOf(question: string, answer: Pick<AnswerShape, 'id' | 'next'>): Target {
  return answer.next !== undefined ? { kind: 'question', id: answer.next } : { kind: 'end', question, answer: answer.id };
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

/** The parts an answer decides, as a comparable string (flags left out: they do not change the diagram). */
export function decisionSignature(answer: Pick<AnswerShape, 'decides'>): string {
  const d = answer.decides;
  if (!d) return '';
  return [d.ipMode ?? '', d.dataplane ?? '', d.networkPolicy ?? '', d.ipFamilies ?? ''].join('|').replace(/^\|+$/, '');
}

/**
 * The diagram's arrows: answers of one question that go on to the same question and decide the same
 * parts share one arrow; an answer that ends the path always has an arrow of its own.
 */
export function treeEdges<A extends AnswerShape>(tree: TreeShape<A>): TreeEdge<A>[] {
  const edges: TreeEdge<A>[] = [];
  for (const qid of questionOrder(tree)) {
    for (const answer of tree.questions[qid]!.answers) {
      const to = targetOf(qid, answer);
      const same =
        to.kind === 'question' &&
        edges.find((e) => e.from === qid && e.to.kind === 'question' && e.to.id === to.id && decisionSignature(e.answers[0]!) === decisionSignature(answer));
      if (same) same.answers.push(answer);
      else edges.push({ from: qid, to, answers: [answer] });
    }
  }
  return edges;
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
    const chosen: AnswerShape | undefined = answerAt(tree, { question: current, answer: answer ?? '' });
    if (!chosen) break;
    steps.push({ question: current, answer: chosen.id });
    current = chosen.next;
  }
  return steps;
}

/** Where a path stands: the question to answer next, or the answer that ended it. */
export function pathState(tree: TreeShape, steps: readonly PathStep[]): Target {
  let at: Target = { kind: 'question', id: tree.start };
  for (const step of steps) {
    const answer = answerAt(tree, step);
    if (!answer) break;
    at = targetOf(step.question, answer);
  }
  return at;
}

/** The answer objects of a path, in order, with their questions. */
export function pathAnswers<A extends AnswerShape>(tree: TreeShape<A>, steps: readonly PathStep[]): { question: string; answer: A }[] {
  return steps.map((s) => ({ question: s.question, answer: answerAt(tree, s)! }));
}
