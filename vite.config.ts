/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { contentSecurityPolicy } from './scripts/vite-csp.ts';
import { pageAssets } from './scripts/vite-page-assets.ts';

// Relative base so the built site works from any folder, a USB stick or file server (offline use).
export default defineConfig({
  base: './',
  // index.html (with the CSS in it) and one classic script: opens offline from a folder (file://)
  // as well as from a server. Then a strict Content-Security-Policy with the hashes of what was
  // inlined (order matters).
  plugins: [svelte(), pageAssets(), contentSecurityPolicy()],
  build: {
    // The code is one file: no module to preload (and no preload helper for main.ts's import()).
    modulePreload: false,
    // One style sheet, which goes into index.html (not injected by the script, which the CSP forbids).
    cssCodeSplit: false,
    // The one script is the whole app, the analysis worker's code included (as a string, see
    // scripts/vite-page-assets.ts): about 850 KB, 270 KB gzip. Warn only if it grows well past that.
    chunkSizeWarningLimit: 1100,
    rolldownOptions: {
      // import.meta is only used by Vite's preload helper for the import() calls in main.ts, on a
      // path they never take (one file: nothing to preload); an IIFE has no import.meta.
      checks: { emptyImportMeta: false },
      // Each module's start-up code is compiled when it first runs, not all of it while the page's
      // one script is compiled: with the default (module wrappers as "possibly invoked" function
      // expressions) V8 compiled every module's start-up eagerly, in the HTML parser's task, the
      // longest of the page's opening; now main.ts's staged import() calls spread that over tasks.
      optimization: { pifeForModuleWrappers: false },
      output: {
        // ASCII-only scripts (non-ASCII text as \u escapes): the page's one big inline script is
        // then a one-byte string, which the browser decodes and V8 scans faster than a two-byte one.
        charset: 'ascii',
        // Each module's code in a function of its own rather than all of it in one top-level
        // scope: V8 then compiles and optimises small functions, instead of compiling, and
        // re-parsing for optimisation, one function as large as the app (measured: about a third
        // less main-thread time before the first paint).
        strictExecutionOrder: true,
        // One file, also for main.ts's import() calls (they only spread the code's start-up over
        // several tasks), as a classic script: the page must open from a folder over file://,
        // where a browser loads no module files.
        codeSplitting: false,
        format: 'iife',
      },
    },
  },
  worker: { rolldownOptions: { output: { charset: 'ascii' } } },
  // Two Vitest projects, both run by `npx vitest run` (filter with `--project unit|component`).
  // The browser tier (Playwright + Debian chromium) has its own config: vitest.browser.config.ts.
  test: {
    // tests/seed.ts: one fixed fast-check seed in CI (FC_SEED to replay or randomise).
    setupFiles: ['tests/seed.ts'],
    // Vitest's default is one worker fewer than the cores: a single worker on a 2-core machine.
    maxWorkers: 2,
    // A hang guard, not a speed check (speed is measured by the bench scripts): on a shared 2-core
    // machine a busy moment must not turn a correct test red.
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts', 'tests/validation/**/*.test.ts'],
          // The files share one module graph per worker instead of importing the model again for
          // each of ~80 files (no test here mocks a module or stubs a global).
          isolate: false,
        },
      },
      {
        extends: true,
        // Resolve Svelte's client runtime (not its SSR build) so components can mount in jsdom.
        resolve: { conditions: ['browser'] },
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.ts'],
          // One jsdom and one module graph per worker instead of one per file (the slowest part of
          // this project); tests/setup.ts empties the page after each test. A file that must import
          // after stubbing a global gets a worker of its own (see reducedMotion.test.ts).
          isolate: false,
          // DOM matchers, and unmounting rendered components after each test.
          setupFiles: ['tests/setup.ts', '@testing-library/svelte/vitest'],
        },
      },
    ],
  },
});
