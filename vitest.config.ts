import { defineConfig } from 'vitest/config';

// One config, several projects: the integration suite runs once on an embedded PGlite
// and, when DATABASE_URL is set, again on that PostgreSQL server.
const integration = (engine: 'pglite' | 'postgres') => ({
  test: {
    name: `integration-${engine}`,
    include: ['test/integration/**/*.test.ts'],
    env: { LOA_TEST_ENGINE: engine, TZ: 'Asia/Ho_Chi_Minh' },
    testTimeout: 30_000,
    hookTimeout: 60_000,
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
        },
      },
      integration('pglite'),
      ...(process.env.DATABASE_URL ? [integration('postgres')] : []),
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          env: { TZ: 'Asia/Ho_Chi_Minh' },
          testTimeout: 60_000,
          hookTimeout: 120_000,
          pool: 'forks' as const,
          fileParallelism: false,
        },
      },
    ],
  },
});
