import type { Status } from '../schemas';
import { STATUS_LABELS } from './labels';

/** A status as badges and sentences show it. */
export interface StatusView {
  state: Status['state'];
  label: string;
  /** Short badge text, e.g. "Retiring 2028-03-31". */
  badge: string;
  retirements: { date: string; scope: string; past: boolean }[];
  note?: string;
}

/**
 * Describes a status as of a date (the build date on the site, a fixed date in tests), so a retirement
 * whose date has passed reads as past.
 */
export function statusView(status: Status, asOf: string): StatusView {
  const retirements = [...(status.retirements ?? [])]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((r) => ({ date: r.date, scope: r.scope, past: r.date <= asOf }));
  const upcoming = retirements.filter((r) => !r.past);
  const label = STATUS_LABELS[status.state];
  let badge = label;
  if (status.state === 'retiring' && upcoming.length > 0) badge = `${label} ${upcoming[upcoming.length - 1]!.date}`;
  // Retired on the latest date already past; later dates (existing clusters retire with kubenet) are still to come.
  if (status.state === 'retired' && retirements.length > 0) badge = `${label} ${(retirements.filter((r) => r.past).at(-1) ?? retirements[0]!).date}`;
  if (status.state === 'ga' && status.since) badge = `GA since ${status.since}`;
  return { state: status.state, label, badge, retirements, ...(status.note ? { note: status.note } : {}) };
}

/** Today's date as YYYY-MM-DD, the default "as of" for a build. */
export function buildDate(): string {
  return new Date().toISOString().slice(0, 10);
}
