import { z } from 'astro/zod';
import { DateStringSchema, IdSchema, ProseSchema, SourceIdsSchema } from './common';

/** A fact that changed over time, so readers of older articles see why they differ. */
export const HistoryEntrySchema = z.strictObject({
  date: DateStringSchema.describe('when the change took effect (release or documentation date)'),
  property: IdSchema.optional().describe('the catalog property the change concerns, if any'),
  claim: ProseSchema.describe('what older articles or docs said'),
  change: ProseSchema.describe('what changed and what holds now'),
  sources: SourceIdsSchema,
});

/** A history entry. */
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;
