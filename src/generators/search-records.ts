import { activeLimitations } from '../model/limitations';
import type { Model } from '../model/model';
import { pairDescription, pairTitle, pluginPairs } from './comparison';
import { CATEGORY_LABELS, SCOPE_LABELS, SEVERITY_LABELS } from './labels';
import { positionLabelFor, positionSearchText } from './positions';
import { settingChange } from './setting-change';

/** Facet names and the reader-facing values of the type facet. */
export const SEARCH_TYPES = {
  plugin: 'Plugin',
  policyEngine: 'Policy engine',
  limitation: 'Limitation',
  glossary: 'Glossary term',
  guide: 'Guide',
  calculator: 'Calculator',
  comparison: 'Comparison',
  error: 'Error',
  setting: 'Setting',
  configuration: 'Configuration',
} as const;

/** Adds each number written with thousands separators (65,535) in its plain form (65535) too, as readers type both. */
export function withPlainNumbers(text: string): string {
  const plain = [...text.matchAll(/\b\d{1,3}(?:,\d{3})+\b/g)].map((m) => m[0].replace(/,/g, ''));
  return plain.length ? `${text} ${[...new Set(plain)].join(' ')}` : text;
}

/** A Pagefind custom record: one search result that is not a whole page. */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/**
 * One search record per limitation, landing on the limitation's anchor; the plugin or engine name is
 * part of the text so "Windows Cilium" finds Cilium's Windows limitation. Aliases are left out: they
 * lead to the plugin and glossary pages, not to every limitation. Lifted limitations get a record
 * outside the facets; moved ones none.
 */
export function limitationRecords(model: Model): SearchRecord[] {
  const owners = [
    ...model.plugins.map((p) => ({ url: `/plugins/${p.id}/`, name: p.data.name, shortName: p.data.shortName, names: [p.data.name, p.data.shortName], data: p.data, lastVerified: p.data.lastVerified, position: positionLabelFor(model, { kind: 'plugin', id: p.id }) })),
    ...model.policyEngines.map((e) => ({ url: `/policy-engines/${e.id}/`, name: e.data.name, shortName: e.data.shortName, names: [e.data.name, e.data.shortName], data: e.data, lastVerified: e.data.lastVerified, position: positionLabelFor(model, { kind: 'policy-engine', id: e.id }) })),
  ];
  return owners.flatMap((owner) => [
    ...activeLimitations(owner.data).map((l) => ({
      url: `${owner.url}#${l.id}`,
      content: withPlainNumbers([l.title, l.appliesTo ? `Applies to: ${l.appliesTo}.` : '', l.text, l.workaround ? `Workaround: ${l.workaround}` : '', `${[...new Set(owner.names)].join(', ')}.`]
        .filter(Boolean)
        .join(' ')),
      language: 'en',
      meta: {
        // The owner's short name: with the full name every limitation matches a search for the product by name.
        title: `${l.title} (${owner.shortName})`,
        owner: owner.name,
        severity: SEVERITY_LABELS[l.severity],
        lastVerified: owner.lastVerified,
      },
      filters: {
        type: [SEARCH_TYPES.limitation],
        plugin: [owner.name],
        severity: [SEVERITY_LABELS[l.severity]],
        category: [CATEGORY_LABELS[l.category]],
        // The organisation's position on the owner, where the site has guidance files.
        ...(owner.position ? { position: [owner.position] } : {}),
      },
    })),
    // A lifted limitation stays findable (reviews quote its old title) but leaves the type, severity
    // and category facets, which count what holds today; moved ones are found at their new place.
    ...owner.data.limitations
      .filter((l) => l.lifted && !l.movedTo)
      .map((l) => ({
        url: `${owner.url}#${l.id}`,
        content: withPlainNumbers(`${l.title} Lifted on ${l.lifted!.date}: ${l.lifted!.note} ${l.text} ${[...new Set(owner.names)].join(', ')}.`),
        language: 'en',
        meta: { title: `Lifted: ${l.title} (${owner.shortName})`, owner: owner.name, lastVerified: owner.lastVerified },
        filters: { plugin: [owner.name] },
      })),
  ]);
}

/**
 * One search record per pair page, built from the data instead of read back from the page: pair
 * pages grow with the square of the plugin count, and their tables are left out of the index anyway
 * (data-pagefind-ignore), so the record holds what the page's indexed text holds: its title and
 * description, with both plugins' names.
 */
export function pairRecords(model: Model): SearchRecord[] {
  // A configuration's other names are indexed on its own page; repeated on each of its pair pages they
  // would push the pairs of plain plugins ("kubenet vs Overlay") below those of configurations.
  const aliases = (o: { id: string; data: { aliases: string[] } }) => (model.pluginById.has(o.id) ? o.data.aliases : []);
  return pluginPairs(model).map(({ slug, a, b }) => ({
    url: `/compare/${slug}/`,
    content: `${pairDescription(a, b)} ${[...new Set([a.data.shortName, b.data.shortName, ...aliases(a), ...aliases(b)])].join(', ')}.`,
    language: 'en',
    meta: { title: pairTitle(a, b) },
    filters: { type: [SEARCH_TYPES.comparison], plugin: [a.data.name, b.data.name] },
  }));
}

/**
 * One search record per setting, landing on its anchor on /settings/: its names, flag and API field,
 * what it decides, and in words whether and how it can change later for each plugin, so a question such
 * as "can I change max pods later" finds it.
 */
export function settingRecords(model: Model): SearchRecord[] {
  return model.settings.map((s) => {
    const d = s.data;
    const byWord = new Map<string, string[]>();
    const details = new Set<string>();
    for (const p of model.plugins) {
      const change = settingChange(model, s, p.id);
      byWord.set(change.word, [...(byWord.get(change.word) ?? []), p.data.shortName]);
      for (const text of [change.effect, change.note]) if (text) details.add(text);
    }
    const states = [...byWord].map(([word, names]) => `${word}: ${names.join(', ')}.`).join(' ');
    const content = [
      `${d.name} (${d.aliases.join(', ')}).`,
      `${SCOPE_LABELS[d.scope]} setting ${d.cli.flag} (${d.cli.commands.join(', ')}), API field ${d.apiField}.`,
      d.summary,
      `When it can be set: ${d.setWhen}`,
      d.default ? `Default: ${d.default}` : '',
      `Can it be changed later, after creation, on an existing cluster or node pool? ${states}`,
      ...details,
      d.disagreement ? `Sources disagree: ${d.disagreement.text}` : '',
      positionSearchText(model, { kind: 'setting', id: s.id }),
    ];
    const position = positionLabelFor(model, { kind: 'setting', id: s.id });
    return {
      url: `/settings/#${s.id}`,
      content: withPlainNumbers(content.filter(Boolean).join(' ')),
      language: 'en',
      meta: { title: `${d.name}: can it change later? (${d.cli.flag})`, aliases: d.aliases.join("; "), lastVerified: d.lastVerified },
      // The organisation's position on the setting, where the site has guidance files.
      filters: { type: [SEARCH_TYPES.setting], ...(position ? { position: [position] } : {}) },
    };
  });
}
