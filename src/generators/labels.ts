import type { Category, ChangeState, Operation, SettingScope, Severity, StatusState, Support } from '../schemas';

/** Reader-facing names of the catalog categories, in display order. */
export const CATEGORY_LABELS: Record<Category, string> = {
  addressing: 'Addressing',
  scale: 'Scale',
  'platform-support': 'Platform support',
  'policy-and-security': 'Policy and security',
  integrations: 'Integrations',
  operations: 'Operations',
  lifecycle: 'Lifecycle',
};

/** Word and icon for each support state: the word is always shown, so colour is never the only cue. */
export const SUPPORT_LABELS: Record<Support, { word: string; icon: string }> = {
  yes: { word: 'Yes', icon: '✓' },
  partial: { word: 'Partial', icon: '◐' },
  no: { word: 'No', icon: '✗' },
  unknown: { word: 'Unknown', icon: '?' },
};

/** Reader-facing severity names, most serious first. */
export const SEVERITY_LABELS: Record<Severity, string> = {
  blocker: 'Blocker',
  caution: 'Caution',
  info: 'Info',
};

/** Reader-facing status names. */
export const STATUS_LABELS: Record<StatusState, string> = {
  ga: 'Generally available',
  preview: 'Preview',
  retiring: 'Retiring',
  retired: 'Retired',
};

/** Reader-facing names of the operations an error appears in: a heading for /errors/ and a short word for facets. */
export const OPERATION_LABELS: Record<Operation, { heading: string; word: string }> = {
  create: { heading: 'Creating a cluster or adding a node pool', word: 'Create' },
  scale: { heading: 'Scaling', word: 'Scale' },
  upgrade: { heading: 'Upgrading', word: 'Upgrade' },
  update: { heading: 'Updating cluster settings', word: 'Update' },
  migrate: { heading: 'Migrating to another plugin mode or dataplane', word: 'Migration' },
  delete: { heading: 'Deleting a cluster', word: 'Delete' },
};

/** Reader-facing names of the change states of a setting, with what each means. */
export const CHANGE_LABELS: Record<ChangeState, { word: string; meaning: string }> = {
  'in-place': { word: 'In place', meaning: 'changes on the running cluster or node pool' },
  'extend-only': { word: 'Extend only', meaning: 'can only grow in place; it never shrinks or moves' },
  'new-node-pool': { word: 'New node pool', meaning: 'fixed per node pool: add a pool with the new value and move workloads' },
  'new-cluster': { word: 'New cluster', meaning: 'fixed for the cluster: a different value needs a new cluster' },
  'create-only': { word: 'Fixed at creation', meaning: 'set only when created; no documented way to change it' },
  'not-applicable': { word: 'Not applicable', meaning: 'the setting does not exist for this plugin' },
  unknown: { word: 'Unknown', meaning: 'the sources do not say' },
};

/** Reader-facing names of the scopes of a setting. */
export const SCOPE_LABELS: Record<SettingScope, string> = {
  cluster: 'Cluster',
  'node-pool': 'Node pool',
};
