import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'web/**/*.test.ts'],
          // Database tests open PGlite (WebAssembly) and run argon2: give them room on a 2-core machine.
          testTimeout: 60_000,
          hookTimeout: 120_000,
          pool: 'forks',
          maxWorkers: 2,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.ts'],
          // One real server and one real Chromium per file, one file at a time.
          globalSetup: ['e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // A page waits for its server; give each expectation about a page ten seconds to come true.
          expect: { poll: { timeout: 10_000 } },
          pool: 'forks',
        },
      },
    ],
  },
});
