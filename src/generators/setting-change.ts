/**
 * How a setting can change for one plugin or configuration: its own entry, else (for a configuration)
 * its IP mode's entry, else the setting's default entry, else unknown. A plugin added as a data file
 * therefore always has a state, and says so when nothing is recorded for it.
 */
import type { Model } from '../model/model';
import type { Entry } from '../model/read';
import { DEFAULT_CHANGE_KEY } from '../model/rules/settings-resolve';
import type { ChangeState, Setting, SettingChange } from '../schemas';
import { CHANGE_LABELS } from './labels';
import { sourceRefs, type SourceRef } from './source-refs';

/** Where a resolved change comes from. */
export type ChangeBasis = 'own' | 'ip-mode' | 'default' | 'unrecorded';

/** A change state as pages show it. */
export interface ChangeView {
  state: ChangeState;
  word: string;
  meaning: string;
  effect?: string;
  command?: string;
  note?: string;
  sources: SourceRef[];
  basis: ChangeBasis;
  /** The key of `changes` it came from, so options sharing one entry can be grouped. */
  key: string;
}

/** The note of a state nobody recorded, for plugins added after the setting was written. */
export const UNRECORDED_NOTE = 'Not recorded for this plugin in the settings data yet.';

function view(model: Model, change: SettingChange, basis: ChangeBasis, key: string): ChangeView {
  const label = CHANGE_LABELS[change.state];
  return {
    state: change.state,
    word: label.word,
    meaning: label.meaning,
    ...(change.effect ? { effect: change.effect } : {}),
    ...(change.command ? { command: change.command } : {}),
    ...(change.note ? { note: change.note } : {}),
    sources: sourceRefs(model, change.sources),
    basis,
    key,
  };
}

/** The resolved change state of a setting for a plugin or configuration id (a policy engine id gets the default). */
export function settingChange(model: Model, setting: Entry<Setting>, optionId: string): ChangeView {
  const changes = setting.data.changes;
  const own = changes[optionId];
  if (own && optionId !== DEFAULT_CHANGE_KEY) return view(model, own, 'own', optionId);
  const ipMode = model.configurationById.get(optionId)?.data.ipMode;
  if (ipMode && changes[ipMode]) return view(model, changes[ipMode]!, 'ip-mode', ipMode);
  const fallback = changes[DEFAULT_CHANGE_KEY];
  if (fallback) return view(model, fallback, 'default', DEFAULT_CHANGE_KEY);
  const label = CHANGE_LABELS.unknown;
  return { state: 'unknown', word: label.word, meaning: label.meaning, note: UNRECORDED_NOTE, sources: [], basis: 'unrecorded', key: 'unrecorded' };
}

/** True when the state means the value is fixed once set (the create-only facts limitations and migrations lean on). */
export function isFixed(state: ChangeState): boolean {
  return state === 'create-only' || state === 'new-node-pool' || state === 'new-cluster';
}
