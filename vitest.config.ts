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
    // Line coverage of the code the tests run in vitest's own processes. It is on whenever
    // NODE_V8_COVERAGE is set (as `npm run coverage` and CI do), the variable that makes every
    // other Node process and worker thread started by the tests (the CLI binary, measure workers)
    // write raw V8 coverage; scripts/coverage.ts merges both per folder of src/ and checks floors.
    coverage: {
      enabled: process.env.NODE_V8_COVERAGE !== undefined,
      provider: 'v8',
      include: ['src/**/*.{ts,mjs}'],
      reporter: [['json', { file: 'coverage-final.json' }]],
      reportsDirectory: 'coverage/in-process',
      // Numbers even when a test fails (the run still fails); the floors are checked by the report.
      reportOnFailure: true,
    },
  },
});
