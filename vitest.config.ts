import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Compiles dist/ (and the web app when stale) first: some tests spawn the built binary.
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Neo4j and browser suites share one server/browser each; files run in parallel otherwise.
    pool: 'forks',
  },
});
