import { z } from 'astro/zod';
import { DateStringSchema, IdSchema, ProseSchema } from './common';
import { HistoryEntrySchema } from './history';
import { LimitationSchema } from './limitation';
import { StatusSchema } from './status';

/** A network policy engine (data/policy-engines/<id>.yaml); plugin compatibility lives in each plugin file. */
export const PolicyEngineSchema = z.strictObject({
  name: ProseSchema.describe('full name, e.g. "Azure Network Policy Manager"'),
  shortName: ProseSchema.describe('short name for table headers, e.g. "Azure NPM"'),
  aliases: z.array(ProseSchema).describe('other names readers use; unique across the site'),
  summary: ProseSchema.describe('what it is and when to choose it, for a newcomer'),
  enforcement: ProseSchema.describe('how it enforces policy on Linux and Windows nodes'),
  networkPolicy: z
    .enum(['azure', 'calico', 'cilium'], { message: 'expected azure|calico|cilium' })
    .describe('the networkProfile.networkPolicy value that selects it'),
  status: StatusSchema.describe('lifecycle state and retirement dates (see Status)'),
  limitations: z.array(LimitationSchema).describe('documented limitations, each with a stable id'),
  history: z.array(HistoryEntrySchema).describe('facts that changed over time, oldest first'),
  glossary: z.array(IdSchema).describe('ids of related glossary terms'),
  lastVerified: DateStringSchema.describe('when every fact in this file was last checked against its sources'),
});

/** A policy engine as written in its data file. */
export type PolicyEngine = z.infer<typeof PolicyEngineSchema>;
