/**
 * What /decide/ and the decision components need from the model: the tree with resolved glossary
 * links and sources, every distinct configuration the paths end on (with its parts, command,
 * limitations and evidence), the migrations from an existing cluster, the labels of the diagram's
 * decision boxes and the nested outline. Pure: the model comes in, plain data goes out.
 */
import type { Model } from '../model/model';
import type { Entry } from '../model/read';
import { dataplanePlugin, findConfiguration } from '../model/configurations';
import { NO_ENGINE, type DecisionTree, type Migration } from '../schemas';
import {
  decideParts,
  outcomeView,
  requirementLabel,
  type DecideOutcome,
  type DecidePart,
} from './decision-outcome';
import { allPaths, composePath, outcomeKey, questionOrder, targetOf, type DecidedOutcome, type WalkAnswer } from './decision-tree';
import { href } from './href';
import { migrationKey } from './decision-links';
import { decisionFlowchart, type DecisionDiagram } from './mermaid-decision';
import { decideGuidance, endPositions, type DecideGuidance, type RolePosition } from './decision-positions';

/** A cited source as the chooser and the decision record show it. */
export interface DecideSource {
  title: string;
  url: string;
}

/** An answer as the browser script needs it: where it leads, what it decides, why. */
export interface DecideAnswer extends WalkAnswer {
  label: string;
  rationale: string;
  sources: DecideSource[];
  /** Calculator fields this answer fills in, e.g. `{ maxPods: '110' }`. */
  calc?: Record<string, string>;
}

/** A question as the browser script needs it. */
export interface DecideQuestion {
  text: string;
  help?: string;
  glossary: { title: string; href: string }[];
  answers: DecideAnswer[];
}

/** One documented step from an existing cluster's plugin towards an outcome. */
export interface DecideMigrationStep {
  title: string;
  summary: string;
  command?: string;
  constraints: string[];
  /** Site-relative link to the migrations section of the plugin the step starts from. */
  href: string;
}

/** How an existing cluster gets to an outcome: documented in-place steps, or a new cluster. */
export interface DecideMigration {
  fromName: string;
  /** True when no documented in-place path reaches the IP mode: build a new cluster and move the workloads. */
  newCluster: boolean;
  steps: DecideMigrationStep[];
}

/** Everything the /decide/ script reads, embedded in the page as JSON. */
export interface DecideData {
  tree: string;
  title: string;
  description: string;
  start: string;
  lastVerified: string;
  questions: Record<string, DecideQuestion>;
  /** Every configuration a path can end on, keyed by outcomeKey. */
  outcomes: Record<string, DecideOutcome>;
  /** The parts outcomes share, keyed by DecidePart.key. */
  parts: Record<string, DecidePart>;
  /** Keyed by `<from plugin>|<ip mode>|<dataplane>`. */
  migrations: Record<string, DecideMigration>;
  /** Reader-facing names of every requirement a path states. */
  requirementLabels: Record<string, string>;
  /** Mermaid node ids of the diagram (see decisionFlowchart). */
  nodeIds: Record<string, string>;
  /** The organisation's positions the outcomes refer to, where the site has guidance files. */
  guidance?: DecideGuidance;
}

/** A box of the diagram or a step of the outline that shows what an answer decided or where a path ends. */
export interface DecisionBox {
  label: string;
  href?: string;
  /** For the end of a path: the paths ending here differ in parts decided earlier (the IP mode, say). */
  partial?: boolean;
}

function sourcesOf(model: Model, ids: readonly string[] | undefined): DecideSource[] {
  return (ids ?? []).flatMap((id) => {
    const s = model.sourceById.get(id);
    return s ? [{ title: s.data.title, url: s.data.url }] : [];
  });
}

