import { activeLimitations, inactiveLimitations } from '../model/limitations';
import type { Model } from '../model/model';
import { SEVERITIES, type Limitation } from '../schemas';
import { limitationLinks, type LimitationLinks } from './error-links';
import { href } from './href';
import { sourceRefs, type SourceRef } from './source-refs';

/** A limitation as a plugin or engine page lists it: active, lifted by Microsoft, or moved elsewhere. */
export interface LimitationView extends Omit<Limitation, 'sources' | 'lifted' | 'movedTo'> {
  sources: SourceRef[];
  state: 'active' | 'lifted' | 'moved';
  /** For a lifted limitation: when, what holds now, and the sources that say so. */
  lifted?: { date: string; note: string; sources: SourceRef[] };
  /** For a moved limitation: where it lives now. */
  moved?: { href: string; owner: string; title: string };
  /** The setting it is about (with this owner's change state) and the errors it causes. */
  links?: LimitationLinks;
}

/** The page URL of a plugin or engine id, or undefined for neither. */
export function ownerPath(model: Model, ownerId: string): string | undefined {
  if (model.pluginById.has(ownerId)) return `/plugins/${ownerId}/`;
  if (model.policyEngineById.has(ownerId)) return `/policy-engines/${ownerId}/`;
  return undefined;
}

/**
 * The views of an owner's limitations: the active ones most severe first (then as written), then the
 * lifted ones newest first, then the moved ones; lifted and moved entries keep their anchors. With
 * the owner's id, each also links its setting and the errors it causes.
 */
export function limitationViews(model: Model, owner: { limitations: readonly Limitation[] }, ownerId?: string): LimitationView[] {
  const base = ({ sources, lifted: _lifted, movedTo: _movedTo, ...rest }: Limitation) => ({
    ...rest,
    sources: sourceRefs(model, sources),
    ...(ownerId ? { links: limitationLinks(model, ownerId, rest) } : {}),
  });
  const active = activeLimitations(owner)
    .map((l, index) => ({ l, index }))
    .sort((a, b) => SEVERITIES.indexOf(a.l.severity) - SEVERITIES.indexOf(b.l.severity) || a.index - b.index)
    .map(({ l }): LimitationView => ({ ...base(l), state: 'active' }));
  const inactive = inactiveLimitations(owner);
  const lifted = inactive
    .filter((l) => l.lifted)
    .sort((a, b) => b.lifted!.date.localeCompare(a.lifted!.date))
    .map((l): LimitationView => ({ ...base(l), state: 'lifted', lifted: { date: l.lifted!.date, note: l.lifted!.note, sources: sourceRefs(model, l.lifted!.sources) } }));
  const moved = inactive
    .filter((l) => l.movedTo)
    .map((l): LimitationView => {
      const [ownerId, id] = l.movedTo!.split('#') as [string, string];
      const target = [...model.plugins, ...model.policyEngines].find((e) => e.id === ownerId);
      const targetTitle = target?.data.limitations.find((t) => t.id === id)?.title ?? id;
      return { ...base(l), state: 'moved', moved: { href: href(`${ownerPath(model, ownerId) ?? '/'}#${id}`), owner: target?.data.name ?? ownerId, title: targetTitle } };
    });
  return [...active, ...lifted, ...moved];
}
