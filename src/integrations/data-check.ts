import type { AstroIntegration } from 'astro';
import { dataLocations, formatIssue } from '../model';
import { checkSite } from '../contract/site-check';

/**
 * Runs the same schema, integrity and published-URL checks as `npm run lint:data` before Astro loads any content,
 * so a bad data file fails the build with file, line, field path and what is expected.
 */
export function dataCheck(): AstroIntegration {
  return {
    name: 'field-manual:data-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const { issues } = checkSite(dataLocations());
        if (issues.length === 0) {
          logger.info('data ok');
          return;
        }
        const text = issues.map(formatIssue).join('\n');
        if (command === 'build') {
          const error = new Error(`The data has ${issues.length} problem${issues.length === 1 ? '' : 's'}:\n${text}\nRun npm run lint:data to check the data alone.`);
          // The stack would point at this file, not at the data; the message already says where to look.
          error.stack = error.message;
          throw error;
        }
        logger.error(`The data has problems (the dev server keeps running):\n${text}`);
      },
    },
  };
}
