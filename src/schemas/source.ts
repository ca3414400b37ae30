import { z } from 'astro/zod';
import { DateStringSchema, ProseSchema } from './common';

/** One cited document in data/sources.yaml (the map key is its id). */
export const SourceSchema = z.strictObject({
  title: ProseSchema.describe('the document title as its publisher writes it'),
  url: z.url({ message: 'expected an absolute https URL' }).describe('where a reader can open the document'),
  publisher: ProseSchema.describe('who publishes it, e.g. Microsoft Learn, Azure/AKS on GitHub'),
  date: DateStringSchema.describe("the document's own date (front-matter ms.date, release date or post date)"),
  updated: DateStringSchema.optional().describe('the newest change to the document we know of, when later than date'),
  lastVerified: DateStringSchema.describe('when we last read the document to check what we cite from it'),
  note: ProseSchema.optional().describe('what to know about this source: withdrawn, stale copy, disagrees with another'),
});

/** A cited document. */
export type Source = z.infer<typeof SourceSchema>;
