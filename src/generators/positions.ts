/**
 * An organisation's positions (data/guidance/) as pages, scripts and copied records show them. Pure:
 * the model and the site's "as of" date come in, plain serialisable data goes out, so a browser script
 * can take a view from the page's JSON. With no guidance file every function returns nothing, and
 * pages render no guidance markup.
 */
import type { Model } from '../model/model';
import type { Entry } from '../model/read';
import { resolveSubject, subjectKey, SUBJECT_KINDS, type SubjectRef } from '../model/subjects';
import { POSITIONS, type Guidance, type Position, type PositionWord } from '../schemas';
import { href } from './href';

export { POSITION_ICONS, positionMarkdown } from './position-text';

export type { SubjectRef } from '../model/subjects';

/** The reader-facing word of each position. */
export const POSITION_LABELS: Record<PositionWord, string> = {
  recommended: 'Recommended',
  allowed: 'Allowed',
  exception: 'By exception',
  prohibited: 'Prohibited',
};

/** What each position asks of a team, as a predicate after the subject's name. */
export const POSITION_MEANINGS: Record<PositionWord, string> = {
  recommended: 'is the default choice',
  allowed: 'may be used',
  exception: 'needs an approved exception',
  prohibited: 'must not be used',
};

/** The label of subjects without a position, where a list filters or orders by position. */
export const NO_POSITION_LABEL = 'No position';

/**
 * Site-root page of a subject of each kind, when the site has one. A kind without an entry (a
 * configuration, until it has pages) links nowhere.
 */
const SUBJECT_PAGES: Record<string, ((id: string) => string) | undefined> = {
  plugin: (id) => `/plugins/${id}/`,
  configuration: (id) => `/configurations/${id}/`,
  'policy-engine': (id) => `/policy-engines/${id}/`,
  setting: (id) => `/settings/#${id}`,
};

/** One position as every surface shows it. */
export interface PositionView {
  /** What the position is about, with its name and page (base path included) when it has one. */
  subject: SubjectRef & { name: string; href?: string };
  position: PositionWord;
  /** "Recommended", "Allowed", "By exception", "Prohibited". */
  label: string;
  /** What it asks, to follow the subject's name: "is the default choice", "must not be used", ... */
  meaning: string;
  organisation: string;
  rationale: string;
  owner: string;
  /** `mailto:` link when the owner is an e-mail address. */
  ownerHref?: string;
  reviewBy: string;
  /** True when `reviewBy` is before the site's "as of" date. */
  overdue: boolean;
  links: { title: string; url: string }[];
  /** The guidance file it comes from, e.g. `data/guidance/contoso.yaml`. */
  file: string;
}

interface Stored {
  file: Entry<Guidance>;
  position: Position;
  ref: SubjectRef;
}

const indexes = new WeakMap<Model, Map<string, Stored>>();

/** Every position of the model by subject key, resolved once per model. */
function positionIndex(model: Model): Map<string, Stored> {
  let index = indexes.get(model);
  if (!index) {
    index = new Map();
    for (const file of model.guidance) {
      for (const position of file.data.positions) {
        const result = resolveSubject(model, position.subject);
        // The integrity rules reject unknown and repeated subjects before any page renders.
        if ('ref' in result && !index.has(subjectKey(result.ref))) index.set(subjectKey(result.ref), { file, position, ref: result.ref });
      }
    }
    indexes.set(model, index);
  }
  return index;
}

function view(model: Model, stored: Stored, asOf: string): PositionView {
  const { position: p, ref, file } = stored;
  const kind = SUBJECT_KINDS.find((k) => k.kind === ref.kind);
  const page = SUBJECT_PAGES[ref.kind];
  return {
    subject: { ...ref, name: kind?.name(model, ref.id) ?? ref.id, ...(page ? { href: href(page(ref.id)) } : {}) },
    position: p.position,
    label: POSITION_LABELS[p.position],
    meaning: POSITION_MEANINGS[p.position],
    organisation: file.data.organisation,
    rationale: p.rationale,
    owner: p.owner,
    ...(/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(p.owner) ? { ownerHref: `mailto:${p.owner}` } : {}),
    reviewBy: p.reviewBy,
    overdue: p.reviewBy < asOf,
    links: p.links.map((l) => ({ title: l.title, url: l.url })),
    file: file.file,
  };
}

/** True when the data has at least one guidance file; pages show guidance controls only then. */
export function hasGuidance(model: Model): boolean {
  return model.guidance.length > 0;
}

