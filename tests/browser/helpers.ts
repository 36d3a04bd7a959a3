/**
 * Helpers for browser tests (tests/browser/**\/*.test.ts, run by `npm run test:browser` or `npm test`).
 *
 * The tier's globalSetup (./global-setup.ts) builds the app once, serves dist/ with `vite preview` on a
 * free 127.0.0.1 port and hands the URL to the tests; Playwright drives Debian's /usr/bin/chromium.
 *
 * Typical journey:
 *
 *   import { describe, expect, it } from 'vitest';
 *   import { saveScreenshot, useBrowser, VIEWPORTS } from './helpers.ts';
 *
 *   describe('changing the diet', () => {
 *     const browser = useBrowser(); // one chromium per file; contexts opened in a test close after it
 *
 *     it('shows the English dark view', async () => {
 *       const { page, errors } = await browser.open({ locale: 'en', colorScheme: 'dark' });
 *       await page.getByRole('button', { name: 'Run' }).click();
 *       await saveScreenshot(page, 'diet-en-dark'); // -> test-output/screenshots/diet-en-dark.png
 *       expect(errors).toEqual([]);
 *     });
 *   });
 *
 * API
 * - useBrowser(): call inside a describe (or at file top level). Registers beforeAll/afterEach/afterAll
 *   hooks and returns { open(options?), browser() }.
 *     open(options) -> Promise<OpenedPage> = { page, context, errors, close }, a fresh context (clean
 *     storage) at the app URL, after the Svelte app has mounted. Options (all optional):
 *       locale: 'nl' | 'en'                  adds ?locale=… (omit to test the app default)
 *       colorScheme: 'light' | 'dark'        prefers-color-scheme, default 'light'
 *       reducedMotion: 'reduce' | 'no-preference'   default 'reduce' (deterministic screenshots)
 *       viewport: { width, height }          default VIEWPORTS.laptop (1366×768); VIEWPORTS.fullHd = 1920×1080
 *       path: string, query: Record<string,string>  extra URL path / query parameters
 *       waitForApp: boolean                  default true (waits for #app to have content and its first screen to be built)
 *     errors: live list of console errors, uncaught exceptions, failed requests, Content-Security-Policy
 *     violations and requests that leave the served app (those are aborted); assert it is empty.
 * - screenProblems(page) (./sanity.ts): blank page, sideways scroll, NaN/Infinity/undefined on screen.
 * - saveScreenshot(page, name, { fullPage?, dir? }) -> Promise<path>: writes test-output/screenshots/<name>.png.
 * - appUrl(options?) -> string: the served app URL (with ?locale=… etc.) for page.goto in an open page.
 * - launchBrowser(), openPage(browser, baseUrl, options), pageUrl(): lower-level building blocks.
 *
 * Environment knobs for faster iteration:
 *   BROWSER_TEST_SKIP_BUILD=1   serve the existing dist/ without rebuilding
 *   BROWSER_TEST_URL=http://…   test an already running server (no build, no server started)
 */
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import type { Browser } from 'playwright-core';
import {
  launchBrowser,
  openPage,
  pageUrl,
  type OpenedPage,
  type OpenPageOptions,
  type UrlOptions,
} from './browser.ts';

export * from './browser.ts';

/** Base URL of the served app (from the globalSetup), always ending in '/'. */
export function baseUrl(): string {
  return inject('baseUrl');
}

/** The app URL with locale/path/query applied. */
export function appUrl(options: UrlOptions = {}): string {
  return pageUrl(baseUrl(), options);
}

export interface BrowserFixture {
  /** Opens the app in a fresh context; the context is closed automatically after the current test. */
  open: (options?: OpenPageOptions) => Promise<OpenedPage>;
  /** The launched browser (only valid inside tests and hooks). */
  browser: () => Browser;
}

/** Launches chromium for this file/describe and cleans up after each test and at the end. */
export function useBrowser(): BrowserFixture {
  let browser: Browser | undefined;
  const opened: OpenedPage[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((p) => p.close()));
  });
  afterAll(async () => {
    await browser?.close();
    browser = undefined;
  });

  const get = (): Browser => {
    if (!browser) throw new Error('useBrowser(): the browser is only available inside tests and hooks');
    return browser;
  };

  return {
    browser: get,
    async open(options = {}) {
      const page = await openPage(get(), baseUrl(), options);
      opened.push(page);
      return page;
    },
  };
}
