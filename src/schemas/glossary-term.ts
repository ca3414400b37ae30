import { z } from 'astro/zod';
import { DateStringSchema, IdSchema, ProseSchema, SourceIdsSchema } from './common';

/** Difficulty levels of glossary terms. */
export const DIFFICULTIES = ['beginner', 'intermediate', 'advanced'] as const;

/** Where a reader meets a term in practice. */
export const SIGNAL_SURFACES = ['az-aks-show', 'iac', 'firewall-logs', 'kubectl', 'portal', 'azure-monitor', 'cli-output', 'error-message'] as const;

/** What a mapped command is for. */
export const COMMAND_INTENTS = ['discover', 'provision', 'configure', 'diagnose', 'migrate'] as const;

/** Calculators that can be embedded in a glossary page. */
export const EMBEDDABLE_CALCULATORS = ['node-subnet', 'pod-subnet-dynamic', 'pod-subnet-static-block', 'overlay', 'kubenet', 'cidr-check', 'compare-all', 'network-profile'] as const;

/** A place where the term shows up: a field, a template, a log, a command's output. */
export const SignalSchema = z.strictObject({
  surface: z.enum(SIGNAL_SURFACES, { message: `expected ${SIGNAL_SURFACES.join('|')}` }).describe('where the reader sees it'),
  text: ProseSchema.describe('what exactly they see there and what it tells them'),
});

/** A command mapped to the term. */
export const CommandSchema = z.strictObject({
  command: ProseSchema.describe('the command line, with <placeholders>'),
  intent: z.enum(COMMAND_INTENTS, { message: `expected ${COMMAND_INTENTS.join('|')}` }).describe('what the command is for'),
  shows: ProseSchema.describe('what the output shows or what the command changes'),
});

/** An illustrative scenario (never invented measurements). */
export const CaseStudySchema = z.strictObject({
  title: ProseSchema.describe('a one-line headline'),
  scenario: ProseSchema.describe('the situation a team was in'),
  objectives: z.array(ProseSchema).min(1).describe('what they needed to achieve'),
  solution: ProseSchema.describe('what they did, using the term'),
  results: z.array(ProseSchema).min(1).describe('what changed, stated qualitatively unless a source gives numbers'),
  takeaway: ProseSchema.describe('the lesson for the reader'),
});

/** The CLI part of the anatomy: lists around the mapped commands (the "why" is prose in the MDX body). */
export const TermCliSchema = z.strictObject({
  useCases: z.array(ProseSchema).min(1).describe('what the commands are used for'),
  beforeYouRun: z.array(ProseSchema).min(1).describe('what to check before running them'),
  outputTells: z.array(ProseSchema).min(1).describe('how to read the output'),
  commands: z.array(CommandSchema).min(1).describe('mapped commands'),
});

/** Frontmatter of a glossary term (content/glossary/<id>.mdx; the file name is the id). */
export const GlossaryTermSchema = z.strictObject({
  title: ProseSchema.describe('the term as readers write it, e.g. "Pod CIDR"'),
  description: ProseSchema.describe('the short definition, one or two sentences, shown first and in search results'),
  aliases: z.array(ProseSchema).describe('other names for the term; each gets a redirect URL; unique across the site'),
  difficulty: z.enum(DIFFICULTIES, { message: `expected ${DIFFICULTIES.join('|')}` }).describe('how much background the term assumes'),
  lastVerified: DateStringSchema.describe('when the definition and facts were last checked'),
  sources: SourceIdsSchema.describe('ids in data/sources.yaml; the first is the official definition the short definition follows'),
  signals: z.array(SignalSchema).min(1).describe('where you see it'),
  situations: z.array(ProseSchema).min(1).describe('concrete situations in which the term becomes relevant'),
  caseStudies: z.array(CaseStudySchema).optional().describe('illustrative scenarios, where they help'),
  cli: TermCliSchema.describe('use cases, checks, how to read the output, and mapped commands (see Term CLI)'),
  mistakes: z.array(ProseSchema).min(1).describe('common mistakes'),
  relatedTerms: z.array(IdSchema).describe('ids of other glossary terms'),
  relatedPlugins: z.array(IdSchema).describe('ids of plugins the term concerns'),
  calculator: z
    .enum(EMBEDDABLE_CALCULATORS, { message: `expected ${EMBEDDABLE_CALCULATORS.join('|')}` })
    .optional()
    .describe('a calculator embedded on the page because it answers the term\'s question'),
});

/** A glossary term's frontmatter. */
export type GlossaryTerm = z.infer<typeof GlossaryTermSchema>;
