/**
 * Lighthouse 12.2.3 (the last release for Node 20) on the served build, desktop and mobile
 * presets, with Debian's chromium started by chrome-launcher (CHROME_PATH). Offline: the page is
 * on 127.0.0.1 and Lighthouse fetches nothing else; throttling is Lighthouse's simulated default.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/browser/browser.ts';

export interface LighthouseResult {
  formFactor: 'desktop' | 'mobile';
  score: number;
  tbtMs: number;
  fcpMs: number;
  lcpMs: number;
  mainThreadMs: number;
  domElements: number;
}

const CHROMIUM = process.env.CHROME_PATH ?? CHROMIUM_PATH;
// Lighthouse launches chromium itself: the tests' flags, plus headless (Playwright adds that one).
const FLAGS = ['--headless=new', ...CHROMIUM_ARGS];

export async function runLighthouse(
  url: string,
  formFactor: 'desktop' | 'mobile',
): Promise<LighthouseResult> {
  process.env.CHROME_PATH = CHROMIUM;
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: FLAGS,
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] },
      formFactor === 'desktop' ? desktopConfig : undefined,
    );
    if (!result) throw new Error('Lighthouse returned no result');
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const value = (id: string): number => lhr.audits[id]?.numericValue ?? NaN;
    return {
      formFactor,
      score: Math.round((lhr.categories.performance.score ?? NaN) * 100),
      tbtMs: value('total-blocking-time'),
      fcpMs: value('first-contentful-paint'),
      lcpMs: value('largest-contentful-paint'),
      mainThreadMs: value('mainthread-work-breakdown'),
      domElements: value('dom-size'),
    };
  } finally {
    await stopAndSettle(chrome);
  }
}

/**
 * Stops the browser and waits until it has exited, and a second more: a browser still shutting
 * down took CPU from the next run's page (main-thread work 3.4 s instead of 2.6 s, TBT doubled).
 */
async function stopAndSettle(chrome: chromeLauncher.LaunchedChrome): Promise<void> {
  const exited = new Promise<void>((resolve) => {
    if (chrome.process.exitCode !== null || chrome.process.signalCode !== null) resolve();
    else chrome.process.once('exit', () => resolve());
  });
  chrome.kill();
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
  await new Promise((resolve) => setTimeout(resolve, 1000));
}
