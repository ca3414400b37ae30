import { z } from 'astro/zod';
import { DateStringSchema, IdSchema, ProseSchema, SourceIdsSchema } from './common';

/** One answer to a question: it leads to the next question or ends in a plugin. */
export const AnswerSchema = z
  .strictObject({
    id: IdSchema.describe('stable id used in URLs that record a path'),
    label: ProseSchema.describe('the answer as the reader picks it'),
    next: IdSchema.optional().describe('id of the next question'),
    outcome: IdSchema.optional().describe('id of the recommended plugin when the path ends here'),
    rationale: ProseSchema.describe('why this answer leads where it does'),
    calculatorInputs: z
      .record(z.string(), z.union([z.number(), z.string()]))
      .optional()
      .describe('calculator inputs this answer implies (e.g. maxPods: 110), so the result links a prefilled calculator'),
    sources: SourceIdsSchema.optional(),
  })
  .refine((a) => (a.next === undefined) !== (a.outcome === undefined), {
    message: 'expected exactly one of next (a question id) or outcome (a plugin id)',
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
