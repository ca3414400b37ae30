import type { DecisionTree } from '../../../src/schemas';
import type { DiagramBoxes } from '../../../src/generators/mermaid-decision';

/**
 * A small tree with a shared question, an answer that decides a part and goes on, two answers that end
 * the same way, and awkward labels.
 */
export const TREE: DecisionTree = {
  title: 'Pick a "plugin" [test]',
  description: 'A fixture with #hashes, <angle brackets>, pipes | and (parentheses).',
  start: 'first',
  questions: {
    first: {
      text: 'Do you need "quotes" and [brackets]?',
      help: 'Help text.',
      answers: [
        { id: 'yes', label: 'Yes (with parentheses)', next: 'shared', decides: { ipMode: 'beta' }, requires: ['windows-nodes'], rationale: 'Because.', sources: ['doc-a'] },
        { id: 'no', label: 'No | pipe', next: 'second', rationale: 'Because not.', sources: ['doc-a'] },
      ],
    },
    second: {
      text: 'A second question with <tags> & ampersands?',
      answers: [
        { id: 'a', label: 'Go on', next: 'shared', decides: { ipMode: 'alpha' }, rationale: 'Shared.', sources: ['doc-a'] },
        { id: 'b', label: 'Alpha, #1', decides: { ipMode: 'alpha', dataplane: 'azure', networkPolicy: 'none' }, rationale: 'Alpha wins.', sources: ['doc-a'] },
      ],
    },
    shared: {
      text: 'Reached from two places: `backticks` and {braces}?',
      answers: [
        { id: 'x', label: 'End on azure', decides: { dataplane: 'azure', networkPolicy: 'none' }, rationale: 'Azure.', sources: ['doc-a'] },
        { id: 'y', label: 'Also azure', decides: { dataplane: 'azure', networkPolicy: 'none' }, findOut: 'Ask someone.', rationale: 'Azure again.', sources: ['doc-a'] },
        {
          id: 'z',
          label: 'With policy',
          decides: { dataplane: 'azure', networkPolicy: 'gamma', flags: [{ flag: '--enable-thing' }] },
          requires: ['network-policy'],
          rationale: 'Gamma.',
          sources: ['doc-a'],
        },
      ],
    },
  },
  lastVerified: '2026-01-01',
  sources: ['doc-a'],
};

/** The diagram's pills for the fixture tree, keyed `question:answer`. */
export const BOXES: DiagramBoxes = {
  'first:yes': { label: 'Beta (B) plugin', href: '/plugins/beta/' },
  'second:a': { label: 'Alpha "A" plugin', href: '/plugins/alpha/' },
  'second:b': { label: 'Alpha "A" · no engine', href: '/plugins/alpha/' },
  'shared:x': { label: 'Azure dataplane · no engine' },
  'shared:y': { label: 'Azure dataplane · no engine' },
  'shared:z': { label: 'Gamma <policy>', href: '/policy-engines/gamma/' },
};
