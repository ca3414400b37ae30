import { z } from 'astro/zod';
import { CategorySchema, IdSchema, ProseSchema, SeveritySchema, SourceIdsSchema } from './common';

/** A documented limitation of a plugin or policy engine; its id becomes a stable URL anchor. */
export const LimitationSchema = z.strictObject({
  id: IdSchema.describe('stable anchor id, unique within its plugin or engine; never reuse or delete a published id'),
  title: ProseSchema.describe('one-line headline a reader scans, e.g. "At most 400 nodes"'),
  severity: SeveritySchema.describe('blocker rules a design out, caution needs planning, info is context'),
  category: CategorySchema.describe('the catalog category it belongs to'),
  appliesTo: ProseSchema.optional().describe('the configurations it applies to when not all, e.g. "Windows node pools"'),
  text: ProseSchema.describe('what the limitation is and what it means for a design'),
  workaround: ProseSchema.optional().describe('what to do instead, when there is something'),
  setting: IdSchema.optional().describe('id of the setting in data/settings/ the limitation is about; its page shows whether and how that setting can change'),
  sources: SourceIdsSchema,
});

/** A limitation. */
export type Limitation = z.infer<typeof LimitationSchema>;
