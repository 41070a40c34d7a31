import { defineConfig } from 'vitest/config';

// One config, several projects: the integration suite runs once on an embedded PGlite
// and, when DATABASE_URL is set, again on that PostgreSQL server.
//
// Timeouts are generous on purpose: a test asserts what a user would notice, never how fast
// this machine is today (times live in `npm run bench`). CI shares two cores with whatever else
// runs, and a red run that is not a defect blocks every landing, so a timeout here only catches
// a hang, never a slow but correct run.
const integration = (engine: 'pglite' | 'postgres') => ({
  test: {
    name: `integration-${engine}`,
    include: ['test/integration/**/*.test.ts'],
    globalSetup: ['./test/support/server-build.setup.ts'],
    env: { LOA_TEST_ENGINE: engine, TZ: 'Asia/Ho_Chi_Minh' },
    testTimeout: 180_000,
    hookTimeout: 300_000,
    pool: 'forks' as const,
  },
});

export default defineConfig({
  test: {
    reporters: ['default', './test/support/summary-reporter.ts'],
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts'],
          env: { TZ: 'Asia/Ho_Chi_Minh' },
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      integration('pglite'),
      ...(process.env.DATABASE_URL ? [integration('postgres')] : []),
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          env: { TZ: 'Asia/Ho_Chi_Minh' },
          testTimeout: 300_000,
          hookTimeout: 300_000,
          pool: 'forks' as const,
          fileParallelism: false,
          // A page waited on in Chromium answers when the machine gets to it: vitest's 1 s default
          // for expect.poll made a chart drawn on a busy machine a failure.
          expect: { poll: { timeout: 30_000 } },
        },
      },
    ],
  },
});
