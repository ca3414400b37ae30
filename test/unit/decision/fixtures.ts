import type { DecisionTree } from '../../../src/schemas';

/** A small tree with a shared question, two answers ending in the same plugin, and awkward labels. */
export const TREE: DecisionTree = {
  title: 'Pick a "plugin" [test]',
  description: 'A fixture with #hashes, <angle brackets>, pipes | and (parentheses).',
  start: 'first',
  questions: {
    first: {
      text: 'Do you need "quotes" and [brackets]?',
      help: 'Help text.',
      answers: [
        { id: 'yes', label: 'Yes (with parentheses)', next: 'shared', rationale: 'Because.', sources: ['doc-a'] },
        { id: 'no', label: 'No | pipe', next: 'second', rationale: 'Because not.', sources: ['doc-a'] },
      ],
    },
    second: {
      text: 'A second question with <tags> & ampersands?',
      answers: [
        { id: 'a', label: 'Go on', next: 'shared', rationale: 'Shared.', sources: ['doc-a'] },
        { id: 'b', label: 'Alpha, #1', outcome: 'alpha', rationale: 'Alpha wins.', sources: ['doc-a'] },
      ],
    },
    shared: {
      text: 'Reached from two places: `backticks` and {braces}?',
      answers: [
        { id: 'x', label: 'End in beta', outcome: 'beta', rationale: 'Beta.', sources: ['doc-a'] },
        { id: 'y', label: 'Also beta', outcome: 'beta', rationale: 'Beta again.', sources: ['doc-a'] },
        { id: 'z', label: 'Alpha', outcome: 'alpha', rationale: 'Alpha.', sources: ['doc-a'] },
      ],
    },
  },
  lastVerified: '2026-01-01',
  sources: ['doc-a'],
};

/** Display names of the fixture's outcome plugins. */
export const NAMES: Record<string, string> = { alpha: 'Alpha "A" plugin', beta: 'Beta (B) plugin' };
