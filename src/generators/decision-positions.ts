/**
 * An organisation's positions on what the chooser (/decide/) recommends: for each configuration a
 * path can end on, the position on the configuration itself and on each of its parts (IP mode,
 * dataplane, policy engine), and which of them stop a team (exception, prohibited). The chooser shows
 * them beside the facts and warns; the decision record and decision-paths.json carry them. Pure;
 * nothing here when the site has no guidance file.
 */
import type { Model } from '../model/model';
import { outcomeParts } from '../model/decision-soundness';
import { allPaths, composePath, outcomeKey, type DecidedOutcome } from '../model/decision-walk';
import type { DecisionTree } from '../schemas';
import { subjectKey } from '../model/subjects';
import { allPositions, hasGuidance, isRestricted, positionFor, positionRank, positionsHeading, positionWithParts, type PositionView, type SubjectRef } from './positions';

/** One position on an outcome: the part its subject plays ("Configuration", "IP mode", "Dataplane", "Network policy") and the position. */
export interface RolePosition {
  role: string;
  position: PositionView;
}

/** A position of an outcome as the chooser's JSON refers to it: the role, and the key of the position in `DecideGuidance.positions`. */
export interface OutcomePositionRef {
  role: string;
  /** `kind:id`, e.g. `configuration:azure-cni-overlay-cilium-dataplane`. */
  subject: string;
}

/** What the chooser's JSON carries where the site has guidance files: the heading, and each position once. */
export interface DecideGuidance {
  /** "Contoso platform team’s position" (see positionsHeading). */
  heading: string;
  /** Every position an outcome refers to, by subject key. */
  positions: Record<string, PositionView>;
}

/**
 * The positions on an outcome, the configuration first, then its IP mode, its dataplane and its
 * policy engine: a configuration's own and its parts' through positionWithParts, the engine's beside
 * them. Subjects without a position are left out.
 */
export function outcomePositions(model: Model, outcome: DecidedOutcome, asOf: string): RolePosition[] {
  const parts = outcomeParts(model, outcome);
  const subject: SubjectRef | undefined = parts.configuration
    ? { kind: 'configuration', id: parts.configuration.id }
    : parts.ipMode
      ? { kind: 'plugin', id: parts.ipMode.id }
      : undefined;
  if (!subject) return [];
  const found = positionWithParts(model, subject, asOf);
  const roleOf = (position: PositionView) => (position.subject.id === parts.ipMode?.id ? 'IP mode' : position.subject.id === parts.dataplane?.id ? 'Dataplane' : 'Configuration');
  const engine = parts.engine ? positionFor(model, { kind: 'policy-engine', id: parts.engine.id }, asOf) : undefined;
  return [...(found.own ? [found.own] : []), ...found.parts, ...(engine ? [engine] : [])].map((position) => ({ role: position === engine ? 'Network policy' : roleOf(position), position }));
}

/** The positions that stop a team (exception, prohibited), strictest first: what the chooser warns about. */
export function restrictedPositions<T extends { position: Pick<PositionView, 'position'> }>(positions: readonly T[]): T[] {
  return positions.filter((p) => isRestricted(p.position)).sort((a, b) => positionRank(b.position.position) - positionRank(a.position.position));
}

/** The guidance part of the chooser's JSON for these outcomes, or undefined without guidance files. */
export function decideGuidance(model: Model, outcomes: Iterable<DecidedOutcome>, asOf: string): { guidance: DecideGuidance; byOutcome: Map<string, OutcomePositionRef[]> } | undefined {
  if (!hasGuidance(model)) return undefined;
  const positions: Record<string, PositionView> = {};
  const byOutcome = new Map<string, OutcomePositionRef[]>();
  for (const outcome of outcomes) {
    const list = outcomePositions(model, outcome, asOf);
    for (const { position } of list) positions[subjectKey(position.subject)] = position;
    byOutcome.set(outcomeKey(outcome), list.map(({ role, position }) => ({ role, subject: subjectKey(position.subject) })));
  }
  const all = Object.values(positions);
  return { guidance: { heading: positionsHeading(all.length ? all : allPositions(model, asOf)), positions }, byOutcome };
}

/**
 * For each answer that ends a path (`question:answer`), the positions that stop a team on the
 * configurations ending there; `partial` when those paths end on different configurations (the parts
 * decided earlier differ), so only some of them carry each position. For the no-JavaScript outline.
 */
export function endPositions(model: Model, tree: Pick<DecisionTree, 'start' | 'questions'>, asOf: string): Record<string, { positions: RolePosition[]; partial: boolean }> {
  if (!hasGuidance(model)) return {};
  const ends = new Map<string, Map<string, DecidedOutcome>>();
  for (const steps of allPaths(tree)) {
    const last = steps.at(-1)!;
    const ref = `${last.question}:${last.answer}`;
    const outcome = composePath(tree, steps).outcome;
    ends.set(ref, (ends.get(ref) ?? new Map()).set(outcomeKey(outcome), outcome));
  }
  const out: Record<string, { positions: RolePosition[]; partial: boolean }> = {};
  for (const [ref, outcomes] of ends) {
    const seen = new Map<string, RolePosition>();
    for (const outcome of outcomes.values()) for (const p of outcomePositions(model, outcome, asOf)) seen.set(subjectKey(p.position.subject), p);
    const positions = restrictedPositions([...seen.values()]);
    if (positions.length) out[ref] = { positions, partial: outcomes.size > 1 };
  }
  return out;
}
