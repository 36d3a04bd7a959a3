import { defineConfig } from 'vitest/config';

// Browser tier: tests run in node and drive Debian's chromium through playwright-core.
// globalSetup builds the app and serves dist/; see tests/browser/helpers.ts for the test API.
export default defineConfig({
  test: {
    name: 'browser',
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/browser/global-setup.ts'],
    // The fuzzers' seed: fixed in CI, FC_SEED to replay or randomise (see tests/seed.ts).
    setupFiles: ['tests/seed.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Each test file launches its own chromium; keep the number of browsers modest.
    maxWorkers: 2,
    // The files share a worker's modules (playwright-core, the helpers, axe-core's source) instead
    // of importing them again for each file; each file still has its own browser (useBrowser).
    isolate: false,
  },
});
