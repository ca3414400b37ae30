import { PLACEHOLDER_PATTERN } from '../../schemas';
import type { Rule } from './rule';

/**
 * Each message marks its variable parts and gives an example value for each, so the page can show a
 * filled-in message and the search test can fill in other values; `seen` texts name where they were seen.
 */
export const errorMessagesComplete: Rule = {
  name: 'error-messages-complete',
  description: 'every <placeholder> of a message has an example value and every example value a placeholder',
  check(model, report) {
    for (const e of model.errors) {
      e.data.messages.forEach((m, i) => {
        const names = new Set([...m.text.matchAll(PLACEHOLDER_PATTERN)].map((match) => match[1]!));
        for (const name of names) {
          if (!(name in m.example)) report(e, ['messages', i, 'example'], `placeholder <${name}> has no example value; add ${name}: <value> to example`);
        }
        for (const key of Object.keys(m.example)) {
          if (!names.has(key)) report(e, ['messages', i, 'example', key], `example value "${key}" has no <${key}> placeholder in the text`);
        }
      });
    }
  },
};
