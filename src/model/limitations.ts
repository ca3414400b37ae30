import type { Limitation } from '../schemas';

/** Whether a limitation still holds where it is written: neither lifted by Microsoft nor moved elsewhere. */
export function isActiveLimitation(limitation: Limitation): boolean {
  return !limitation.lifted && !limitation.movedTo;
}

/**
 * The limitations of a plugin or engine that still hold, in file order. Lifted and moved entries stay
 * in the data (their anchors are published), so every list, count, filter or outcome that means
 * "what limits this design" reads them through this helper.
 */
export function activeLimitations(owner: { limitations: readonly Limitation[] }): Limitation[] {
  return owner.limitations.filter(isActiveLimitation);
}

/** The lifted and moved limitations of a plugin or engine, kept for their anchors and the changes list. */
export function inactiveLimitations(owner: { limitations: readonly Limitation[] }): Limitation[] {
  return owner.limitations.filter((l) => !isActiveLimitation(l));
}

/**
 * Whether a limitation holds on a dataplane. A limitation without `dataplane` holds on every one; an
 * undefined dataplane (not known, or no AKS dataplane) keeps every limitation.
 */
export function holdsOnDataplane(limitation: { dataplane?: string | undefined }, dataplane: string | undefined): boolean {
  return !limitation.dataplane || dataplane === undefined || limitation.dataplane === dataplane;
}
