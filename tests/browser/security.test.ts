/**
 * The built page ships a strict Content-Security-Policy (issue 10, defect 10) and talks to no one:
 * the policy is in the page, allowing its own script file and the hash of its inline style, nothing violates it
 * while a student uses the page, the violation detector that every browser test carries
 * (./browser.ts) does see a violation, and no request leaves after loading. From file:// the
 * same holds: ./offline.test.ts.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, useBrowser } from './helpers.ts';

const DIST = path.join(REPO_ROOT, 'dist');

function builtPolicy(): { html: string; directives: Map<string, string[]> } {
  const html = readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const content = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
  const directives = new Map(
    content.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name, values] as [string, string[]];
    }),
  );
  return { html, directives };
}

const hashOf = (body: string) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`;

/** A student's few minutes: scenario, play, a slider, a typed value, language, the diet menu. */
async function useThePage(page: Page): Promise<void> {
  await page.getByRole('combobox', { name: 'Scenario' }).selectOption('loop-diuretic');
  await page.getByRole('radio', { name: 'fallen' }).check();
  await page.getByRole('button', { name: 'Record my prediction and start' }).click();
  await page.getByRole('slider', { name: 'Magnesium from food' }).fill('120');
  await page.getByRole('spinbutton', { name: /Magnesium from food/ }).fill('1e308');
  await page.getByRole('button', { name: 'Use this menu in the model' }).click();
  await page.getByRole('radio', { name: 'Nederlands' }).check();
  await page.getByRole('button', { name: 'Pauze' }).first().click();
  await page.getByRole('button', { name: '+1 dag' }).click();
  // The explanation section starts its worker from a Blob URL: allowed, and local.
  await page.locator('details.analysis > summary').click();
  await page.locator('[data-testid="uncertainty-band"] path').first().waitFor({ timeout: 60_000 });
}

describe('Content-Security-Policy and requests', () => {
  const browser = useBrowser();

  it('the built page carries a strict policy: its own script file, the hash of its inline style', () => {
    const { html, directives } = builtPolicy();
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('require-trusted-types-for')).toEqual(["'script'"]);
    expect(directives.get('trusted-types')).toEqual(['svelte-trusted-html', 'mg-analysis-worker']);
    expect(directives.get('worker-src')).toEqual(['blob:']);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(html).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|strict-dynamic/);
    // One script, a deferred classic file next to the page ('self'); nothing inline.
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts).toHaveLength(1);
    expect(scripts[0][1]).toMatch(/^ defer src="\.\/assets\/[\w-]+\.js"$/);
    expect(scripts[0][2]).toBe('');
    expect(directives.get('script-src')).toEqual(["'self'"]);
    const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => hashOf(m[1]));
    expect(directives.get('style-src')).toEqual(styles);
    // The policy comes before anything it governs.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.search(/<script|<style|<link/));
  });

  it('a student uses the page: no violation, no request after loading but its own worker file', async () => {
    const { page, errors } = await browser.open({ locale: 'en' });
    const loaded = new URL(page.url()).origin;
    const requests: string[] = [];
    // A Blob URL (the analysis worker's code, made by the page itself) is not a request out, nor
    // is the worker's code loaded once from the page's own folder after the first screen.
    const workerFiles: string[] = [];
    page.on('request', (r) => {
      const url = r.url();
      if (url.startsWith(`${loaded}/assets/analysis.worker-`)) workerFiles.push(url);
      else if (!url.startsWith('blob:')) requests.push(url);
    });
    await useThePage(page);
    await page.waitForTimeout(300); // let anything the steps set off be sent
    expect(requests).toEqual([]);
    expect(workerFiles.length).toBeLessThanOrEqual(1);
    expect(errors).toEqual([]);
    expect(loaded).toMatch(/^http:\/\/127\.0\.0\.1:/);

    // The detector works: these break the policy (an inline style, markup without Trusted Types, a
    // fetch). Not eval: DevTools' evaluate is exempt, and the policy above has no 'unsafe-eval'.
    await page.evaluate(() => {
      document.body.setAttribute('style', 'outline: 1px solid red');
      const attempts = [
        () => document.body.insertAdjacentHTML('beforeend', '<b>x</b>'),
        () => fetch('./index.html'),
      ];
      for (const attempt of attempts) {
        try {
          void (attempt() as unknown as Promise<unknown> | undefined)?.catch?.(() => {});
        } catch {
          // refused, as it should be
        }
      }
    });
    await expect
      .poll(() => errors.filter((e) => e.includes('CSP violation')).map((e) => e.split(' ')[3]))
      .toEqual(expect.arrayContaining(['style-src-attr', 'require-trusted-types-for', 'connect-src']));
    expect(requests).toEqual([]);
  });
});
