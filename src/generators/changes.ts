/**
 * Every dated change of a fact, for /changes/, /changes.xml and each plugin page: history entries
 * (what Microsoft changed), limitations Microsoft lifted, and limitations and facts added to this
 * manual or corrected in it (their `added` date). Each entry has a stable anchor, built from its date, owner and subject, so a review can link
 * to "what changed since June" and to one change.
 */
import type { Model } from '../model/model';
import type { Entry } from '../model/read';
import type { HistoryEntry, Plugin, PolicyEngine } from '../schemas';
import { sourceRefs, type SourceRef } from './source-refs';

/** What kind of change an entry records. */
export type ChangeKind = 'changed' | 'lifted' | 'limitation-added' | 'fact-added';

/** Reader-facing words for each kind of change. */
export const CHANGE_KIND_LABELS: Record<ChangeKind, string> = {
  changed: 'Changed',
  lifted: 'Limitation lifted',
  'limitation-added': 'Limitation added or corrected',
  'fact-added': 'Fact added or corrected',
};

/** One dated change, with the fact it concerns. */
export interface ChangeEntry {
  /** Stable anchor on /changes/ (and on the owner's page for history entries). */
  anchor: string;
  date: string;
  kind: ChangeKind;
  owner: { kind: 'plugin' | 'policy-engine'; id: string; name: string };
  /** One-line headline. */
  title: string;
  /** What changed and what holds now. */
  text: string;
  /** Site-root path and anchor of the fact on its page, e.g. `/plugins/kubenet/#max-400-nodes`. */
  factPath: string;
  sources: SourceRef[];
}

type Owner = { kind: 'plugin'; entry: Entry<Plugin> } | { kind: 'policy-engine'; entry: Entry<PolicyEngine> };

/** The anchor of a history entry, on /changes/ and on its owner's page. */
export function historyAnchor(ownerId: string, entry: HistoryEntry): string {
  return `${entry.date}-${ownerId}-${entry.property ?? 'note'}`;
}

function ownerChanges(model: Model, owner: Owner): ChangeEntry[] {
  const { entry } = owner;
  const page = owner.kind === 'plugin' ? `/plugins/${entry.id}/` : `/policy-engines/${entry.id}/`;
  const who = { kind: owner.kind, id: entry.id, name: entry.data.name };
  const changes: ChangeEntry[] = [];
  const propertyLabel = (id: string) => model.propertyById.get(id)?.data.label ?? id;
  for (const [index, h] of entry.data.history.entries()) {
    changes.push({
      anchor: uniqueHistoryAnchor(entry.data.history, index, entry.id),
      date: h.date,
      kind: 'changed',
      owner: who,
      title: h.property ? `${entry.data.shortName}: ${propertyLabel(h.property)}` : `${entry.data.shortName}: what older articles say`,
      text: `Older claim: “${h.claim}” Now: ${h.change}`,
      factPath: `${page}#${uniqueHistoryAnchor(entry.data.history, index, entry.id)}`,
      sources: sourceRefs(model, h.sources),
    });
  }
  for (const l of entry.data.limitations) {
    if (l.added) {
      changes.push({
        anchor: `${l.added}-${entry.id}-${l.id}-added`,
        date: l.added,
        kind: 'limitation-added',
        owner: who,
        title: `${entry.data.shortName}: ${l.title}`,
        text: l.text,
        factPath: `${page}#${l.id}`,
        sources: sourceRefs(model, l.sources),
      });
    }
    if (l.lifted) {
      changes.push({
        anchor: `${l.lifted.date}-${entry.id}-${l.id}-lifted`,
        date: l.lifted.date,
        kind: 'lifted',
        owner: who,
        title: `${entry.data.shortName}: ${l.title}`,
        text: l.lifted.note,
        factPath: `${page}#${l.id}`,
        sources: sourceRefs(model, l.lifted.sources),
      });
    }
  }
  if (owner.kind === 'plugin') {
    for (const [propertyId, cell] of Object.entries(owner.entry.data.properties)) {
      if (!cell.added) continue;
      changes.push({
        anchor: `${cell.added}-${entry.id}-${propertyId}-added`,
        date: cell.added,
        kind: 'fact-added',
        owner: who,
        title: `${entry.data.shortName}: ${propertyLabel(propertyId)}`,
        text: cell.note ?? String(cell.value ?? cell.support),
        factPath: `${page}#property-${propertyId}`,
        sources: sourceRefs(model, cell.sources),
      });
    }
  }
  return changes;
}

/** A history anchor, with `-2`, `-3` … for entries of one owner that share date and property. */
function uniqueHistoryAnchor(history: readonly HistoryEntry[], index: number, ownerId: string): string {
  const anchor = historyAnchor(ownerId, history[index]!);
  const before = history.slice(0, index).filter((h) => historyAnchor(ownerId, h) === anchor).length;
  return before === 0 ? anchor : `${anchor}-${before + 1}`;
}

/** The anchors of an owner's history entries, in file order (the owner's page gives each item its anchor). */
export function historyAnchors(ownerId: string, history: readonly HistoryEntry[]): string[] {
  return history.map((_, index) => uniqueHistoryAnchor(history, index, ownerId));
}

const memo = new WeakMap<Model, ChangeEntry[]>();

/** Every change of every plugin and policy engine, newest first (then by anchor); computed once per model. */
export function changeEntries(model: Model): ChangeEntry[] {
  let entries = memo.get(model);
  if (!entries) {
    entries = [
      ...model.plugins.flatMap((entry) => ownerChanges(model, { kind: 'plugin', entry })),
      ...model.policyEngines.flatMap((entry) => ownerChanges(model, { kind: 'policy-engine', entry })),
    ].sort((a, b) => b.date.localeCompare(a.date) || a.anchor.localeCompare(b.anchor));
    memo.set(model, entries);
  }
  return entries;
}

/** The changes of one plugin or engine, newest first. */
export function changesOf(model: Model, ownerId: string): ChangeEntry[] {
  return changeEntries(model).filter((c) => c.owner.id === ownerId);
}

/** The changes on or after a date (YYYY-MM-DD), as `?since=` narrows the list. */
export function changesSince(entries: readonly ChangeEntry[], since: string): ChangeEntry[] {
  return entries.filter((c) => c.date >= since);
}