function migrationStep(model: Model, fromId: string, m: Migration): DecideMigrationStep {
  const from = model.pluginById.get(fromId)!;
  const to = model.pluginById.get(m.to);
  return {
    title: `${from.data.shortName} to ${to?.data.shortName ?? m.to}`,
    summary: m.summary,
    ...(m.command ? { command: m.command } : {}),
    constraints: m.constraints,
    href: href(`/plugins/${fromId}/#migrations-out`),
  };
}

/** The documented way from an existing cluster's plugin to an outcome's IP mode and dataplane. */
export function decideMigration(model: Model, from: string, outcome: DecidedOutcome): DecideMigration {
  const source = model.pluginById.get(from);
  const toMode = source?.data.migrations.find((m) => m.to === outcome.ipMode && m.method === 'in-place');
  const steps: DecideMigrationStep[] = toMode ? [migrationStep(model, from, toMode)] : [];
  const dp = outcome.dataplane === 'cilium' ? dataplanePlugin(model, 'cilium') : undefined;
  const ipMode = outcome.ipMode ? model.pluginById.get(outcome.ipMode) : undefined;
  const toDataplane = dp && ipMode?.data.migrations.find((m) => m.to === dp.id);
  if (toMode && toDataplane) steps.push(migrationStep(model, ipMode!.id, toDataplane));
  return { fromName: source?.data.name ?? from, newCluster: !toMode, steps };
}

/** The data the /decide/ page embeds for its script; with `asOf`, the organisation's positions as of that date too. */
export function decideData(model: Model, tree: Entry<DecisionTree>, nodeIds: Record<string, string>, asOf?: string): DecideData {
  const questions: Record<string, DecideQuestion> = {};
  for (const qid of questionOrder(tree.data)) {
    const q = tree.data.questions[qid]!;
    questions[qid] = {
      text: q.text,
      ...(q.help ? { help: q.help } : {}),
      glossary: (q.glossary ?? []).flatMap((id) => {
        const term = model.glossaryById.get(id);
        return term ? [{ title: term.data.title, href: href(`/glossary/${id}/`) }] : [];
      }),
      answers: q.answers.map((a) => ({
        id: a.id,
        label: a.label,
        ...(a.next !== undefined ? { next: a.next } : {}),
        ...(a.decides ? { decides: a.decides } : {}),
        ...(a.requires ? { requires: a.requires } : {}),
        ...(a.waives ? { waives: a.waives } : {}),
        ...(a.from ? { from: a.from } : {}),
        ...(a.findOut ? { findOut: a.findOut } : {}),
        rationale: a.rationale,
        sources: sourcesOf(model, a.sources),
        ...(a.calculatorInputs ? { calc: Object.fromEntries(Object.entries(a.calculatorInputs).map(([k, v]) => [k, String(v)])) } : {}),
      })),
    };
  }
  const found = new Map<string, { outcome: DecidedOutcome; requirements: Set<string> }>();
  const migrations: Record<string, DecideMigration> = {};
  const requirementLabels: Record<string, string> = {};
  for (const steps of allPaths(tree.data)) {
    const path = composePath(tree.data, steps);
    const key = outcomeKey(path.outcome);
    const entry = found.get(key) ?? { outcome: path.outcome, requirements: new Set<string>() };
    found.set(key, entry);
    for (const r of [...path.requirements, ...path.waived]) {
      entry.requirements.add(r.id);
      requirementLabels[r.id] = requirementLabel(model, r.id);
    }
    if (path.from) migrations[migrationKey(path.from, path.outcome)] ??= decideMigration(model, path.from, path.outcome);
  }
  const outcomes: Record<string, DecideOutcome> = {};
  const parts: Record<string, DecidePart> = {};
  const guidance = asOf === undefined ? undefined : decideGuidance(model, [...found.values()].map((f) => f.outcome), asOf);
  for (const [key, { outcome, requirements }] of found) {
    const positions = guidance?.byOutcome.get(key) ?? [];
    outcomes[key] = { ...outcomeView(model, outcome, requirements), ...(positions.length ? { positions } : {}) };
    for (const part of decideParts(model, outcome)) parts[part.key] ??= part;
  }
  return {
    tree: tree.id,
    title: tree.data.title,
    description: tree.data.description,
    start: tree.data.start,
    lastVerified: tree.data.lastVerified,
    questions,
    outcomes,
    parts,
    migrations,
    requirementLabels,
    nodeIds,
    ...(guidance ? { guidance: guidance.guidance } : {}),
  };
}

