/**
 * Links between errors and the rest of the site: the errors a plugin, a limitation or a setting is
 * behind, and what a limitation links to (its setting's change state and its errors).
 */
import type { Model } from '../model/model';
import type { AksError, Limitation } from '../schemas';
import type { Entry } from '../model/read';
import { href } from './href';
import { settingChange } from './setting-change';

/** An error as a link. */
export interface ErrorLink {
  id: string;
  code: string;
  title: string;
  href: string;
}

/** The URL of an error's page. */
export function errorHref(id: string): string {
  return href(`/errors/${id}/`);
}

function link(e: Entry<AksError>): ErrorLink {
  return { id: e.id, code: e.data.code, title: e.data.title, href: errorHref(e.id) };
}

/** Errors that name the plugin or one of its limitations. */
export function errorsForPlugin(model: Model, pluginId: string): ErrorLink[] {
  return model.errors.filter((e) => e.data.plugins?.includes(pluginId) || e.data.limitations.some((l) => l.owner === pluginId)).map(link);
}

/** Errors behind one limitation of a plugin or policy engine. */
export function errorsForLimitation(model: Model, ownerId: string, limitationId: string): ErrorLink[] {
  return model.errors.filter((e) => e.data.limitations.some((l) => l.owner === ownerId && l.id === limitationId)).map(link);
}

/** Errors about one setting. */
export function errorsForSetting(model: Model, settingId: string): ErrorLink[] {
  return model.errors.filter((e) => e.data.settings.includes(settingId)).map(link);
}

/** What a limitation links to beyond its own text: the setting it is about (with the owner's change state) and its errors. */
export interface LimitationLinks {
  setting?: { id: string; name: string; href: string; word: string; meaning: string };
  errors: ErrorLink[];
}

/** The links of one limitation of a plugin or policy engine. */
export function limitationLinks(model: Model, ownerId: string, limitation: Pick<Limitation, 'id' | 'setting'>): LimitationLinks {
  const setting = limitation.setting ? model.settingById.get(limitation.setting) : undefined;
  const change = setting ? settingChange(model, setting, ownerId) : undefined;
  return {
    ...(setting && change ? { setting: { id: setting.id, name: setting.data.name, href: href(`/settings/#${setting.id}`), word: change.word, meaning: change.meaning } } : {}),
    errors: errorsForLimitation(model, ownerId, limitation.id),
  };
}
