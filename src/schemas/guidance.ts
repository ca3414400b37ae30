import { z } from 'astro/zod';
import { DateStringSchema, ProseSchema } from './common';

/** An organisation's positions, strongest encouragement first: the order comparisons sort by. */
export const POSITIONS = ['recommended', 'allowed', 'exception', 'prohibited'] as const;

/** One of recommended, allowed, exception, prohibited. */
export const PositionWordSchema = z.enum(POSITIONS, { message: `expected ${POSITIONS.join('|')}` });

/**
 * What a position is about: the id of a subject (a plugin, configuration, policy engine or setting; the kinds
 * are listed in src/model/subjects.ts), or `<kind>:<id>` (`policy-engine:cilium`) where the bare id
 * names more than one of them.
 */
export const SUBJECT_PATTERN = /^(?:[a-z]+(?:-[a-z]+)*:)?[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** A calendar date written YYYY-MM-DD that exists (2027-02-30 does not). */
export const CalendarDateSchema = DateStringSchema.refine(
  (value) => {
    // The pattern reports other formats; this checks that a YYYY-MM-DD date is on the calendar.
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return true;
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  },
  { message: 'expected a real calendar date written YYYY-MM-DD' },
);

/** A link from a position to the organisation's own standard, exception process or decision. */
export const GuidanceLinkSchema = z.strictObject({
  title: ProseSchema.describe('what the link opens, e.g. "Network standard NS-12"'),
  url: z
    .url({ protocol: /^(https?|mailto)$/, message: 'expected an absolute http(s) or mailto: URL' })
    .describe('where it is: an absolute http(s) URL (an intranet page is fine) or a mailto: address'),
});

/** One position: what the organisation decided about one subject, why, who owns it and until when. */
export const PositionSchema = z.strictObject({
  subject: z
    .string()
    .regex(SUBJECT_PATTERN, { message: 'expected an id such as "azure-cni-overlay", or kind:id such as "policy-engine:cilium"' })
    .describe('id of what the position is about: a plugin, configuration, policy engine or setting (the kinds in src/model/subjects.ts); kind:id (e.g. policy-engine:cilium) when the id names several'),
  position: PositionWordSchema.describe('recommended (the default choice), allowed, exception (needs an approved exception) or prohibited'),
  rationale: ProseSchema.describe('why, in a sentence or two, for the teams that read it'),
  owner: ProseSchema.describe('who owns the position and answers questions: a team or an e-mail address'),
  reviewBy: CalendarDateSchema.describe('when the position is reviewed next; after this date pages show "review overdue"'),
  links: z.array(GuidanceLinkSchema).default([]).describe('the standard, exception process or decision the position comes from'),
});

/** One organisation's guidance file: data/guidance/<id>.yaml. */
export const GuidanceSchema = z.strictObject({
  organisation: ProseSchema.describe('who takes these positions, e.g. "Contoso platform team"'),
  positions: z.array(PositionSchema).min(1, { message: 'expected at least one position' }).describe('one position per subject; a subject has one position across all guidance files'),
});

/** One of the position words. */
export type PositionWord = (typeof POSITIONS)[number];
/** One position as written in a guidance file. */
export type Position = z.infer<typeof PositionSchema>;
/** A guidance file. */
export type Guidance = z.infer<typeof GuidanceSchema>;
