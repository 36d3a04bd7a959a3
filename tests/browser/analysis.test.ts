/**
 * The explanation section in the built page: no worker until it opens; opened, the worker (mathjs
 * inside) answers over http and from file://, under the page's strict Content-Security-Policy,
 * which allows the worker only as `worker-src blob:` (no eval) with Trusted Types.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { baseUrl, saveScreenshot, useBrowser } from './helpers.ts';

/** Counts workers the page starts and records CSP violations, before any page script runs. */
const WATCH = `
  window.__workers = 0;
  window.__violations = [];
  const Original = window.Worker;
  window.Worker = class extends Original { constructor(...a) { super(...a); window.__workers++; } };
  document.addEventListener('securitypolicyviolation', (e) =>
    window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
`;

async function openSection(page: Page): Promise<void> {
  await page.locator('details.analysis > summary').click();
  await page.getByTestId('time-scales').waitFor({ timeout: 30_000 });
  await page.locator('[data-testid="uncertainty-band"] path').first().waitFor({ timeout: 60_000 });
}

describe('explanation section, built page', () => {
  const browser = useBrowser();
  const dir = mkdtempSync(join(tmpdir(), 'mg-csp-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  for (const [locale, profile] of [
    ['en', 'screen'],
    ['nl', 'projector'],
  ] as const)
    it(`${locale}, ${profile}: no analysis worker until the section opens (by keyboard); every view passes axe`, async () => {
      const context = await browser.browser().newContext({ viewport: { width: 1366, height: 768 } });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await page.addInitScript(WATCH);
      // Day 1: past the predict step, which hides this section (it tells where the run goes).
      await page.goto(`${baseUrl()}?locale=${locale}&profile=${profile}&scenario=loop-diuretic&day=1`);
      await page.waitForFunction((p) => document.documentElement.dataset.profile === p, profile);
      // The first screen is hidden until all its parts are built (nothing in it takes focus before).
      await page.waitForFunction(() => document.querySelector('main.building') === null);
      const workers = () => page.evaluate(() => (window as unknown as { __workers: number }).__workers);
      expect(await workers()).toBe(0);
      // The summary is focusable and Enter opens it. The first use of the page (this focus)
      // starts the projection worker; the analysis worker waits for the section.
      await page.locator('details.analysis > summary').focus();
      await expect.poll(workers, { timeout: 10_000 }).toBe(1);
      await page.keyboard.press('Enter');
      await page.getByTestId('time-scales').waitFor({ timeout: 30_000 });
      await page.locator('[data-testid="uncertainty-band"] path').first().waitFor({ timeout: 60_000 });
      expect(await workers()).toBe(2);
      expect(await axeViolations(page)).toEqual([]);
      // The other views change only the section: audit it (the rest of the page passed just now).
      for (const view of ['sensitivity', 'uncertainty'] as const) {
        await page.locator(`details.analysis input[value="${view}"]`).check();
        await page.getByTestId(view === 'sensitivity' ? 'sensitivity-bars' : 'uncertainty-ranges').waitFor();
        expect(await axeViolations(page, 'details.analysis'), view).toEqual([]);
      }
      await saveScreenshot(page, `analysis-uncertainty-${locale}-${profile}`);
      expect(errors).toEqual([]);
      await context.close();
    });

  it('works from file:// under the page’s strict CSP (worker-src blob: and Trusted Types)', async () => {
    // A copy of dist/ as a teacher would put it on a USB stick; the page carries its own policy.
    cpSync(resolve('dist'), dir, { recursive: true });
    const file = join(dir, 'index.html');
    expect(readFileSync(file, 'utf8')).toMatch(/Content-Security-Policy[^>]*worker-src blob:/);
    const context = await browser.browser().newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.addInitScript(WATCH);
    await page.goto(`${pathToFileURL(file).href}?locale=nl&scenario=ppi-long-term&day=1`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await openSection(page);
    const violations = await page.evaluate(
      () => (window as unknown as { __violations: string[] }).__violations,
    );
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
