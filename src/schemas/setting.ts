import { z } from 'astro/zod';
import { DateStringSchema, IdSchema, ProseSchema, SourceIdsSchema } from './common';

/**
 * How a setting can change after it was set, for one plugin or configuration. `create-only`: set at
 * creation, no documented way to change it; `new-node-pool` / `new-cluster`: fixed, and Microsoft's
 * documented way to another value is a new node pool or a new cluster; `extend-only`: it can only grow
 * in place; `in-place`: it changes on the running cluster or pool.
 */
export const CHANGE_STATES = ['in-place', 'extend-only', 'new-node-pool', 'new-cluster', 'create-only', 'not-applicable', 'unknown'] as const;

/** One of the change states. */
export const ChangeStateSchema = z.enum(CHANGE_STATES, { message: `expected ${CHANGE_STATES.join('|')}` });

/** Where a setting lives: on the cluster (networkProfile, apiServerAccessProfile) or on each node pool. */
export const SETTING_SCOPES = ['cluster', 'node-pool'] as const;

/** Whether and how a setting can change afterwards, for one plugin or configuration. */
export const SettingChangeSchema = z.strictObject({
  state: ChangeStateSchema.describe('in-place, extend-only, new-node-pool, new-cluster, create-only, not-applicable or unknown; unknown needs a note'),
  effect: ProseSchema.optional().describe('for in-place and extend-only: what the change reimages, restarts or interrupts'),
  command: z.string().optional().describe('the az command that changes it, when there is one'),
  note: ProseSchema.optional().describe('conditions, exceptions or where sources disagree'),
  sources: SourceIdsSchema,
});

/** The az CLI view of a setting. */
export const SettingCliSchema = z.strictObject({
  flag: z.string().regex(/^--[a-z0-9-]+$/, { message: 'expected a flag such as --max-pods' }).describe('the az aks flag that sets it'),
  commands: z.array(z.string().regex(/^az aks( nodepool)? [a-z-]+$/, { message: 'expected an az aks command such as "az aks create"' })).min(1).describe('the az aks commands that accept the flag, e.g. "az aks create", "az aks nodepool add"'),
});

/** A network setting of a cluster or node pool (data/settings/<id>.yaml; the file name is the id and the anchor on /settings/). */
export const SettingSchema = z.strictObject({
  name: ProseSchema.describe('what readers call it, e.g. "Max pods per node"'),
  aliases: z.array(ProseSchema).describe('other words readers search with, e.g. "maxPods"'),
  scope: z.enum(SETTING_SCOPES, { message: `expected ${SETTING_SCOPES.join('|')}` }).describe('cluster: one value for the cluster; node-pool: one value per node pool'),
  order: z.number().int().optional().describe('position on /settings/, lower first; settings without one follow by name'),
  summary: ProseSchema.describe('what the setting decides, in one or two sentences for a newcomer'),
  cli: SettingCliSchema.describe('the az flag and the commands that accept it'),
  apiField: z.string().regex(/^[A-Za-z][A-Za-z0-9]*(\[\])?(\.[A-Za-z][A-Za-z0-9]*(\[\])?)*$/, { message: 'expected a dotted API field path such as networkProfile.podCidr' }).describe('the field in the AKS API, e.g. networkProfile.podCidr or agentPoolProfiles[].maxPods'),
  setWhen: ProseSchema.describe('when it can be set: at cluster creation, when a node pool is added, or later'),
  default: ProseSchema.optional().describe('what AKS uses when it is not given, when that is documented'),
  changes: z
    .record(IdSchema, SettingChangeSchema)
    .describe('how it can change afterwards, keyed by plugin or configuration id; the key "default" applies to every plugin without its own entry'),
  disagreement: z
    .strictObject({ text: ProseSchema.describe('what the sources say, each in a few words'), sources: SourceIdsSchema })
    .optional()
    .describe('where Microsoft\'s pages disagree about whether or how it can change'),
  property: IdSchema.optional().describe('id of the related property in data/properties.yaml, when there is one'),
  glossary: IdSchema.optional().describe('id of the glossary term that explains it'),
  sources: SourceIdsSchema,
  lastVerified: DateStringSchema.describe('when every fact in this file was last checked against its sources'),
});

/** A setting as written in its data file. */
export type Setting = z.infer<typeof SettingSchema>;
/** How a setting can change for one plugin. */
export type SettingChange = z.infer<typeof SettingChangeSchema>;
/** One of the change states. */
export type ChangeState = (typeof CHANGE_STATES)[number];
/** One of the setting scopes. */
export type SettingScope = (typeof SETTING_SCOPES)[number];
