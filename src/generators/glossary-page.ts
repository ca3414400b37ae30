import type { Model } from '../model/model';
import type { Entry } from '../model/read';
import type { GlossaryTerm } from '../schemas';
import { INSERTED_BLOCKS, PROSE_SECTIONS } from './glossary-anatomy';
import { slugify } from './slug';
import { sourceRefs, type SourceRef } from './source-refs';

/** Reader-facing names of the places a term shows up. */
export const SURFACE_LABELS: Record<GlossaryTerm['signals'][number]['surface'], string> = {
  'az-aks-show': 'az aks show',
  iac: 'Infrastructure as code',
  'firewall-logs': 'Firewall and flow logs',
  kubectl: 'kubectl',
  portal: 'Azure portal',
  'azure-monitor': 'Azure Monitor',
  'cli-output': 'CLI output',
  'error-message': 'Error messages',
};

/** Headings of the frontmatter-driven blocks, with their anchor ids. */
export const BLOCK_HEADINGS: Record<(typeof INSERTED_BLOCKS)[number]['component'], { id: string; text: string }> = {
  TermCalculator: { id: 'calculator', text: 'Calculator' },
  TermSignals: { id: 'where-you-see-it', text: 'Where you see it' },
  TermSituations: { id: 'when-it-becomes-relevant', text: 'When it becomes relevant' },
  TermCaseStudies: { id: 'case-studies', text: 'Case studies' },
  TermCli: { id: 'cli-commands', text: 'CLI: use cases, checks and commands' },
  TermMistakes: { id: 'common-mistakes', text: 'Common mistakes' },
  TermRelated: { id: 'related', text: 'Related terms and plugins' },
};

/** Everything a glossary term page shows besides its MDX prose. */
export interface GlossaryTermView {
  id: string;
  title: string;
  description: string;
  aliases: string[];
  difficulty: GlossaryTerm['difficulty'];
  cliMappings: number;
  lastVerified: string;
  definitionSource?: SourceRef;
  sources: SourceRef[];
  signals: { surface: string; text: string }[];
  situations: string[];
  caseStudies: NonNullable<GlossaryTerm['caseStudies']>;
  cli: GlossaryTerm['cli'];
  mistakes: string[];
  calculator?: GlossaryTerm['calculator'];
  relatedTerms: { id: string; title: string }[];
  relatedPlugins: { id: string; name: string }[];
  /** The table of contents in page order: prose sections and the blocks between them. */
  headings: { depth: number; slug: string; text: string }[];
}

/** Builds the view of a glossary term page. */
export function glossaryTermView(model: Model, term: Entry<GlossaryTerm>): GlossaryTermView {
  const d = term.data;
  const sources = sourceRefs(model, d.sources);
  const shown = (component: keyof typeof BLOCK_HEADINGS) =>
    component === 'TermCalculator' ? d.calculator !== undefined : component === 'TermCaseStudies' ? (d.caseStudies?.length ?? 0) > 0 : true;
  const headings: GlossaryTermView['headings'] = [];
  for (const section of PROSE_SECTIONS) {
    headings.push({ depth: 2, slug: slugify(section.heading), text: section.heading });
    for (const block of INSERTED_BLOCKS) {
      if (block.after === section.id && shown(block.component)) headings.push({ depth: 2, slug: BLOCK_HEADINGS[block.component].id, text: BLOCK_HEADINGS[block.component].text });
    }
  }
  // Terms that point here from elsewhere count as related too, so links work both ways.
  const relatedIds = new Set(d.relatedTerms);
  for (const other of model.glossary) if (other.data.relatedTerms.includes(term.id)) relatedIds.add(other.id);
  relatedIds.delete(term.id);
  const relatedPluginIds = new Set(d.relatedPlugins);
  for (const plugin of model.plugins) if (plugin.data.glossary.includes(term.id)) relatedPluginIds.add(plugin.id);
  return {
    id: term.id,
    title: d.title,
    description: d.description,
    aliases: d.aliases,
    difficulty: d.difficulty,
    cliMappings: d.cli.commands.length,
    lastVerified: d.lastVerified,
    ...(sources[0] ? { definitionSource: sources[0] } : {}),
    sources,
    signals: d.signals.map((s) => ({ surface: SURFACE_LABELS[s.surface], text: s.text })),
    situations: d.situations,
    caseStudies: d.caseStudies ?? [],
    cli: d.cli,
    mistakes: d.mistakes,
    ...(d.calculator ? { calculator: d.calculator } : {}),
    relatedTerms: [...relatedIds]
      .flatMap((id) => {
        const t = model.glossaryById.get(id);
        return t ? [{ id, title: t.data.title }] : [];
      })
      .sort((a, b) => a.title.localeCompare(b.title)),
    relatedPlugins: [...relatedPluginIds].flatMap((id) => {
      const p = model.pluginById.get(id);
      return p ? [{ id, name: p.data.name }] : [];
    }),
    headings,
  };
}

/** An alias URL and the term it leads to. */
export interface GlossaryAlias {
  slug: string;
  alias: string;
  termId: string;
  termTitle: string;
}

/** Every alias of every term as a slug that redirects to the term; slugs equal to a term id are skipped. */
export function glossaryAliases(model: Model): GlossaryAlias[] {
  const aliases: GlossaryAlias[] = [];
  const seen = new Set(model.glossary.map((t) => t.id));
  for (const term of model.glossary) {
    for (const alias of [term.data.title, ...term.data.aliases]) {
      const slug = slugify(alias);
      if (!slug || seen.has(slug)) continue;
      seen.add(slug);
      aliases.push({ slug, alias, termId: term.id, termTitle: term.data.title });
    }
  }
  return aliases.sort((a, b) => a.slug.localeCompare(b.slug));
}
