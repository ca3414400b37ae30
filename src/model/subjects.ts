/**
 * The things an organisation can take a position on (data/guidance/), and how a position's `subject`
 * finds one. Each kind is one resolver in SUBJECT_KINDS: adding a kind of subject (settings, say) is
 * one line there.
 */
import type { Model } from './model';
import type { Entry } from './read';

/** One kind of subject: its name in `kind:id` subjects and messages, where its ids live, and how to find one. */
export interface SubjectKind {
  /** The kind as written before the colon of a qualified subject, e.g. `policy-engine`. */
  kind: string;
  /** The kind in a sentence, e.g. "policy engine". */
  label: string;
  /** Where the ids of this kind are, for messages, e.g. "data/policy-engines/". */
  where: string;
  /** Whether the model has a subject of this kind with this id. */
  has(model: Model, id: string): boolean;
  /** The subject's name as pages show it, when it exists. */
  name(model: Model, id: string): string | undefined;
}

/** A resolver for a kind whose entities are one map of the model, named by `data.name` unless `nameOf` says otherwise. */
function kindOf<T>(
  kind: string,
  label: string,
  where: string,
  byId: (model: Model) => ReadonlyMap<string, Entry<T>>,
  nameOf: (data: T) => string = (data) => (data as { name: string }).name,
): SubjectKind {
  return {
    kind,
    label,
    where,
    has: (model, id) => byId(model).has(id),
    name: (model, id) => {
      const entry = byId(model).get(id);
      return entry ? nameOf(entry.data) : undefined;
    },
  };
}

/** Every kind of subject a position can name, in the order messages list them. */
export const SUBJECT_KINDS: readonly SubjectKind[] = [
  kindOf('plugin', 'plugin', 'data/plugins/', (m) => m.pluginById),
  kindOf('configuration', 'configuration', 'data/configurations/', (m) => m.configurationById),
  kindOf('policy-engine', 'policy engine', 'data/policy-engines/', (m) => m.policyEngineById),
  kindOf('setting', 'setting', 'data/settings/', (m) => m.settingById),
];

/** A resolved subject: its kind and id, e.g. `{ kind: 'plugin', id: 'kubenet' }`. */
export interface SubjectRef {
  kind: string;
  id: string;
}

/** The key one subject has across guidance files, e.g. `plugin:kubenet`. */
export function subjectKey(ref: SubjectRef): string {
  return `${ref.kind}:${ref.id}`;
}

/**
 * Finds what a position's `subject` names: a bare id must name exactly one entity across the kinds;
 * `kind:id` names one of that kind. The error says what was expected instead.
 */
export function resolveSubject(model: Model, subject: string, kinds: readonly SubjectKind[] = SUBJECT_KINDS): { ref: SubjectRef } | { error: string } {
  const colon = subject.indexOf(':');
  if (colon >= 0) {
    const kindName = subject.slice(0, colon);
    const id = subject.slice(colon + 1);
    const kind = kinds.find((k) => k.kind === kindName);
    if (!kind) return { error: `unknown kind "${kindName}" in subject "${subject}"; expected one of ${kinds.map((k) => k.kind).join(', ')}` };
    if (!kind.has(model, id)) return { error: `unknown ${kind.label} id "${id}"; expected a file name in ${kind.where}` };
    return { ref: { kind: kind.kind, id } };
  }
  const found = kinds.filter((k) => k.has(model, subject));
  if (found.length === 1) return { ref: { kind: found[0]!.kind, id: subject } };
  if (found.length > 1) {
    return { error: `"${subject}" names a ${found.map((k) => k.label).join(' and a ')}; write ${found.map((k) => `"${k.kind}:${subject}"`).join(' or ')}` };
  }
  return { error: `unknown subject "${subject}"; expected the id of a ${kinds.map((k) => `${k.label} (${k.where})`).join(', ')}` };
}
