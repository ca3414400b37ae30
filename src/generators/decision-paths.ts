/**
 * /data/decision-paths.json: every path of every decision tree with its answers and the configuration
 * it ends on, so a review or another tool can check a recorded decision against the current guidance.
 * Pure: the same paths, outcomes and commands the chooser shows, computed from the model.
 */
import type { Model } from '../model/model';
import { decidePathUrl } from './decision-links';
import { outcomeView } from './decision-outcome';
import { allPaths, answerAt, composePath } from './decision-tree';
import { href } from './href';
import { outcomePositions } from './decision-positions';
import { subjectKey } from '../model/subjects';

/** One answered question of an exported path. */
export interface ExportedAnswer {
  question: string;
  questionText: string;
  answer: string;
  answerText: string;
}

/** The configuration an exported path ends on. */
export interface ExportedOutcome {
  plugin: string;
  dataplane: 'azure' | 'cilium' | 'none';
  /** An engine id, or none. */
  networkPolicy: string;
  configuration: string;
  command: string;
  name: string;
  ipFamilies: string;
  /** The further flags the answers added, as written in the command. */
  flags: string[];
  /**
   * The organisation's positions on the configuration and its parts (configuration first), where the
   * site has guidance files; `restricted` when one needs an exception or prohibits it.
   */
  positions?: ExportedPosition[];
}

/** An organisation's position on an outcome or one of its parts, as of the site's date. */
export interface ExportedPosition {
  role: string;
  /** `kind:id`, e.g. `plugin:azure-cni-pod-subnet-dynamic`. */
  subject: string;
  position: string;
  restricted: boolean;
  organisation: string;
  rationale: string;
  owner: string;
  reviewBy: string;
  overdue: boolean;
  links: { title: string; url: string }[];
  /** The subject's page, with the site's base path. */
  url?: string;
}

/** One path of a tree. */
export interface ExportedPath {
  tree: string;
  /** URL of this path on the chooser page, with the site's base path. */
  url: string;
  answers: ExportedAnswer[];
  outcome: ExportedOutcome;
  /** Requirement ids the answers state and the outcome was checked against. */
  requirements: string[];
  /** Requirement ids an answer gave up. */
  waived: string[];
  /** What "not sure" answers leave to find out. */
  findOut: string[];
}

/** The whole export. */
export interface DecisionPathsExport {
  trees: { id: string; title: string; lastVerified: string; url: string }[];
  paths: ExportedPath[];
}

/** Every path of every decision tree, depth first in answer order; with `asOf`, the organisation's positions as of that date. */
export function decisionPathsExport(model: Model, asOf?: string): DecisionPathsExport {
  const paths: ExportedPath[] = [];
  const views = new Map<string, ReturnType<typeof outcomeView>>();
  for (const tree of model.decisions) {
    for (const steps of allPaths(tree.data)) {
      const composed = composePath(tree.data, steps);
      const cacheKey = JSON.stringify(composed.outcome);
      let view = views.get(cacheKey);
      if (!view) views.set(cacheKey, (view = outcomeView(model, composed.outcome, [])));
      const positions = asOf === undefined ? [] : outcomePositions(model, composed.outcome, asOf);
      paths.push({
        tree: tree.id,
        url: decidePathUrl(steps),
        answers: steps.map((s) => ({
          question: s.question,
          questionText: tree.data.questions[s.question]!.text,
          answer: s.answer,
          answerText: answerAt(tree.data, s)!.label,
        })),
        outcome: {
          plugin: view.plugin,
          dataplane: view.dataplane,
          networkPolicy: view.networkPolicy,
          configuration: view.configuration,
          command: view.command,
          name: view.title,
          ipFamilies: view.ipFamilies,
          flags: composed.outcome.flags.map((f) => (f.value === undefined ? f.flag : `${f.flag} ${f.value}`)),
          ...(positions.length
            ? {
                positions: positions.map(({ role, position: p }) => ({
                  role,
                  subject: subjectKey(p.subject),
                  position: p.position,
                  restricted: p.position === 'exception' || p.position === 'prohibited',
                  organisation: p.organisation,
                  rationale: p.rationale,
                  owner: p.owner,
                  reviewBy: p.reviewBy,
                  overdue: p.overdue,
                  links: p.links,
                  ...(p.subject.href ? { url: p.subject.href } : {}),
                })),
              }
            : {}),
        },
        requirements: composed.requirements.map((r) => r.id),
        waived: composed.waived.map((r) => r.id),
        findOut: composed.findOut.map((f) => f.text),
      });
    }
  }
  return {
    trees: model.decisions.map((t) => ({ id: t.id, title: t.data.title, lastVerified: t.data.lastVerified, url: href('/decide/') })),
    paths,
  };
}