/** The parts every one of these outcomes shares (a part on which they differ is left undefined). */
export function commonParts(outcomes: readonly Partial<DecidedOutcome>[]): Partial<DecidedOutcome> {
  const common: Partial<DecidedOutcome> = {};
  for (const part of ['ipMode', 'dataplane', 'networkPolicy', 'ipFamilies'] as const) {
    const values = new Set(outcomes.map((o) => o[part]));
    if (values.size === 1 && [...values][0] !== undefined) Object.assign(common, { [part]: [...values][0] });
  }
  return common;
}

/**
 * A short label for some parts of a configuration, e.g. "Overlay + Cilium · Cilium policy" or
 * "Pod Subnet (dynamic)", and the page it links to: the IP mode's, else the engine's, else the dataplane's.
 */
export function decisionBox(model: Model, parts: Partial<DecidedOutcome>): DecisionBox {
  const ipMode = parts.ipMode ? model.pluginById.get(parts.ipMode) : undefined;
  const config = parts.ipMode && parts.dataplane && parts.dataplane !== 'none' ? findConfiguration(model, parts.ipMode, parts.dataplane) : undefined;
  const cilium = parts.dataplane === 'cilium' ? dataplanePlugin(model, 'cilium') : undefined;
  const engine = parts.networkPolicy && parts.networkPolicy !== NO_ENGINE ? model.policyEngineById.get(parts.networkPolicy) : undefined;
  const words: string[] = [];
  if (config) words.push(config.data.shortName);
  else {
    if (ipMode) words.push(ipMode.data.shortName);
    if (parts.dataplane === 'cilium') words.push(`${cilium?.data.shortName ?? 'Cilium'} dataplane`);
    if (parts.dataplane === 'azure') words.push('Azure dataplane');
  }
  if (engine) words.push(`${engine.data.shortName} policy`);
  else if (parts.networkPolicy === NO_ENGINE) words.push('no policy engine');
  if (parts.ipFamilies === 'ipv4-ipv6') words.push('dual-stack');
  const link = ipMode ? `/plugins/${ipMode.id}/` : engine ? `/policy-engines/${engine.id}/` : cilium ? `/plugins/${cilium.id}/` : undefined;
  return { label: words.join(' · '), ...(link ? { href: href(link) } : {}) };
}

/** True when an answer decides a part the diagram shows (flags alone do not get a box). */
export function decidesParts(answer: Pick<WalkAnswer, 'decides'>): boolean {
  const d = answer.decides;
  return Boolean(d && (d.ipMode ?? d.dataplane ?? d.networkPolicy ?? d.ipFamilies));
}

/**
 * The boxes of the diagram and the outline, keyed `question:answer`: for an answer that decides parts
 * and goes on, what it decides; for an answer that ends the path, the parts every path ending there
 * shares (all of them when they end on one configuration).
 */
export function decisionBoxes(model: Model, tree: Pick<DecisionTree, 'start' | 'questions'>): Record<string, DecisionBox> {
  const ends = new Map<string, DecidedOutcome[]>();
  for (const steps of allPaths(tree)) {
    const last = steps.at(-1)!;
    const ref = `${last.question}:${last.answer}`;
    ends.set(ref, [...(ends.get(ref) ?? []), composePath(tree, steps).outcome]);
  }
  const boxes: Record<string, DecisionBox> = {};
  for (const qid of questionOrder(tree)) {
    for (const a of tree.questions[qid]!.answers) {
      const ref = `${qid}:${a.id}`;
      if (a.next === undefined) {
        const outcomes = ends.get(ref) ?? [];
        const common = commonParts(outcomes);
        const partial = new Set(outcomes.map((o) => outcomeKey(o))).size > 1;
        boxes[ref] = { ...decisionBox(model, common), ...(partial ? { partial } : {}) };
      }
      else if (decidesParts(a)) boxes[ref] = decisionBox(model, a.decides!);
    }
  }
  return boxes;
}

