import { z } from 'astro/zod';
import { DateStringSchema, ProseSchema, SourceIdsSchema, SupportSchema } from './common';

/** One plugin's answer for one catalog property, or one plugin x engine compatibility. */
export const CellSchema = z.strictObject({
  support: SupportSchema.describe('yes, partial, no or unknown; unknown needs a note saying what is undocumented'),
  value: z
    .union([z.number(), ProseSchema])
    .optional()
    .describe('the value for value-kind properties (a number, or a short text such as "/24 per node")'),
  note: ProseSchema.optional().describe('conditions, caveats or where sources disagree'),
  sources: SourceIdsSchema,
  added: DateStringSchema.optional().describe('when the fact as written entered this manual (added, or corrected after a check); it then appears on /changes/'),
});

/** A support cell. */
export type Cell = z.infer<typeof CellSchema>;