/** The position on one subject, e.g. `positionFor(model, { kind: 'plugin', id: 'kubenet' }, asOf)`, or undefined. */
export function positionFor(model: Model, subject: SubjectRef, asOf: string): PositionView | undefined {
  const stored = positionIndex(model).get(subjectKey(subject));
  return stored ? view(model, stored, asOf) : undefined;
}

/** The label of the position on one subject ("Prohibited"), for search filters, which do not depend on the date. */
export function positionLabelFor(model: Model, subject: SubjectRef): string | undefined {
  const stored = positionIndex(model).get(subjectKey(subject));
  return stored ? POSITION_LABELS[stored.position.position] : undefined;
}

/**
 * The position on one subject as search text ("Contoso platform team: Prohibited. <rationale> Owner:
 * <owner>."), for search records built from the data rather than from a page; '' without one.
 */
export function positionSearchText(model: Model, subject: SubjectRef): string {
  const stored = positionIndex(model).get(subjectKey(subject));
  if (!stored) return '';
  const { file, position: p } = stored;
  return `${file.data.organisation}: ${POSITION_LABELS[p.position]}. ${p.rationale} Owner: ${p.owner}.`;
}

/** The positions on several subjects (the parts of a cluster, say), in the order asked, skipping those without one. */
export function positionsFor(model: Model, subjects: readonly SubjectRef[], asOf: string): PositionView[] {
  return subjects.flatMap((s) => positionFor(model, s, asOf) ?? []);
}

/** Every position in the data, in file order. */
export function allPositions(model: Model, asOf: string): PositionView[] {
  return [...positionIndex(model).values()].map((s) => view(model, s, asOf));
}

/**
 * The subjects a subject is made of: a configuration is its IP mode plugin and, for Cilium, the
 * dataplane plugin; other subjects have no parts.
 */
export function subjectParts(model: Model, subject: SubjectRef): SubjectRef[] {
  if (subject.kind !== 'configuration') return [];
  const config = model.configurationById.get(subject.id);
  if (!config) return [];
  const dataplane = model.plugins.find((p) => p.data.kind === 'dataplane' && p.data.networkProfile.networkDataplane === config.data.dataplane);
  return [{ kind: 'plugin', id: config.data.ipMode }, ...(dataplane ? [{ kind: 'plugin', id: dataplane.id }] : [])];
}

/** True for positions that stop a team: `exception` and `prohibited`. */
export function isRestricted(position: Pick<PositionView, 'position'>): boolean {
  return position.position === 'exception' || position.position === 'prohibited';
}

/**
 * A subject's own position and its parts' (a configuration's IP mode and dataplane), with the ones
 * that stop a team (exception or prohibited), strictest first: what a chooser warning or a cluster
 * review flag needs.
 */
export function positionWithParts(model: Model, subject: SubjectRef, asOf: string): { own?: PositionView; parts: PositionView[]; restricted: PositionView[] } {
  const own = positionFor(model, subject, asOf);
  const parts = positionsFor(model, subjectParts(model, subject), asOf);
  const restricted = [...(own ? [own] : []), ...parts].filter(isRestricted).sort((a, b) => positionRank(b.position) - positionRank(a.position));
  return { ...(own ? { own } : {}), parts, restricted };
}

/**
 * Sort key for "order by position": recommended 0, allowed 1, no position 2, exception 3, prohibited 4.
 * A subject without a position sorts after the allowed ones and before those that need an exception.
 */
export function positionRank(position: PositionWord | undefined): number {
  if (!position) return POSITIONS.indexOf('allowed') + 1;
  const index = POSITIONS.indexOf(position);
  return index <= POSITIONS.indexOf('allowed') ? index : index + 1;
}

/**
 * The sort key of a subject with parts, for "order by position": the rank of its own position, or of
 * a stricter restricted part (a configuration whose IP mode needs an exception sorts with the
 * exceptions, whatever its own position).
 */
export function strictestRank(withParts: { own?: Pick<PositionView, 'position'>; restricted: readonly Pick<PositionView, 'position'>[] }): number {
  return Math.max(positionRank(withParts.own?.position), ...withParts.restricted.map((p) => positionRank(p.position)));
}

/**
 * The heading of a list of positions: "Contoso platform team’s position" when one organisation took
 * them all, else "Organisations’ positions".
 */
export function positionsHeading(positions: readonly Pick<PositionView, 'organisation'>[]): string {
  const organisations = [...new Set(positions.map((p) => p.organisation))];
  return organisations.length === 1 ? `${organisations[0]}’s position` : 'Organisations’ positions';
}
