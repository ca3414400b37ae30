import { z } from 'astro/zod';
import { CategorySchema, DateStringSchema, IdSchema, ProseSchema, SourceIdsSchema } from './common';

/** The operations during which an error appears; the /errors/ page groups by them, in this order. */
export const OPERATIONS = ['create', 'scale', 'upgrade', 'update', 'migrate', 'delete'] as const;

/** One of the operations. */
export const OperationSchema = z.enum(OPERATIONS, { message: `expected ${OPERATIONS.join('|')}` });

/**
 * How faithful a message text is: `verbatim` is quoted in a Microsoft source; `seen` is quoted from a
 * public thread where a reader got it (the thread is cited only as where it was seen); `paraphrase`
 * says what the documentation describes when no exact text is published.
 */
export const QUOTE_KINDS = ['verbatim', 'seen', 'paraphrase'] as const;

/** A placeholder in a message text: `<name>` with a kebab-case name. */
export const PLACEHOLDER_PATTERN = /<([a-z][a-z0-9]*(?:-[a-z0-9]+)*)>/g;

/** One message text of an error, as Azure prints it, with its variable parts marked. */
export const ErrorMessageSchema = z.strictObject({
  text: ProseSchema.describe('the message as Azure prints it, each variable part written as <placeholder-name>'),
  example: z
    .record(IdSchema, z.union([z.string(), z.number()]))
    .describe('a value for every placeholder, from the quoted example where the source has one'),
  exampleQuoted: z.boolean().optional().describe('true when the example values are the source\'s own; otherwise they are illustrative'),
  quote: z.enum(QUOTE_KINDS, { message: `expected ${QUOTE_KINDS.join('|')}` }).describe('verbatim (quoted in a Microsoft source), seen (quoted from a public thread) or paraphrase'),
  operation: z.string().optional().describe('when only this variant of the message appears, e.g. "during an upgrade"'),
  sources: SourceIdsSchema.describe('where this text is quoted: Microsoft sources for verbatim, the thread for seen'),
});

/** A reference to one limitation: the plugin or policy engine that owns it and its id. */
export const LimitationRefSchema = z.strictObject({
  owner: IdSchema.describe('id of the plugin or policy engine that lists the limitation'),
  id: IdSchema.describe('the limitation id (its anchor)'),
});

/** A calculator prefilled for the reader's case. */
export const ErrorCalculatorSchema = z.strictObject({
  name: IdSchema.describe('the calculator, e.g. node-subnet (its URL segment under /calculators/)'),
  inputs: z.record(z.string().regex(/^[a-z][A-Za-z0-9]*$/, { message: 'expected a calculator field name such as maxPods' }), z.union([z.string(), z.number(), z.boolean()])).describe('field values to prefill, by calculator field name'),
  label: ProseSchema.describe('what the link does, e.g. "Size the node subnet for your node count and max pods"'),
});

/** An AKS networking error (data/errors/<id>.yaml; the file name is the id and the URL slug under /errors/). */
export const ErrorSchema = z.strictObject({
  code: z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/, { message: 'expected an error code such as SubnetIsFull' }).describe('the error code Azure returns, e.g. InsufficientSubnetSize'),
  title: ProseSchema.describe('one line saying what went wrong, in plain words'),
  aliases: z.array(ProseSchema).describe('other codes or words the error appears under, e.g. an exit status or a subcode'),
  operations: z.array(OperationSchema).min(1).describe('when it appears: create, scale, upgrade, update, migrate, delete'),
  category: CategorySchema.describe('the catalog category it belongs to'),
  messages: z.array(ErrorMessageSchema).min(1).describe('the message texts it appears with'),
  cause: ProseSchema.describe('why it happens, in plain words'),
  fix: z.array(ProseSchema).min(1).describe('what to do, one step or alternative per item'),
  plugins: z.array(IdSchema).optional().describe('the plugins it is specific to; leave out when it can happen with any plugin'),
  limitations: z.array(LimitationRefSchema).describe('limitations behind the error'),
  settings: z.array(IdSchema).describe('ids of settings in data/settings/ the error is about'),
  calculator: ErrorCalculatorSchema.optional().describe('a calculator link prefilled for the case, where sizing is the fix'),
  seenIn: z.array(IdSchema).optional().describe('ids of sources (public threads) where the message was seen; never the source of a fact'),
  sources: SourceIdsSchema.describe('Microsoft sources for the cause and the fix'),
  lastVerified: DateStringSchema.describe('when every fact in this file was last checked against its sources'),
});

/** An error as written in its data file. */
export type AksError = z.infer<typeof ErrorSchema>;
/** One message text of an error. */
export type ErrorMessage = z.infer<typeof ErrorMessageSchema>;
/** One of the operations. */
export type Operation = (typeof OPERATIONS)[number];
/** A reference to a limitation. */
export type LimitationRef = z.infer<typeof LimitationRefSchema>;
