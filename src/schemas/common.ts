import { z } from 'astro/zod';

/** Kebab-case id pattern shared by every entity (file names, limitation ids, source ids). */
export const ID_PATTERN = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** A kebab-case identifier, e.g. `azure-cni-overlay`. */
export const IdSchema = z
  .string()
  .regex(ID_PATTERN, { message: 'expected a kebab-case id such as "azure-cni-overlay"' });

/**
 * A calendar date written YYYY-MM-DD; YAML parsers that turn it into a Date are accepted and
 * normalised back to the string, so every loader produces the same value.
 */
export const DateStringSchema = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'expected a date written YYYY-MM-DD' }),
);

/** Ids of entries in data/sources.yaml that back a fact; at least one is required. */
export const SourceIdsSchema = z
  .array(IdSchema)
  .min(1, { message: 'expected at least one source id from data/sources.yaml' })
  .describe('ids of entries in data/sources.yaml that back this fact');

/** The four support states; a missing value never means "no". */
export const SUPPORT_STATES = ['yes', 'partial', 'no', 'unknown'] as const;

/** One of yes, partial, no, unknown. */
export const SupportSchema = z.enum(SUPPORT_STATES, {
  message: `expected ${SUPPORT_STATES.join('|')}`,
});

/** Categories that group catalog properties and limitations. */
export const CATEGORIES = [
  'addressing',
  'scale',
  'platform-support',
  'policy-and-security',
  'integrations',
  'operations',
  'lifecycle',
] as const;

/** One of the catalog categories. */
export const CategorySchema = z.enum(CATEGORIES, { message: `expected ${CATEGORIES.join('|')}` });

/** Severity of a limitation: blocker rules a design out, caution needs planning, info is context. */
export const SEVERITIES = ['blocker', 'caution', 'info'] as const;

/** One of blocker, caution, info. */
export const SeveritySchema = z.enum(SEVERITIES, { message: `expected ${SEVERITIES.join('|')}` });

/** Lifecycle states of a plugin or engine. */
export const STATUS_STATES = ['ga', 'preview', 'retiring', 'retired'] as const;

/** A plain-language sentence or paragraph written for this site. */
export const ProseSchema = z.string().trim().min(1, { message: 'expected non-empty text' });

export type Support = (typeof SUPPORT_STATES)[number];
export type Category = (typeof CATEGORIES)[number];
export type Severity = (typeof SEVERITIES)[number];
export type StatusState = (typeof STATUS_STATES)[number];
