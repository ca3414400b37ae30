import { z } from 'astro/zod';
import { CellSchema } from './cell';
import { DateStringSchema, IdSchema, ProseSchema, SourceIdsSchema } from './common';
import { HistoryEntrySchema } from './history';
import { LimitationSchema } from './limitation';
import { StatusSchema } from './status';

/** How the plugin appears in the AKS API (`networkProfile` of the cluster, pod subnet of the pools). */
export const NetworkProfileSchema = z.strictObject({
  networkPlugin: z.enum(['azure', 'kubenet', 'none'], { message: 'expected azure|kubenet|none' }).describe('networkProfile.networkPlugin'),
  networkPluginMode: z.enum(['overlay'], { message: 'expected overlay' }).optional().describe('networkProfile.networkPluginMode, when set'),
  networkDataplane: z.enum(['azure', 'cilium'], { message: 'expected azure|cilium' }).optional().describe('networkProfile.networkDataplane, when it identifies the plugin'),
  podIpAllocationMode: z
    .enum(['DynamicIndividual', 'StaticBlock'], { message: 'expected DynamicIndividual|StaticBlock' })
    .optional()
    .describe('agent pool podIPAllocationMode, for pod subnet modes'),
  networkPolicy: z
    .enum(['azure', 'calico', 'cilium'], { message: 'expected azure|calico|cilium' })
    .optional()
    .describe('networkProfile.networkPolicy that comes with the plugin, when it implies one (Cilium)'),
  podSubnet: z.boolean().describe('true when node pools need a separate pod subnet (podSubnetId)'),
  podCidr: z.string().optional().describe('default pod CIDR AKS uses when none is given, for modes that have one'),
});

/** One az CLI flag used to create a cluster with this plugin. */
export const CliFlagSchema = z.strictObject({
  flag: z.string().regex(/^--[a-z0-9-]+$/, { message: 'expected a flag such as --network-plugin' }).describe('the az aks create flag'),
  value: z.string().optional().describe('the value to pass, or a placeholder in <angle brackets>'),
  required: z.boolean().describe('true when the plugin cannot be selected without it'),
  example: z.boolean().optional().describe('include it in the generated az aks create example although it is optional'),
  note: ProseSchema.optional().describe('what the flag does here'),
});

/** The az CLI view of the plugin. */
export const CliSchema = z.strictObject({
  flags: z.array(CliFlagSchema).min(1).describe('flags for az aks create, in the order to write them'),
  minVersion: z.string().optional().describe('oldest az CLI version that accepts the flags'),
  note: ProseSchema.optional().describe('caveats about the flags, e.g. defaults that changed'),
  sources: SourceIdsSchema,
});

/** A documented way to move a cluster from this plugin to another. */
export const MigrationSchema = z.strictObject({
  to: IdSchema.describe('id of the target plugin'),
  method: z
    .enum(['in-place', 'new-node-pool', 'new-cluster'], { message: 'expected in-place|new-node-pool|new-cluster' })
    .describe('in-place update, a new node pool on a new subnet, or a new cluster'),
  reversible: z.boolean().describe('whether the cluster can go back the same way'),
  summary: ProseSchema.describe('what the migration does, in one or two sentences'),
  constraints: z.array(ProseSchema).describe('prerequisites and conditions, one per item'),
  command: z.string().optional().describe('the az command that performs it, when there is one'),
  settings: z.array(IdSchema).optional().describe('ids of settings in data/settings/ the migration changes; the page shows how each can change'),
  sources: SourceIdsSchema,
});

/** A network plugin or mode (data/plugins/<id>.yaml; the file name is the id). */
export const PluginSchema = z.strictObject({
  name: ProseSchema.describe('full name, e.g. "Azure CNI Overlay"'),
  shortName: ProseSchema.describe('short name for table headers, e.g. "Overlay"'),
  aliases: z.array(ProseSchema).describe('other names readers use, e.g. "basic networking"; unique across the site'),
  order: z.number().int().optional().describe('position in tables and lists, lower first; plugins without one follow by name'),
  kind: z
    .enum(['plugin', 'dataplane'], { message: 'expected plugin|dataplane' })
    .describe('plugin: chooses pod addressing; dataplane: combines with plugins listed in combinesWith'),
  combinesWith: z.array(IdSchema).optional().describe('for a dataplane, the plugin ids it combines with'),
  summary: ProseSchema.describe('what it is and when to choose it, for a newcomer'),
  status: StatusSchema.describe('lifecycle state and retirement dates (see Status)'),
  networkProfile: NetworkProfileSchema.describe('how the plugin shows in the AKS API (see Network profile)'),
  cli: CliSchema.describe('the az aks create flags that select it (see CLI)'),
  properties: z
    .record(IdSchema, CellSchema)
    .describe('a cell for every property in data/properties.yaml, keyed by property id'),
  policyEngines: z
    .record(IdSchema, CellSchema)
    .describe('compatibility with every engine in data/policy-engines/, keyed by engine id'),
  limitations: z.array(LimitationSchema).describe('documented limitations, each with a stable id'),
  history: z.array(HistoryEntrySchema).describe('facts that changed over time, oldest first'),
  migrations: z.array(MigrationSchema).describe('documented ways out of this plugin'),
  glossary: z.array(IdSchema).describe('ids of related glossary terms'),
  lastVerified: DateStringSchema.describe('when every fact in this file was last checked against its sources'),
});

/** A plugin as written in its data file. */
export type Plugin = z.infer<typeof PluginSchema>;
/** How a plugin appears in the AKS API. */
export type NetworkProfile = z.infer<typeof NetworkProfileSchema>;
/** A migration path. */
export type Migration = z.infer<typeof MigrationSchema>;
/** One az CLI flag. */
export type CliFlag = z.infer<typeof CliFlagSchema>;
