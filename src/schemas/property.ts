import { z } from 'astro/zod';
import { CategorySchema, IdSchema, ProseSchema } from './common';

/** Rows computed from a plugin's structured fields instead of a cell; plugins give no cell for them. */
export const DERIVED_FROM = ['status', 'cli-flags', 'policy-engines', 'migrations-in', 'migrations-out'] as const;

/**
 * Which part of a configuration (IP mode and dataplane) decides a property: the IP mode, the
 * dataplane, or both (the cell is the weaker of the two: a no from either part is a no).
 */
export const DECIDED_BY = ['ip-mode', 'dataplane', 'both'] as const;

/** How a property's cells read: a support state, or a value such as a number or a short text. */
export const PROPERTY_KINDS = ['support', 'value'] as const;

/** One row of the comparison: a property every plugin must describe (map key in data/properties.yaml is its id). */
export const PropertySchema = z.strictObject({
  label: ProseSchema.describe('the row heading, short, e.g. "Windows nodes"'),
  category: CategorySchema.describe('the group the row belongs to in comparison tables'),
  kind: z
    .enum(PROPERTY_KINDS, { message: `expected ${PROPERTY_KINDS.join('|')}` })
    .describe('support: cells are yes/partial/no/unknown; value: cells carry a value (number or short text)'),
  definition: ProseSchema.describe('what the property means, written for a newcomer'),
  unit: ProseSchema.optional().describe('unit of a value cell, e.g. "nodes", "pods per node"'),
  glossary: IdSchema.optional().describe('id of the glossary term that explains the property (content/glossary/<id>.mdx)'),
  derivedFrom: z
    .enum(DERIVED_FROM, { message: `expected ${DERIVED_FROM.join('|')}` })
    .optional()
    .describe('compute the row from the plugin\'s status, cli, policyEngines or migrations instead of a cell'),
  decidedBy: z
    .enum(DECIDED_BY, { message: `expected ${DECIDED_BY.join('|')}` })
    .optional()
    .describe('for configurations: whether the IP mode, the dataplane or both decide the cell; required unless derivedFrom is set'),
  highlight: z.boolean().optional().describe('show the cell among the key numbers at the top of plugin pages'),
  order: z.number().int().optional().describe('position within its category; lower first, file order otherwise'),
});

/** A catalog property. */
export type Property = z.infer<typeof PropertySchema>;
