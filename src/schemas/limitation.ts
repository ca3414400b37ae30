import { z } from 'astro/zod';
import { CategorySchema, DateStringSchema, IdSchema, ProseSchema, SeveritySchema, SourceIdsSchema } from './common';
import { DATAPLANES } from './configuration';

/** How a limitation Microsoft lifted is kept: its anchor stays, with the date and what holds now. */
export const LiftedSchema = z.strictObject({
  date: DateStringSchema.describe('when Microsoft lifted it (release or documentation date)'),
  note: ProseSchema.describe('what holds now, in place of the limitation'),
  sources: SourceIdsSchema,
});

/** `<plugin or engine id>#<limitation id>`: where a limitation moved to. */
export const LIMITATION_REF_PATTERN = /^[a-z][a-z0-9]*(-[a-z0-9]+)*#[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** A documented limitation of a plugin or policy engine; its id becomes a stable URL anchor. */
export const LimitationSchema = z.strictObject({
  id: IdSchema.describe('stable anchor id, unique within its plugin or engine; never reuse or delete a published id'),
  title: ProseSchema.describe('one-line headline a reader scans, e.g. "At most 400 nodes"'),
  severity: SeveritySchema.describe('blocker rules a design out, caution needs planning, info is context'),
  category: CategorySchema.describe('the catalog category it belongs to'),
  appliesTo: ProseSchema.optional().describe('the configurations it applies to when not all, e.g. "Windows node pools"'),
  dataplane: z
    .enum(DATAPLANES, { message: `expected ${DATAPLANES.join('|')}` })
    .optional()
    .describe(
      'for a limitation of an IP mode that holds only while it runs on this dataplane (networkDataplane azure or cilium): configuration pages, chooser results and cluster reviews on the other dataplane leave it out; appliesTo still says so in words',
    ),
  text: ProseSchema.describe('what the limitation is and what it means for a design'),
  workaround: ProseSchema.optional().describe('what to do instead, when there is something'),
  setting: IdSchema.optional().describe('id of the setting in data/settings/ the limitation is about; its page shows whether and how that setting can change'),
  sources: SourceIdsSchema,
  added: DateStringSchema.optional().describe('when the limitation as written entered this manual (added, or corrected after a check); it then appears on /changes/'),
  lifted: LiftedSchema.optional().describe('set when Microsoft lifted it: the entry keeps its anchor and moves to the end of the list as lifted'),
  movedTo: z
    .string()
    .regex(LIMITATION_REF_PATTERN, { message: 'expected <plugin or engine id>#<limitation id>, e.g. "azure-cni-cilium#max-nodes"' })
    .optional()
    .describe('set when the limitation now lives elsewhere, as <plugin or engine id>#<limitation id>; its old anchor stays and links there'),
});

/** A limitation. */
export type Limitation = z.infer<typeof LimitationSchema>;
/** A lifted limitation's date, note and sources. */
export type Lifted = z.infer<typeof LiftedSchema>;
