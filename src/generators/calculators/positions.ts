/**
 * The organisation's positions the network profile reader and the cluster review flag, precomputed
 * from data/guidance/ for their context (PlanContext.positions): only those that stop a team
 * (prohibited first, then exception), on the kinds a running cluster can use, with a setting's API
 * field and each finding's message written here, so the browser carries data instead of code. The
 * same list goes into the pages' JSON and into the CLI's context, so both flag the same parts.
 */
import type { ContextPosition } from '../../calculators/context';
import type { Model } from '../../model/model';
import { allPositions, positionRank, isRestricted, type PositionView } from '../positions';
import type { SourceLink } from './findings';

/** The finding's text: "Contoso platform team’s position: Prohibited. The cluster uses kubenet, which must not be used. <rationale> Owner: …; review by … (review overdue)." */
export function positionMessage(p: PositionView, apiField?: string): string {
  const what = apiField ? `The cluster sets ${p.subject.name} (${apiField}), which ${p.meaning}` : `The cluster uses ${p.subject.name}, which ${p.meaning}`;
  return `${p.organisation}’s position: ${p.label}. ${what}. ${p.rationale} Owner: ${p.owner}; review by ${p.reviewBy}${p.overdue ? ' (review overdue)' : ''}.`;
}

/** The positions the calculators flag, as of a date, strictest first; empty without guidance files. */
export function contextPositions(model: Model, asOf: string): ContextPosition[] {
  return allPositions(model, asOf)
    .filter(isRestricted)
    .sort((a, b) => positionRank(b.position) - positionRank(a.position))
    .map((p) => {
      const apiField = p.subject.kind === 'setting' ? model.settingById.get(p.subject.id)?.data.apiField : undefined;
      const url = p.subject.href && (p.subject.href.includes('#') ? p.subject.href : `${p.subject.href}#position`);
      return {
        subject: `${p.subject.kind}:${p.subject.id}`,
        position: p.position as ContextPosition['position'],
        message: positionMessage(p, apiField),
        ...(apiField ? { apiField } : {}),
        ...(url ? { link: { title: `${p.organisation}’s position on ${p.subject.name}`, url } } : {}),
      };
    });
}

/**
 * The "sources" a position finding cites (`position:<kind>:<id>`, see positionFindings): the
 * organisation's position on the subject's page, so a finding links its rationale.
 */
export function positionSources(positions: readonly ContextPosition[]): Record<string, SourceLink> {
  return Object.fromEntries(positions.flatMap((p) => (p.link ? [[`position:${p.subject}`, p.link]] : [])));
}
