import { z } from 'astro/zod';
import { DateStringSchema, IdSchema, ProseSchema, SourceIdsSchema } from './common';

/** The dataplane parts an outcome can name: networkDataplane azure or cilium, or none (bring your own CNI). */
export const OUTCOME_DATAPLANES = ['azure', 'cilium', 'none'] as const;

/** The value of `networkPolicy` that says "no engine", as a choice. */
export const NO_ENGINE = 'none';

/** The IP families an outcome can name: IPv4 only, or dual-stack. */
export const IP_FAMILIES = ['ipv4', 'ipv4-ipv6'] as const;

/**
 * Requirements an answer can state besides property ids: `new-cluster` (no part of the outcome may be
 * retiring) and `network-policy` (the outcome must name a policy engine).
 */
export const PATH_REQUIREMENTS = ['new-cluster', 'network-policy'] as const;

/** A further az aks create flag an answer adds to the outcome's command. */
export const DecidedFlagSchema = z.strictObject({
  flag: z.string().regex(/^--[a-z0-9-]+$/, { message: 'expected a flag such as --enable-acns' }).describe('the az aks create flag'),
  value: z.string().optional().describe('its value, or a placeholder in <angle brackets>'),
});

/**
 * The parts of a configuration an answer settles. Parts add up along a path: the outcome of a path is
 * everything its answers decide, and a later answer may not change a part an earlier one decided.
 */
export const DecidesSchema = z.strictObject({
  ipMode: IdSchema.optional().describe('id of the plugin (kind plugin) that gives pods their addresses'),
  dataplane: z
    .enum(OUTCOME_DATAPLANES, { message: `expected ${OUTCOME_DATAPLANES.join('|')}` })
    .optional()
    .describe('networkDataplane: azure (iptables) or cilium (eBPF); none when AKS installs no CNI'),
  networkPolicy: IdSchema.optional().describe('id of the policy engine (a file name in data/policy-engines/), or none: no engine, stated as a choice'),
  ipFamilies: z
    .enum(IP_FAMILIES, { message: `expected ${IP_FAMILIES.join('|')}` })
    .optional()
    .describe('ipv4, or ipv4-ipv6 for a dual-stack cluster (--ip-families ipv4,ipv6); ipv4 when no answer decides it'),
  flags: z.array(DecidedFlagSchema).optional().describe('further az aks create flags, e.g. --enable-acns'),
});

/** One answer to a question: it leads to the next question or, without `next`, ends the path. */
export const AnswerSchema = z.strictObject({
  id: IdSchema.describe('stable id used in URLs that record a path; never reuse one for a different meaning'),
  label: ProseSchema.describe('the answer as the reader picks it'),
  next: IdSchema.optional().describe('id of the next question; without it the path ends here and what the path decided is the outcome'),
  decides: DecidesSchema.optional().describe('the parts of the configuration this answer settles (see Decides)'),
  requires: z
    .array(IdSchema)
    .optional()
    .describe('what the outcome must support because of this answer: property ids of data/properties.yaml, new-cluster or network-policy'),
  waives: z.array(IdSchema).optional().describe('requirements of earlier answers this answer gives up, with the reason in its rationale'),
  scale: z
    .strictObject({
      nodes: z.number().int().positive().optional().describe('nodes the cluster must reach'),
      pods: z.number().int().positive().optional().describe('pods the cluster must reach'),
    })
    .optional()
    .describe('the size the outcome must support (checked against numeric max-nodes and pods-per-cluster cells)'),
  from: IdSchema.optional().describe('for an existing cluster: the plugin it runs today, so the result shows the documented migration'),
  findOut: ProseSchema.optional().describe('for a "not sure" answer: what to find out, and what the path assumed meanwhile'),
  rationale: ProseSchema.describe('why this answer leads where it does'),
  calculatorInputs: z
    .record(z.string(), z.union([z.number(), z.string()]))
    .optional()
    .describe('calculator inputs this answer implies (e.g. maxPods: 110), so the result links a prefilled calculator'),
  sources: SourceIdsSchema.optional(),
});

/** A question of a decision tree (the map key is its id). */
export const QuestionSchema = z.strictObject({
  text: ProseSchema.describe('the question, as asked'),
  help: ProseSchema.optional().describe('what the question means and how to answer it'),
  glossary: z.array(IdSchema).optional().describe('ids of glossary terms that help answer it'),
  answers: z.array(AnswerSchema).min(2, { message: 'expected at least two answers' }).describe('the possible answers'),
});

/** A decision tree (data/decisions/<id>.yaml). */
export const DecisionTreeSchema = z.strictObject({
  title: ProseSchema.describe('what the tree decides'),
  description: ProseSchema.describe('who it is for and what it assumes'),
  start: IdSchema.describe('id of the first question'),
  questions: z.record(IdSchema, QuestionSchema).describe('questions keyed by id'),
  lastVerified: DateStringSchema.describe('when the guidance was last checked'),
  sources: SourceIdsSchema,
});

/** A decision tree. */
export type DecisionTree = z.infer<typeof DecisionTreeSchema>;
/** A question. */
export type Question = z.infer<typeof QuestionSchema>;
/** An answer. */
export type Answer = z.infer<typeof AnswerSchema>;
/** The parts of a configuration an answer decides. */
export type Decides = z.infer<typeof DecidesSchema>;
/** A flag an answer adds. */
export type DecidedFlag = z.infer<typeof DecidedFlagSchema>;
/** One of azure, cilium, none. */
export type OutcomeDataplane = (typeof OUTCOME_DATAPLANES)[number];
/** One of ipv4, ipv4-ipv6. */
export type IpFamilies = (typeof IP_FAMILIES)[number];
