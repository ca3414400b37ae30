/**
 * An organisation's positions against a running cluster: a finding for each part the cluster uses
 * (IP mode, configuration, dataplane, policy engine, or a setting it sets) on which the organisation
 * takes a position that stops a team, an error for `prohibited` and a warning for `exception`. The
 * positions and their messages come precomputed in the context (ContextPosition), strictest first,
 * so this stays small in the browser.
 */
import type { PlanContext } from './context';
import type { Finding } from './types';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
/** The key of an object that matches a name case-insensitively (az prints dnsServiceIp, the API dnsServiceIP). */
const keyOf = (v: Obj, name: string) => Object.keys(v).find((k) => k.toLowerCase() === name.toLowerCase());

/** True for a value a cluster sets: not empty, and not an object whose `enabled` is false. */
export function isSet(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  if (isObj(value)) return value.enabled !== false && Object.keys(value).length > 0;
  return value !== undefined && value !== null && value !== false && value !== '';
}

/**
 * Whether `source` sets the API field `path` (`networkProfile.kubeProxyConfig`,
 * `agentPoolProfiles[].maxPods`); marks it `true` in `target` when one is given (see markSettings).
 * A bare networkProfile (the reader's input) is read as the inside of `networkProfile`.
 */
function setAt(source: unknown, parts: readonly string[], target?: Obj): boolean {
  const [part = '', ...rest] = parts;
  if (!isObj(source)) return false;
  const key = keyOf(source, part.replace(/\[\]$/, ''));
  if (key === undefined) return part === 'networkProfile' && 'networkPlugin' in source && setAt(source, rest, target);
  const value = source[key];
  if (rest.length === 0) {
    if (target && isSet(value) && target[key] === undefined) target[key] = true;
    return isSet(value);
  }
  if (part.endsWith('[]')) {
    const kept = target?.[key];
    return Array.isArray(value) && value.map((item, i) => setAt(item, rest, Array.isArray(kept) && isObj(kept[i]) ? kept[i] : undefined)).includes(true);
  }
  if (!target || !setAt(value, rest)) return setAt(value, rest);
  return setAt(value, rest, isObj(target[key]) ? target[key] : (target[key] = {}));
}

/** The setting positions whose API field the cluster sets, as subject keys (`setting:kube-proxy-config`). */
export function settingsInUse(context: PlanContext | undefined, source: unknown): string[] {
  return (context?.positions ?? []).filter((p) => p.apiField && setAt(source, p.apiField.split('.'))).map((p) => p.subject);
}

/**
 * A finding per position on the subjects a cluster uses (`kind:id` keys): an error for `prohibited`,
 * a warning for `exception`, citing the position (`position:<kind>:<id>`, which the page links to the
 * subject's position).
 */
export function positionFindings(context: PlanContext | undefined, subjects: readonly string[]): Finding[] {
  return (context?.positions ?? [])
    .filter((p) => subjects.includes(p.subject))
    .map((p) => ({ code: `position-${p.position}`, severity: p.position === 'prohibited' ? 'error' : 'warning', message: p.message, sources: [`position:${p.subject}`] }));
}

/**
 * What a link keeps of the settings an organisation takes a position on: `true` where the pasted
 * cluster sets one of these API fields, never the value itself, so a restored link flags the same
 * settings without putting address ranges or ids in the address bar.
 */
export function markSettings(source: unknown, target: Obj, apiFields: readonly string[]): Obj {
  for (const field of apiFields) setAt(source, field.split('.'), target);
  return target;
}

/** The API fields of the settings the context holds positions on, for link reducers. */
export function positionFields(context: PlanContext | undefined): string[] {
  return (context?.positions ?? []).flatMap((p) => (p.apiField ? [p.apiField] : []));
}
