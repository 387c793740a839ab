import { defineConfig } from 'vitest/config';

// Three projects: fast unit tests, integration against a real server and SQLite file,
// and end-to-end tests in Debian's Chromium against the built app (run one file at a time).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/core/**/*.test.ts', 'tests/app/**/*.test.ts'],
          environment: 'node',
          // Property tests run hundreds of cases; on a busy two-core CI machine 5 s is not enough.
          // Timeouts only catch hangs here: speed goals live in the benchmarks.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/server/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
