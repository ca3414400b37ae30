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

/** Every limitation of every plugin and engine, grouped by owner, most severe first within a group. */
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
      return { owner, items: sort(p.data.limitations.map((l) => entry(owner, l))) };
    }),
    ...model.policyEngines.map((e) => {
      const owner: LimitationOwner = { kind: 'policy-engine', id: e.id, name: e.data.name, url: href(`/policy-engines/${e.id}/`) };
      return { owner, items: sort(e.data.limitations.map((l) => entry(owner, l))) };
    }),
  ];
}
