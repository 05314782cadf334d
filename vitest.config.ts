import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Neo4j and browser suites share one server/browser each; files run in parallel otherwise.
    pool: 'forks',
  },
});
