import { z } from 'astro/zod';
import { CellSchema } from './cell';
import { DateStringSchema, IdSchema, ProseSchema, SourceIdsSchema } from './common';

/** The dataplanes a configuration can name: the values of networkProfile.networkDataplane. */
export const DATAPLANES = ['azure', 'cilium'] as const;

/**
 * A configuration people choose: an IP mode (a plugin of kind `plugin`) run on a dataplane
 * (data/configurations/<id>.yaml; the id is `<ipMode>-<dataplane>-dataplane`). Its cells are derived
 * from the two parts (see `decidedBy` in data/properties.yaml); `cells` says where the combination
 * changes a fact.
 */
export const ConfigurationSchema = z.strictObject({
  name: ProseSchema.describe('full name, e.g. "Azure CNI Overlay with the Cilium dataplane"'),
  shortName: ProseSchema.describe('short name for table headers, e.g. "Overlay + Cilium"'),
  aliases: z.array(ProseSchema).describe('other names readers use; unique across the site'),
  order: z.number().int().optional().describe('position among the compared options, lower first (shared with plugins)'),
  ipMode: IdSchema.describe('id of the plugin (kind plugin) that gives pods their addresses'),
  dataplane: z.enum(DATAPLANES, { message: `expected ${DATAPLANES.join('|')}` }).describe('networkDataplane: azure (iptables and kube-proxy) or cilium (eBPF)'),
  summary: ProseSchema.describe('what the configuration is and when people choose it'),
  cells: z
    .record(IdSchema, CellSchema)
    .describe('cells that differ from what the two parts give, keyed by property id; each with its sources'),
  policyEngines: z
    .record(IdSchema, CellSchema)
    .optional()
    .describe('engine compatibility that differs from what the parts give (the dataplane\'s map with Cilium, the IP mode\'s otherwise), keyed by engine id'),
  cli: z
    .strictObject({
      minVersion: z.string().regex(/^\d+(\.\d+)*$/, { message: 'expected a version such as 2.69.0' }).describe('oldest Azure CLI that creates this combination'),
      note: ProseSchema.optional().describe('why it differs from the parts, or other caveats about the flags'),
      sources: SourceIdsSchema,
    })
    .optional()
    .describe('where the combination needs a newer Azure CLI than its parts\' files say (the newer of the two is used otherwise)'),
  lastVerified: DateStringSchema.describe('when the summary and every cell in this file were last checked against their sources'),
});

/** A configuration as written in its data file. */
export type Configuration = z.infer<typeof ConfigurationSchema>;
/** One of the dataplanes. */
export type Dataplane = (typeof DATAPLANES)[number];
