import path from 'node:path';
import { defineConfig } from 'vitest/config';

const alias = { '~': path.resolve(import.meta.dirname, 'src') };

/**
 * Four kinds of test, run as vitest projects: unit (pure code), data (the real data through every
 * rule), build (inspects dist/ after `npm run build`), browser (Chromium through playwright-core).
 */
export default defineConfig({
  test: {
    projects: [
      { resolve: { alias }, test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' } },
      { resolve: { alias }, test: { name: 'data', include: ['test/data/**/*.test.ts'], environment: 'node' } },
      {
        resolve: { alias },
        test: { name: 'build', include: ['test/build/**/*.test.ts'], environment: 'node', testTimeout: 600_000, hookTimeout: 600_000, fileParallelism: false },
      },
      {
        resolve: { alias },
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/support/browser-global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
