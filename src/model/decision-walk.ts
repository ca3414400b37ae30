/**
 * Walking a decision tree and adding up what a path decides. Pure and free of Node and the DOM: the
 * soundness rule, the generators (diagram, export, chooser page) and the /decide/ browser script all
 * use these functions, so the outcome a reader sees is the outcome the rule checked.
 */
import type { DecidedFlag, Decides, IpFamilies, OutcomeDataplane } from '../schemas/decision';

/** What walking needs from an answer; the data file's answers and the page's JSON both fit. */
export interface WalkAnswer {
  id: string;
  next?: string;
  decides?: Decides;
  requires?: string[];
  waives?: string[];
  scale?: { nodes?: number; pods?: number };
  from?: string;
  findOut?: string;
}

/** The subset of a decision tree walking reads. */
export interface WalkTree<A extends WalkAnswer = WalkAnswer> {
  start: string;
  questions: Record<string, { answers: A[] }>;
}

/** One chosen answer on a path. */
export interface PathStep {
  question: string;
  answer: string;
}

/** Where an answer was given, for messages and records: `question:answer`. */
export type StepRef = string;

/** A configuration as a path decides it; a part no answer decided is undefined. */
export interface DecidedOutcome {
  ipMode?: string;
  dataplane?: OutcomeDataplane;
  networkPolicy?: string;
  ipFamilies: IpFamilies;
  flags: DecidedFlag[];
}

/** A requirement and the answer that stated it. */
export interface StatedRequirement {
  id: string;
  at: StepRef;
}

/** A part a later answer tried to decide differently from an earlier one. */
export interface DecisionConflict {
  part: keyof Decides;
  at: StepRef;
  earlier: StepRef;
  was: string;
  now: string;
}

/** Everything a path adds up to. */
export interface ComposedPath {
  outcome: DecidedOutcome;
  /** Requirements still in force at the end, each with the answer that stated it. */
  requirements: StatedRequirement[];
  /** Requirements an answer gave up, with the answer that gave them up. */
  waived: StatedRequirement[];
  scale: { nodes?: number; pods?: number };
  /** The plugin an existing cluster runs today, when the path starts from one. */
  from?: string;
  /** What "not sure" answers leave to find out. */
  findOut: { at: StepRef; text: string }[];
  conflicts: DecisionConflict[];
}

/** The answer a step names, when the tree has it. */
export function answerAt<A extends WalkAnswer>(tree: WalkTree<A>, step: PathStep): A | undefined {
  return tree.questions[step.question]?.answers.find((a) => a.id === step.answer);
}

/** Every complete path from the start to an answer that ends it, depth first in answer order. */
export function allPaths(tree: WalkTree): PathStep[][] {
  const paths: PathStep[][] = [];
  const walk = (qid: string, prefix: PathStep[], seen: ReadonlySet<string>) => {
    const question = tree.questions[qid];
    // A missing question or a loop is the structural rule's to report; walking just stops.
    if (!question || seen.has(qid)) return;
    const inPath = new Set(seen).add(qid);
    for (const a of question.answers) {
      const steps = [...prefix, { question: qid, answer: a.id }];
      if (a.next !== undefined) walk(a.next, steps, inPath);
      else paths.push(steps);
    }
  };
  walk(tree.start, [], new Set());
  return paths;
}

/** Writes a path as the `path` query value, e.g. `starting-point:new,cni-ownership:managed`. */
export function formatPath(steps: readonly PathStep[]): string {
  return steps.map((s) => `${s.question}:${s.answer}`).join(',');
}

const SINGLE_PARTS = ['ipMode', 'dataplane', 'networkPolicy', 'ipFamilies'] as const;

/** Adds up what the answers of a path decide, require, give up and leave to find out. */
export function composePath(tree: WalkTree, steps: readonly PathStep[]): ComposedPath {
  const decided: Partial<Record<(typeof SINGLE_PARTS)[number], { value: string; at: StepRef }>> = {};
  const flags: DecidedFlag[] = [];
  const flagAt = new Map<string, StepRef>();
  let requirements: StatedRequirement[] = [];
  const waived: StatedRequirement[] = [];
  const scale: { nodes?: number; pods?: number } = {};
  const findOut: ComposedPath['findOut'] = [];
  const conflicts: DecisionConflict[] = [];
  let from: string | undefined;
  for (const step of steps) {
    const answer = answerAt(tree, step);
    if (!answer) break;
    const at = `${step.question}:${step.answer}`;
    for (const part of SINGLE_PARTS) {
      const value = answer.decides?.[part];
      if (value === undefined) continue;
      const earlier = decided[part];
      if (earlier && earlier.value !== value) conflicts.push({ part, at, earlier: earlier.at, was: earlier.value, now: value });
      else decided[part] = { value, at };
    }
    for (const f of answer.decides?.flags ?? []) {
      const same = flags.find((g) => g.flag === f.flag);
      if (!same) {
        flags.push(f);
        flagAt.set(f.flag, at);
      }
      else if (same.value !== f.value) conflicts.push({ part: 'flags', at, earlier: flagAt.get(f.flag)!, was: `${same.flag} ${same.value ?? ''}`.trim(), now: `${f.flag} ${f.value ?? ''}`.trim() });
    }
    for (const id of answer.waives ?? []) {
      requirements = requirements.filter((r) => r.id !== id);
      waived.push({ id, at });
    }
    for (const id of answer.requires ?? []) if (!requirements.some((r) => r.id === id)) requirements.push({ id, at });
    if (answer.scale?.nodes !== undefined) scale.nodes = Math.max(scale.nodes ?? 0, answer.scale.nodes);
    if (answer.scale?.pods !== undefined) scale.pods = Math.max(scale.pods ?? 0, answer.scale.pods);
    if (answer.from !== undefined) from = answer.from;
    if (answer.findOut) findOut.push({ at, text: answer.findOut });
  }
  const outcome: DecidedOutcome = {
    ...(decided.ipMode ? { ipMode: decided.ipMode.value } : {}),
    ...(decided.dataplane ? { dataplane: decided.dataplane.value as OutcomeDataplane } : {}),
    ...(decided.networkPolicy ? { networkPolicy: decided.networkPolicy.value } : {}),
    ipFamilies: (decided.ipFamilies?.value as IpFamilies | undefined) ?? 'ipv4',
    flags,
  };
  return { outcome, requirements, waived, scale, ...(from ? { from } : {}), findOut, conflicts };
}

/**
 * A stable key for a decided configuration: two paths that decide the same parts share the key, so
 * the chooser page carries each distinct outcome once.
 */
export function outcomeKey(outcome: DecidedOutcome): string {
  const flags = outcome.flags.map((f) => (f.value === undefined ? f.flag : `${f.flag}=${f.value}`)).join(' ');
  return [outcome.ipMode ?? '?', outcome.dataplane ?? '?', outcome.networkPolicy ?? '?', outcome.ipFamilies, flags].join('|');
}
