/**
 * What /decide/ and the decision components need from the model: the tree with resolved glossary
 * links and sources, the outcome panels (plugin, limitations to check, calculator, snippet) and the
 * nested outline. Pure: the model comes in, plain data goes out (part of it as JSON for the script).
 */
import type { Entry } from '../model/read';
import type { Model } from '../model/model';
import type { DecisionTree, Limitation, Plugin } from '../schemas';
import { CALCULATOR_SPECS } from './calculators/specs';
import { outcomeOrder, questionOrder, targetOf } from './decision-tree';
import { azAksCreate } from './snippets';
import { href } from './href';

/** A cited source as the chooser and the decision record show it. */
export interface DecideSource {
  title: string;
  url: string;
}

/** An answer as the browser script needs it. */
export interface DecideAnswer {
  id: string;
  label: string;
  next?: string;
  outcome?: string;
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

/** A limitation to check before adopting the outcome. */
export interface DecideLimitation {
  id: string;
  title: string;
  severity: Limitation['severity'];
  appliesTo?: string;
  /** Site-relative link to the limitation's anchor, e.g. `/plugins/kubenet/#max-400-nodes`. */
  href: string;
  /** Plugin the limitation belongs to (a dataplane outcome also lists its addressing mode's blockers). */
  plugin: string;
}

/** The calculator an outcome links to. */
export interface DecideCalculator {
  name: string;
  title: string;
  /** Field names the calculator reads from its URL query. */
  fields: string[];
}

/** One possible result of the tree. */
export interface DecideOutcome {
  id: string;
  name: string;
  /** Longer name for the result heading, e.g. "Azure CNI Powered by Cilium, on Azure CNI Overlay". */
  title: string;
  summary: string;
  href: string;
  /** The addressing plugin a dataplane outcome is created with by default. */
  pairedWith?: { id: string; name: string; href: string };
  limitations: DecideLimitation[];
  calculator: DecideCalculator;
  snippet: string;
  lastVerified: string;
}

/** Everything the /decide/ script reads, embedded in the page as JSON. */
export interface DecideData {
  tree: string;
  title: string;
  description: string;
  start: string;
  lastVerified: string;
  questions: Record<string, DecideQuestion>;
  outcomes: Record<string, DecideOutcome>;
  /** Mermaid node ids of the diagram (see decisionFlowchart). */
  nodeIds: Record<string, string>;
}


/** Severities the result lists as "limitations to check"; info-level ones stay on the plugin page. */
const CHECK_SEVERITIES: readonly Limitation['severity'][] = ['blocker', 'caution'];

/**
 * The addressing plugin a dataplane is paired with by default: the plugin it combines with whose
 * network profile matches the dataplane's own (for Cilium, Overlay).
 */
export function defaultPairing(model: Model, plugin: Entry<Plugin>): Entry<Plugin> | undefined {
  if (plugin.data.kind !== 'dataplane') return undefined;
  const profile = plugin.data.networkProfile;
  return (plugin.data.combinesWith ?? [])
    .map((id) => model.pluginById.get(id))
    .find(
      (p) =>
        p !== undefined &&
        p.data.networkProfile.networkPlugin === profile.networkPlugin &&
        p.data.networkProfile.networkPluginMode === profile.networkPluginMode &&
        p.data.networkProfile.podSubnet === profile.podSubnet,
    );
}

/** The name an outcome box shows: a dataplane names its default addressing mode too. */
export function outcomeName(model: Model, pluginId: string): string {
  const plugin = model.pluginById.get(pluginId);
  if (!plugin) return pluginId;
  const paired = defaultPairing(model, plugin);
  return paired ? `${plugin.data.shortName} on ${paired.data.shortName}` : plugin.data.name;
}

function limitationsOf(plugin: Entry<Plugin>, severities: readonly Limitation['severity'][]): DecideLimitation[] {
  return plugin.data.limitations
    .filter((l) => severities.includes(l.severity))
    .sort((a, b) => severities.indexOf(a.severity) - severities.indexOf(b.severity))
    .map((l) => ({
      id: l.id,
      title: l.title,
      severity: l.severity,
      ...(l.appliesTo ? { appliesTo: l.appliesTo } : {}),
      href: href(`/plugins/${plugin.id}/#${l.id}`),
      plugin: plugin.data.name,
    }));
}

/** The calculator for a plugin (or for the mode a dataplane is paired with); otherwise the all-plugins comparison. */
export function calculatorFor(pluginIds: readonly string[]): DecideCalculator {
  const specs = Object.values(CALCULATOR_SPECS);
  const spec = pluginIds.map((id) => specs.find((s) => s.plugin === id)).find((s) => s !== undefined) ?? CALCULATOR_SPECS['compare-all'];
  return { name: spec.name, title: spec.title, fields: spec.fields.map((f) => f.name) };
}

/** The outcome panel of one plugin. */
export function decideOutcome(model: Model, pluginId: string): DecideOutcome {
  const plugin = model.pluginById.get(pluginId);
  if (!plugin) throw new Error(`decision outcome "${pluginId}" is not a plugin`);
  const paired = defaultPairing(model, plugin);
  return {
    id: plugin.id,
    name: plugin.data.name,
    title: paired ? `${plugin.data.name}, on ${paired.data.name}` : plugin.data.name,
    summary: plugin.data.summary,
    href: href(`/plugins/${plugin.id}/`),
    ...(paired ? { pairedWith: { id: paired.id, name: paired.data.name, href: href(`/plugins/${paired.id}/`) } } : {}),
    limitations: [...limitationsOf(plugin, CHECK_SEVERITIES), ...(paired ? limitationsOf(paired, ['blocker']) : [])],
    calculator: calculatorFor(paired ? [plugin.id, paired.id] : [plugin.id]),
    snippet: azAksCreate(plugin.data),
    lastVerified: plugin.data.lastVerified,
  };
}

/** The data the /decide/ page embeds for its script. */
export function decideData(model: Model, tree: Entry<DecisionTree>, nodeIds: Record<string, string>): DecideData {
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
        ...(a.next !== undefined ? { next: a.next } : { outcome: a.outcome! }),
        rationale: a.rationale,
        sources: (a.sources ?? []).flatMap((id) => {
          const s = model.sourceById.get(id);
          return s ? [{ title: s.data.title, url: s.data.url }] : [];
        }),
        ...(a.calculatorInputs ? { calc: Object.fromEntries(Object.entries(a.calculatorInputs).map(([k, v]) => [k, String(v)])) } : {}),
      })),
    };
  }
  const outcomes = Object.fromEntries(outcomeOrder(tree.data).map((id) => [id, decideOutcome(model, id)]));
  return {
    tree: tree.id,
    title: tree.data.title,
    description: tree.data.description,
    start: tree.data.start,
    lastVerified: tree.data.lastVerified,
    questions,
    outcomes,
    nodeIds,
  };
}

