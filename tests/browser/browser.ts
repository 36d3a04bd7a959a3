/**
 * Plain Playwright plumbing shared by the browser tests (via ./helpers.ts) and scripts/screenshot.ts.
 * Deliberately free of Vitest imports so it also runs under `tsx`. Tests should import ./helpers.ts.
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's chromium. We never download a browser; `scripts/ensure-chromium.sh` installs this one. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * Flags for a quiet, hermetic headless run. Playwright adds `--headless` itself (headless: true) and
 * gives every launch a fresh temporary `--user-data-dir` that it deletes on close (it refuses an
 * explicit --user-data-dir in args).
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The two screen sizes we care about. */
export const VIEWPORTS = {
  laptop: { width: 1366, height: 768 },
  fullHd: { width: 1920, height: 1080 },
} as const;

export type Viewport = { width: number; height: number };
export type Locale = 'nl' | 'en';
export type ColorScheme = 'light' | 'dark';
export type ReducedMotion = 'reduce' | 'no-preference';

/** Repository root, so output paths do not depend on the current directory. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SCREENSHOT_DIR = path.join(REPO_ROOT, 'test-output', 'screenshots');

/** Launches headless Debian chromium. Throws a clear error when it is not installed. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `${CHROMIUM_PATH} not found. Run \`bash scripts/ensure-chromium.sh\` (or \`sudo apt-get install chromium\`).`,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

export interface UrlOptions {
  /** Adds `?locale=nl|en`. Omit to test the app's own default. */
  locale?: Locale;
  /** Path relative to the base URL, e.g. 'index.html'. Default: the base URL itself. */
  path?: string;
  /** Extra query parameters. */
  query?: Record<string, string>;
}

/** Builds `<baseUrl><path>?locale=..&...`. */
export function pageUrl(baseUrl: string, options: UrlOptions = {}): string {
  const url = new URL(options.path ?? '', baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`);
  if (options.locale) url.searchParams.set('locale', options.locale);
  for (const [key, value] of Object.entries(options.query ?? {})) url.searchParams.set(key, value);
  return url.href;
}

export interface OpenPageOptions extends UrlOptions {
  /** Emulated `prefers-color-scheme`. Default 'light'. */
  colorScheme?: ColorScheme;
  /** Emulated `prefers-reduced-motion`. Default 'reduce' (stable screenshots); pass 'no-preference' to test animation. */
  reducedMotion?: ReducedMotion;
  /** Default VIEWPORTS.laptop (1366×768). */
  viewport?: Viewport;
  /** Wait until the Svelte app has mounted something into #app. Default true. */
  waitForApp?: boolean;
}

export interface OpenedPage {
  page: Page;
  /** The page's own browser context (fresh storage, cookies, localStorage). */
  context: BrowserContext;
  /** Console errors, uncaught page errors and failed requests seen so far (live array). */
  errors: string[];
  /** Closes the page's context. Safe to call twice. */
  close: () => Promise<void>;
}

/** Opens `baseUrl` in a fresh context with the given locale, colour scheme, motion preference and viewport. */
export async function openPage(
  browser: Browser,
  baseUrl: string,
  options: OpenPageOptions = {},
): Promise<OpenedPage> {
  const context = await browser.newContext({
    viewport: options.viewport ?? VIEWPORTS.laptop,
    colorScheme: options.colorScheme ?? 'light',
    reducedMotion: options.reducedMotion ?? 'reduce',
  });
  const errors: string[] = [];
  await guardContext(context, baseUrl, errors);
  const page = await context.newPage();
  page.on('console', (msg) => {
    if (msg.type() === 'error') {
      const where = msg.location().url;
      errors.push(`console.error: ${msg.text()}${where ? ` (${where})` : ''}`);
    }
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.stack ?? err.message}`));
  page.on('requestfailed', (req) =>
    errors.push(`requestfailed: ${req.url()} (${req.failure()?.errorText ?? 'unknown'})`),
  );
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await context.close();
  };
  try {
    await page.goto(pageUrl(baseUrl, options), { waitUntil: 'load' });
    if (options.waitForApp ?? true) {
      // The first screen is built part by part and shown once complete (main.building until then).
      await page.waitForFunction(
        () =>
          (document.getElementById('app')?.childElementCount ?? 0) > 0 &&
          document.querySelector('main.building') === null,
        null,
        { timeout: 15_000 },
      );
    }
  } catch (err) {
    await close();
    throw new Error(
      `Could not open ${pageUrl(baseUrl, options)}: ${(err as Error).message}\n${errors.join('\n')}`,
      { cause: err },
    );
  }
  return { page, context, errors, close };
}

/**
 * Every page of a test fails on a Content-Security-Policy violation and on a request that leaves
 * the served app: both are written to `errors` as they happen, and such requests are aborted.
 * Chromium logs most violations itself; the event catches all of them, with the directive.
 */
async function guardContext(context: BrowserContext, baseUrl: string, errors: string[]): Promise<void> {
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const where = e.sourceFile ? ` at ${e.sourceFile}:${e.lineNumber}` : '';
      console.error(`CSP violation: ${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}${where}`);
    });
  });
  const origin = new URL(baseUrl).origin;
  await context.route(
    (url) => url.origin !== origin && url.protocol !== 'data:' && url.protocol !== 'blob:',
    (route) => {
      errors.push(`request left the page: ${route.request().url().slice(0, 200)}`);
      return route.abort('blockedbyclient');
    },
  );
}

/**
 * Saves a PNG of the page to `<dir>/<name>.png` (default dir test-output/screenshots/) and returns the path.
 * `name` may contain '/' to group shots in sub-folders.
 */
export async function saveScreenshot(
  page: Page,
  name: string,
  options: { dir?: string; fullPage?: boolean } = {},
): Promise<string> {
  const file = path.join(options.dir ?? SCREENSHOT_DIR, `${name}.png`);
  mkdirSync(path.dirname(file), { recursive: true });
  const fullPage = options.fullPage ?? false;
  // Sections off screen skip rendering (content-visibility: auto): a whole-page picture shows
  // them as they look when scrolled to.
  if (fullPage) await page.evaluate(renderEverySection, true);
  await page.screenshot({ path: file, fullPage, animations: 'disabled' });
  if (fullPage) await page.evaluate(renderEverySection, false);
  return file;
}

/** In the page: draw (or stop drawing) the sections that are off screen. */
function renderEverySection(on: boolean): void {
  const marked = (s: CSSStyleSheet) => s.cssRules[0]?.cssText.includes('content-visibility: visible');
  document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => !marked(s));
  if (!on) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync('* { content-visibility: visible !important; }');
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}
