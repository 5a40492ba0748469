import { defineConfig } from 'vitest/config';

// Three kinds of test, told apart by file name (shared/DESIGN.md): pure *.test.ts, *.db.test.ts
// against PGlite and PostgreSQL both, *.e2e.test.ts in a real headless Chromium.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'bench/**/*.test.ts'],
          exclude: ['**/*.db.test.ts', '**/*.e2e.test.ts', 'node_modules/**'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'db',
          include: ['src/**/*.db.test.ts', 'test/**/*.db.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['src/**/*.e2e.test.ts', 'test/**/*.e2e.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          globalSetup: ['test/support/build-console.ts'],
        },
      },
    ],
  },
});
