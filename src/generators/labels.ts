import type { Category, Severity, StatusState, Support } from '../schemas';

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