/** A node of the outline: a question with its answers, each leading on or ending in a plugin. */
export interface OutlineQuestion {
  kind: 'question';
  id: string;
  text: string;
  help?: string;
  answers: OutlineAnswer[];
}

/** An answer in the outline. */
export interface OutlineAnswer {
  id: string;
  label: string;
  rationale: string;
  sources: DecideSource[];
  leadsTo:
    | OutlineQuestion
    | { kind: 'see'; id: string; text: string }
    | { kind: 'outcome'; id: string; name: string; href: string };
}

/**
 * The tree as a nested outline. A question reached by more than one answer is written out once, where
 * it first appears in reading order; later answers point to it by anchor (`#q-<id>`).
 */
export function decisionOutline(model: Model, tree: Pick<DecisionTree, 'start' | 'questions'>): OutlineQuestion {
  const order = questionOrder(tree);
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
        const target = targetOf(a);
        const sources = (a.sources ?? []).flatMap((id) => {
          const s = model.sourceById.get(id);
          return s ? [{ title: s.data.title, url: s.data.url }] : [];
        });
        let leadsTo: OutlineAnswer['leadsTo'];
        if (target.kind === 'outcome') leadsTo = { kind: 'outcome', id: target.id, name: outcomeName(model, target.id), href: href(`/plugins/${target.id}/`) };
        else if (owner.get(target.id) === `${qid}:${a.id}`) leadsTo = build(target.id);
        else leadsTo = { kind: 'see', id: target.id, text: tree.questions[target.id]!.text };
        return { id: a.id, label: a.label, rationale: a.rationale, sources, leadsTo };
      }),
    };
  };
  return build(tree.start);
}
