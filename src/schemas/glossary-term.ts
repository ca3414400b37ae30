import { z } from 'astro/zod';
import { DateStringSchema, IdSchema, ProseSchema, SourceIdsSchema } from './common';

/** Difficulty levels of glossary terms. */
export const DIFFICULTIES = ['beginner', 'intermediate', 'advanced'] as const;

/** Frontmatter of a glossary term (content/glossary/<id>.mdx; the file name is the id). */
export const GlossaryTermSchema = z.strictObject({
  title: ProseSchema.describe('the term as readers write it, e.g. "Pod CIDR"'),
  description: ProseSchema.describe('a one-sentence definition, used in lists and search results'),
  aliases: z.array(ProseSchema).describe('other names for the term; each gets a redirect URL; unique across the site'),
  difficulty: z.enum(DIFFICULTIES, { message: `expected ${DIFFICULTIES.join('|')}` }).describe('how much background the term assumes'),
  lastVerified: DateStringSchema.describe('when the definition and facts were last checked'),
  sources: SourceIdsSchema,
  relatedTerms: z.array(IdSchema).optional().describe('ids of other glossary terms'),
  relatedPlugins: z.array(IdSchema).optional().describe('ids of plugins the term concerns'),
});

/** A glossary term's frontmatter. */
export type GlossaryTerm = z.infer<typeof GlossaryTermSchema>;