/** A node of the outline: a question with its answers. */
export interface OutlineQuestion {
  kind: 'question';
  id: string;
  text: string;
  help?: string;
  answers: OutlineAnswer[];
}

/** An answer in the outline: what it decides, then the next question, a pointer to it, or the end of the path. */
export interface OutlineAnswer {
  id: string;
  label: string;
  rationale: string;
  sources: DecideSource[];
  findOut?: string;
  /** What the answer decides before the path goes on. */
  decides?: DecisionBox;
  leadsTo: OutlineQuestion | { kind: 'see'; id: string; text: string } | ({ kind: 'end'; positions?: { list: RolePosition[]; partial: boolean } } & DecisionBox);
}

/**
 * The tree as a nested outline. A question reached by more than one answer is written out once, where
 * it first appears in reading order; later answers point to it by anchor (`#q-<id>`). With `asOf`, an
 * end of a path also carries the organisation's positions that need an exception or prohibit it.
 */
export function decisionOutline(model: Model, tree: Pick<DecisionTree, 'start' | 'questions'>, asOf?: string): OutlineQuestion {
  const order = questionOrder(tree);
  const boxes = decisionBoxes(model, tree);
  const ends = asOf === undefined ? {} : endPositions(model, tree, asOf);
  // The first parent in breadth-first order writes a shared question out; a depth-first writer would
  // otherwise put it under whichever branch it meets first, far from where readers expect it.
  const owner = new Map<string, string>();
  for (const qid of order) {
    tree.questions[qid]!.answers.forEach((a) => {
      if (a.next !== undefined && !owner.has(a.next)) owner.set(a.next, `${qid}:${a.id}`);
    });
  }
  const build = (qid: string): OutlineQuestion => {
    const q = tree.questions[qid]!;
    return {
      kind: 'question',
      id: qid,
      text: q.text,
      ...(q.help ? { help: q.help } : {}),
      answers: q.answers.map((a) => {
        const target = targetOf(qid, a);
        const ref = `${qid}:${a.id}`;
        let leadsTo: OutlineAnswer['leadsTo'];
        if (target.kind === 'end') leadsTo = { kind: 'end', ...boxes[ref]!, ...(ends[ref] ? { positions: { list: ends[ref].positions, partial: ends[ref].partial } } : {}) };
        else if (owner.get(target.id) === ref) leadsTo = build(target.id);
        else leadsTo = { kind: 'see', id: target.id, text: tree.questions[target.id]!.text };
        return {
          id: a.id,
          label: a.label,
          rationale: a.rationale,
          sources: sourcesOf(model, a.sources),
          ...(a.findOut ? { findOut: a.findOut } : {}),
          ...(target.kind === 'question' && boxes[ref] ? { decides: boxes[ref] } : {}),
          leadsTo,
        };
      }),
    };
  };
  return build(tree.start);
}

/** The decision diagram of a tree: its Mermaid source and node ids, with the boxes and summary from the data. */
export function treeDiagram(model: Model, tree: Entry<DecisionTree>): DecisionDiagram {
  const configurations = new Set(allPaths(tree.data).map((steps) => outcomeKey(composePath(tree.data, steps).outcome)));
  return decisionFlowchart(tree.data, {
    boxes: decisionBoxes(model, tree.data),
    summary: `Its paths end on ${configurations.size} configurations, each an IP mode, a dataplane and a network policy engine or none.`,
  });
}
