import { z } from 'astro/zod';
import { DateStringSchema, ProseSchema } from './common';

/**
 * The snapshot of the document's public repository that was read, so `lastVerified` says what was
 * checked: a check on 2026-11-22 against the docs as they were on 2026-08-21 is not a check of the
 * page of 2026-11-22. `npm run sources:check` lists what changed in the repository since.
 */
export const CheckedAgainstSchema = z
  .strictObject({
    repo: z
      .string()
      .regex(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/, { message: 'expected owner/name, e.g. MicrosoftDocs/azure-aks-docs' })
      .describe('owner/name of the public repository the document is written in, e.g. MicrosoftDocs/azure-aks-docs'),
    commit: z
      .string()
      .regex(/^[0-9a-f]{7,40}$/, { message: 'expected a git commit id (7 to 40 hex digits)' })
      .optional()
      .describe('the commit that was read'),
    date: DateStringSchema.optional().describe('the date of that snapshot (the commit date), when known'),
  })
  .refine((c) => c.commit !== undefined || c.date !== undefined, { message: 'give the commit, the snapshot date, or both' });

/** One cited document in data/sources.yaml (the map key is its id). */
export const SourceSchema = z.strictObject({
  title: ProseSchema.describe('the document title as its publisher writes it'),
  url: z.url({ message: 'expected an absolute https URL' }).describe('where a reader can open the document'),
  publisher: ProseSchema.describe('who publishes it, e.g. Microsoft Learn, Azure/AKS on GitHub'),
  date: DateStringSchema.describe("the document's own date (front-matter ms.date, release date or post date)"),
  updated: DateStringSchema.optional().describe('the newest change to the document we know of, when later than date'),
  lastVerified: DateStringSchema.describe('when we last read the document to check what we cite from it'),
  checkedAgainst: CheckedAgainstSchema.optional().describe(
    'the repository snapshot read on lastVerified: {repo, commit, date}; required for AKS docs and Azure/AKS release notes',
  ),
  note: ProseSchema.optional().describe('what to know about this source: withdrawn, stale copy, disagrees with another'),
});

/** A cited document. */
export type Source = z.infer<typeof SourceSchema>;
/** The repository snapshot a source was checked against. */
export type CheckedAgainst = z.infer<typeof CheckedAgainstSchema>;
