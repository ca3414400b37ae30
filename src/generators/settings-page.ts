/**
 * The /settings/ page and the settings column of each plugin page: for every setting, how it is set
 * and whether it can change afterwards, per plugin, with the limitations and errors that concern it.
 */
import type { Model } from '../model/model';
import type { Entry } from '../model/read';
import type { Setting } from '../schemas';
import { errorsForSetting, type ErrorLink } from './error-links';
import { href } from './href';
import { SCOPE_LABELS } from './labels';
import { settingChange, type ChangeView } from './setting-change';
import { sourceRefs, type SourceRef } from './source-refs';

/** A plugin or configuration as a column or list item. */
export interface OptionRef {
  id: string;
  name: string;
  shortName: string;
  /** The plugin page; configurations have no page of their own here. */
  href?: string;
}

/** The URL of a setting's anchor on /settings/. */
export function settingHref(id: string): string {
  return href(`/settings/#${id}`);
}

/** The settings matrix: one row per setting, one column per plugin, every cell a change state. */
export interface SettingsMatrixView {
  columns: OptionRef[];
  rows: { id: string; name: string; scope: string; href: string; cells: ChangeView[] }[];
}

function pluginRefs(model: Model): OptionRef[] {
  return model.plugins.map((p) => ({ id: p.id, name: p.data.name, shortName: p.data.shortName, href: href(`/plugins/${p.id}/`) }));
}

/** Builds the matrix over every plugin of the model, so a plugin added as a data file is a column. */
export function settingsMatrix(model: Model): SettingsMatrixView {
  const columns = pluginRefs(model);
  return {
    columns,
    rows: model.settings.map((s) => ({
      id: s.id,
      name: s.data.name,
      scope: SCOPE_LABELS[s.data.scope],
      href: `#${s.id}`,
      cells: columns.map((c) => settingChange(model, s, c.id)),
    })),
  };
}

/** One setting in full, with the plugins that share each change state grouped. */
export interface SettingSectionView {
  id: string;
  name: string;
  aliases: string[];
  scope: string;
  summary: string;
  flag: string;
  commands: string[];
  apiField: string;
  setWhen: string;
  default?: string;
  groups: { change: ChangeView; options: OptionRef[] }[];
  disagreement?: { text: string; sources: SourceRef[] };
  limitations: { title: string; href: string; owner: string }[];
  errors: ErrorLink[];
  glossary?: { title: string; href: string };
  sources: SourceRef[];
  lastVerified: string;
}

/** The options a setting section lists: every plugin, and configurations that have an entry of their own. */
function sectionOptions(model: Model, setting: Entry<Setting>): OptionRef[] {
  const configs = model.configurations
    .filter((c) => setting.data.changes[c.id])
    .map((c) => ({ id: c.id, name: c.data.name, shortName: c.data.shortName }));
  return [...pluginRefs(model), ...configs];
}

/** Builds the full section of one setting. */
export function settingSection(model: Model, setting: Entry<Setting>): SettingSectionView {
  const groups = new Map<string, { change: ChangeView; options: OptionRef[] }>();
  for (const option of sectionOptions(model, setting)) {
    const change = settingChange(model, setting, option.id);
    const group = groups.get(change.key) ?? { change, options: [] };
    group.options.push(option);
    groups.set(change.key, group);
  }
  const limitations = [
    ...model.plugins.map((p) => ({ owner: p, url: `/plugins/${p.id}/` })),
    ...model.policyEngines.map((e) => ({ owner: e, url: `/policy-engines/${e.id}/` })),
  ].flatMap(({ owner, url }) =>
    owner.data.limitations.filter((l) => l.setting === setting.id).map((l) => ({ title: l.title, href: href(`${url}#${l.id}`), owner: owner.data.name })),
  );
  const term = setting.data.glossary ? model.glossaryById.get(setting.data.glossary) : undefined;
  const d = setting.data;
  return {
    id: setting.id,
    name: d.name,
    aliases: d.aliases,
    scope: SCOPE_LABELS[d.scope],
    summary: d.summary,
    flag: d.cli.flag,
    commands: d.cli.commands,
    apiField: d.apiField,
    setWhen: d.setWhen,
    ...(d.default ? { default: d.default } : {}),
    groups: [...groups.values()],
    ...(d.disagreement ? { disagreement: { text: d.disagreement.text, sources: sourceRefs(model, d.disagreement.sources) } } : {}),
    limitations,
    errors: errorsForSetting(model, setting.id),
    ...(term ? { glossary: { title: term.data.title, href: href(`/glossary/${term.id}/`) } } : {}),
    sources: sourceRefs(model, d.sources),
    lastVerified: d.lastVerified,
  };
}

/** A plugin's own column of the matrix, for its page. */
export function settingsForOption(model: Model, optionId: string): { id: string; name: string; scope: string; href: string; change: ChangeView }[] {
  return model.settings.map((s) => ({ id: s.id, name: s.data.name, scope: SCOPE_LABELS[s.data.scope], href: settingHref(s.id), change: settingChange(model, s, optionId) }));
}
