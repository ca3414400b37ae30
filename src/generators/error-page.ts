/**
 * One error's page: its messages with the variable parts marked and an example filled in, when it
 * happens, cause, fix, and the limitations, settings, calculator and sources behind it.
 */
import type { Model } from '../model/model';
import type { Entry } from '../model/read';
import { CALCULATOR_SPECS } from './calculators/specs';
import { calculatorUrl } from './decision-links';
import { href } from './href';
import { CATEGORY_LABELS, OPERATION_LABELS, SEVERITY_LABELS } from './labels';
import { settingChange } from './setting-change';
import { settingHref } from './settings-page';
import { sourceRefs, type SourceRef } from './source-refs';
import { isCalculatorName } from '../calculators';
import { PLACEHOLDER_PATTERN, type AksError, type ErrorMessage } from '../schemas';

/** A piece of a message: fixed text or a marked variable part with its example value. */
export type MessageSegment = { text: string } | { placeholder: string; example: string };

/** The words under which a quote kind is shown. */
export const QUOTE_LABELS: Record<ErrorMessage['quote'], string> = {
  verbatim: 'As Microsoft quotes it',
  seen: 'As readers reported it',
  paraphrase: 'Paraphrased; no exact text is published',
};

/** Splits a message into fixed text and placeholders. */
export function messageSegments(message: Pick<ErrorMessage, 'text' | 'example'>): MessageSegment[] {
  const segments: MessageSegment[] = [];
  let last = 0;
  for (const match of message.text.matchAll(PLACEHOLDER_PATTERN)) {
    if (match.index > last) segments.push({ text: message.text.slice(last, match.index) });
    segments.push({ placeholder: match[1]!, example: String(message.example[match[1]!] ?? '') });
    last = match.index + match[0].length;
  }
  if (last < message.text.length) segments.push({ text: message.text.slice(last) });
  return segments;
}

/** A message with every placeholder replaced by a value: the example's, or the ones given. */
export function filledMessage(message: Pick<ErrorMessage, 'text' | 'example'>, values: Record<string, string | number> = message.example): string {
  return message.text.replace(PLACEHOLDER_PATTERN, (_, name: string) => String(values[name] ?? ''));
}

/** Everything an error page shows. */
export interface ErrorPageView {
  id: string;
  code: string;
  title: string;
  pageTitle: string;
  aliases: string[];
  operations: { id: string; word: string; heading: string }[];
  category: string;
  messages: { segments: MessageSegment[]; filled: string; hasPlaceholders: boolean; exampleQuoted: boolean; quote: string; operation?: string; sources: SourceRef[] }[];
  cause: string;
  fix: string[];
  plugins: { id: string; name: string; href: string }[];
  limitations: { title: string; href: string; owner: string; severity: string }[];
  settings: { id: string; name: string; href: string; states: { word: string; options: string[] }[] }[];
  calculator?: { href: string; label: string; title: string };
  seenIn: SourceRef[];
  sources: SourceRef[];
  lastVerified: string;
}

/** The plugins a setting's states apply to, grouped by state word, for the short summary on an error page. */
function statesByWord(model: Model, settingId: string): { word: string; options: string[] }[] {
  const setting = model.settingById.get(settingId);
  if (!setting) return [];
  const byWord = new Map<string, string[]>();
  for (const p of model.plugins) {
    const word = settingChange(model, setting, p.id).word;
    byWord.set(word, [...(byWord.get(word) ?? []), p.data.shortName]);
  }
  return [...byWord].map(([word, options]) => ({ word, options }));
}

/** Builds the view of one error page. */
export function errorPageView(model: Model, error: Entry<AksError>): ErrorPageView {
  const d = error.data;
  const owner = (id: string) => {
    const plugin = model.pluginById.get(id);
    if (plugin) return { entry: plugin, url: `/plugins/${id}/` };
    const engine = model.policyEngineById.get(id);
    return engine ? { entry: engine, url: `/policy-engines/${id}/` } : undefined;
  };
  const calc = d.calculator && isCalculatorName(d.calculator.name) ? CALCULATOR_SPECS[d.calculator.name] : undefined;
  const inputs = d.calculator ? Object.fromEntries(Object.entries(d.calculator.inputs).map(([k, v]) => [k, String(v)])) : {};
  return {
    id: error.id,
    code: d.code,
    title: d.title,
    pageTitle: `${d.code}: ${d.title}`,
    aliases: d.aliases,
    operations: d.operations.map((o) => ({ id: o, ...OPERATION_LABELS[o] })),
    category: CATEGORY_LABELS[d.category],
    messages: d.messages.map((m) => ({
      segments: messageSegments(m),
      filled: filledMessage(m),
      hasPlaceholders: Object.keys(m.example).length > 0,
      exampleQuoted: m.exampleQuoted ?? false,
      quote: QUOTE_LABELS[m.quote],
      ...(m.operation ? { operation: m.operation } : {}),
      sources: sourceRefs(model, m.sources),
    })),
    cause: d.cause,
    fix: d.fix,
    plugins: (d.plugins ?? []).flatMap((id) => {
      const p = model.pluginById.get(id);
      return p ? [{ id, name: p.data.name, href: href(`/plugins/${id}/`) }] : [];
    }),
    limitations: d.limitations.flatMap((ref) => {
      const o = owner(ref.owner);
      const l = o?.entry.data.limitations.find((x) => x.id === ref.id);
      return o && l ? [{ title: l.title, href: href(`${o.url}#${l.id}`), owner: o.entry.data.name, severity: SEVERITY_LABELS[l.severity] }] : [];
    }),
    settings: d.settings.flatMap((id) => {
      const s = model.settingById.get(id);
      return s ? [{ id, name: s.data.name, href: settingHref(id), states: statesByWord(model, id) }] : [];
    }),
    ...(calc && d.calculator ? { calculator: { href: calculatorUrl({ name: calc.name, fields: calc.fields.map((f) => f.name) }, [inputs]), label: d.calculator.label, title: calc.title } } : {}),
    seenIn: sourceRefs(model, d.seenIn ?? []),
    sources: sourceRefs(model, d.sources),
    lastVerified: d.lastVerified,
  };
}
