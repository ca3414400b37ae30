/**
 * Links and keys a decision path produces: the /decide/ URL that restores it, the calculator URL
 * prefilled with what the answers imply, and the key of its migration. Pure and light (no schemas),
 * shared by the page, the browser script and the tests.
 */
import { formatPath, type DecidedOutcome, type PathStep } from './decision-tree';
import { href } from './href';

/** Site-relative URL of a path on the chooser page, e.g. `/decide/?path=starting-point:new`. */
export function decidePathUrl(steps: readonly PathStep[], page = href('/decide/')): string {
  // `:` and `,` are allowed in a query; leaving them unencoded keeps links readable in a review.
  return steps.length ? `${page}?path=${formatPath(steps).replace(/[^\w:,-]/g, encodeURIComponent)}` : page;
}

/**
 * The calculator link for an outcome: the fields the answers filled in (later answers win), limited
 * to the fields this calculator reads, in the calculator's field order.
 */
export function calculatorUrl(calculator: { name: string; fields: readonly string[] }, hints: readonly (Record<string, string> | undefined)[]): string {
  const merged: Record<string, string> = Object.assign({}, ...hints.filter(Boolean));
  const params = new URLSearchParams();
  for (const field of calculator.fields) if (merged[field] !== undefined) params.set(field, merged[field]!);
  const query = params.toString();
  return href(`/calculators/${calculator.name}/${query ? `?${query}` : ''}`);
}

/** The key a migration from an existing cluster's plugin to an outcome is stored under. */
export function migrationKey(from: string, outcome: Pick<DecidedOutcome, 'ipMode' | 'dataplane'>): string {
  return `${from}|${outcome.ipMode ?? ''}|${outcome.dataplane ?? ''}`;
}
