import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Three projects: pure code and content (fast, no build), assertions on the built dist/, and
// end-to-end runs: Chromium against dist/ served on 127.0.0.1, and the live preview (`astro dev`
// on a copy of the project, tests/e2e/devServer.test.ts), one file at a time.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'tests/lib/**/*.test.ts',
            'tests/content/**/*.test.ts',
            'tests/fixtures/**/*.test.ts',
            'tests/server/**/*.test.ts',
          ],
        },
      },
      { test: { name: 'build', include: ['tests/build/**/*.test.ts'] } },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
