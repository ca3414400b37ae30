import { z } from 'astro/zod';
import { DateStringSchema, ProseSchema, SourceIdsSchema, STATUS_STATES } from './common';

/** A dated retirement of all or part of a plugin or engine. */
export const RetirementSchema = z.strictObject({
  date: DateStringSchema.describe('the retirement date'),
  scope: ProseSchema.describe('what retires on that date, e.g. "all clusters", "Windows nodes"'),
  sources: SourceIdsSchema,
});

/** Lifecycle status of a plugin or engine. */
export const StatusSchema = z.strictObject({
  state: z.enum(STATUS_STATES, { message: `expected ${STATUS_STATES.join('|')}` }).describe('ga, preview, retiring or retired'),
  since: DateStringSchema.optional().describe('when it reached this state (GA or preview date)'),
  retirements: z.array(RetirementSchema).optional().describe('announced retirement dates; required when retiring or retired'),
  note: ProseSchema.optional().describe('what the state means in practice'),
  sources: SourceIdsSchema,
});

/** A lifecycle status. */
export type Status = z.infer<typeof StatusSchema>;
