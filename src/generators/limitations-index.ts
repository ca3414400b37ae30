import { activeLimitations } from '../model/limitations';
import type { Model } from '../model/model';
import { SEVERITIES, type Category, type Limitation, type Severity } from '../schemas';
import { CATEGORY_LABELS } from './labels';
import { href } from './href';
import { errorsForLimitation, type ErrorLink } from './error-links';

/** A plugin or engine that owns limitations. */
export interface LimitationOwner {
  kind: 'plugin' | 'policy-engine';
  id: string;
  name: string;
  url: string;
}

/** One row of the limitations index, linking to the limitation's anchor on its page. */
export interface LimitationEntry {
  id: string;
  title: string;
  severity: Severity;
  category: Category;
  categoryLabel: string;
  appliesTo?: string;
  text: string;
  workaround?: string;
  href: string;
  /** Errors this limitation is behind. */
  errors: ErrorLink[];
}

/** Every active limitation of every plugin and engine, grouped by owner, most severe first within a group. */
export function limitationsIndex(model: Model): { owner: LimitationOwner; items: LimitationEntry[] }[] {
  const entry = (owner: LimitationOwner, l: Limitation): LimitationEntry => ({
    errors: errorsForLimitation(model, owner.id, l.id),
    id: l.id,
    title: l.title,
    severity: l.severity,
    category: l.category,
    categoryLabel: CATEGORY_LABELS[l.category],
    ...(l.appliesTo ? { appliesTo: l.appliesTo } : {}),
    text: l.text,
    ...(l.workaround ? { workaround: l.workaround } : {}),
    href: `${owner.url}#${l.id}`,
  });
  const sort = (items: LimitationEntry[]) => items.sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
  return [
    ...model.plugins.map((p) => {
      const owner: LimitationOwner = { kind: 'plugin', id: p.id, name: p.data.name, url: href(`/plugins/${p.id}/`) };
      return { owner, items: sort(activeLimitations(p.data).map((l) => entry(owner, l))) };
    }),
    ...model.policyEngines.map((e) => {
      const owner: LimitationOwner = { kind: 'policy-engine', id: e.id, name: e.data.name, url: href(`/policy-engines/${e.id}/`) };
      return { owner, items: sort(activeLimitations(e.data).map((l) => entry(owner, l))) };
    }),
  ];
}

/** A limitation Microsoft lifted, as the end of the limitations index lists it. */
export interface LiftedLimitationEntry {
  title: string;
  owner: string;
  date: string;
  note: string;
  href: string;
}

/** Every lifted limitation, newest first: kept findable at its anchor, outside the counts and filters. */
export function liftedLimitationsIndex(model: Model): LiftedLimitationEntry[] {
  const owners = [
    ...model.plugins.map((p) => ({ name: p.data.name, url: href(`/plugins/${p.id}/`), data: p.data })),
    ...model.policyEngines.map((e) => ({ name: e.data.name, url: href(`/policy-engines/${e.id}/`), data: e.data })),
  ];
  return owners
    .flatMap((o) =>
      o.data.limitations
        .filter((l) => l.lifted && !l.movedTo)
        .map((l) => ({ title: l.title, owner: o.name, date: l.lifted!.date, note: l.lifted!.note, href: `${o.url}#${l.id}` })),
    )
    .sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title));
}
