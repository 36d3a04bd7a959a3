/**
 * The explanation section in the built page: no worker until it opens; opened, the worker (mathjs
 * inside) answers over http and from file://, also under a strict Content-Security-Policy that
 * allows the worker only as `worker-src blob:` (no eval) with Trusted Types.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
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

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core (WCAG 2.1 A/AA) on the whole page: rule ids and targets of what it finds. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    type Result = { violations: { id: string; nodes: { target: string[] }[] }[] };
    const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<Result> } }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** dist/index.html with a strict CSP meta tag: hashes for the inline module script and style. */
function withStrictCsp(html: string): string {
  const script = /<script type="module">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
  const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
  const policy = [
    "default-src 'none'",
    `script-src ${sha256(script)}`,
    `style-src ${sha256(style)} 'unsafe-inline'`,
    "img-src 'self' data:",
    "manifest-src 'self'",
    'worker-src blob:',
    "require-trusted-types-for 'script'",
    'trusted-types svelte-trusted-html mg-analysis-worker',
  ].join('; ');
  return html.replace('<head>', `<head><meta http-equiv="Content-Security-Policy" content="${policy}">`);
}

describe('explanation section, built page', () => {
  const browser = useBrowser();
  const dir = mkdtempSync(join(tmpdir(), 'mg-csp-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  for (const [locale, profile] of [
    ['en', 'screen'],
    ['nl', 'projector'],
  ] as const)
    it(`${locale}, ${profile}: no worker until the section opens (by keyboard); every view passes axe`, async () => {
      const context = await browser.browser().newContext({ viewport: { width: 1366, height: 768 } });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await page.addInitScript(WATCH);
      await page.goto(`${baseUrl()}?locale=${locale}&profile=${profile}&scenario=loop-diuretic`);
      await page.waitForFunction((p) => document.documentElement.dataset.profile === p, profile);
      const workers = () => page.evaluate(() => (window as unknown as { __workers: number }).__workers);
      expect(await workers()).toBe(0);
      // The summary is focusable and Enter opens it.
      await page.locator('details.analysis > summary').focus();
      await page.keyboard.press('Enter');
      await page.getByTestId('time-scales').waitFor({ timeout: 30_000 });
      await page.locator('[data-testid="uncertainty-band"] path').first().waitFor({ timeout: 60_000 });
      expect(await workers()).toBe(1);
      expect(await axeViolations(page)).toEqual([]);
      for (const view of ['sensitivity', 'uncertainty'] as const) {
        await page.locator(`details.analysis input[value="${view}"]`).check();
        await page.getByTestId(view === 'sensitivity' ? 'sensitivity-bars' : 'uncertainty-ranges').waitFor();
        expect(await axeViolations(page)).toEqual([]);
      }
      await saveScreenshot(page, `analysis-uncertainty-${locale}-${profile}`);
      expect(errors).toEqual([]);
      await context.close();
    });

  it('works from file:// under a strict CSP with worker-src blob: and Trusted Types', async () => {
    // A copy of dist/ (favicon, manifest) with the policy in its page.
    cpSync(resolve('dist'), dir, { recursive: true });
    const file = join(dir, 'index.html');
    writeFileSync(file, withStrictCsp(readFileSync(resolve('dist/index.html'), 'utf8')));
    const context = await browser.browser().newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.addInitScript(WATCH);
    await page.goto(`${pathToFileURL(file).href}?locale=nl&scenario=ppi-long-term`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await openSection(page);
    const violations = await page.evaluate(
      () => (window as unknown as { __violations: string[] }).__violations,
    );
    expect(violations.filter((v) => /script-src|worker-src|trusted-types/.test(v))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
