import { z } from 'astro/zod';
import { DateStringSchema, ProseSchema, SourceIdsSchema } from './common';

/** A constant the calculators use (map key in data/limits.yaml is its id). */
export const LimitSchema = z.strictObject({
  value: z
    .union([z.number(), z.string(), z.array(z.string())])
    .describe('the number, CIDR or list of CIDRs'),
  unit: ProseSchema.optional().describe('unit of the number, e.g. "IPs", "nodes", "prefix length"'),
  description: ProseSchema.describe('what the constant is and where it bites'),
  note: ProseSchema.optional().describe('caveats, derivations or disagreements between sources'),
  sources: SourceIdsSchema,
  lastVerified: DateStringSchema.describe('when the value was last checked against its sources'),
});

/** A calculator constant. */
export type Limit = z.infer<typeof LimitSchema>;
