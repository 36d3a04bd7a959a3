/**
 * Offline use: the built site is index.html and one classic script (no module files, which a
 * browser refuses over file://); it works when opened straight from a folder or USB stick
 * (file://), with no server and no network, under its
 * Content-Security-Policy (openPage fails on any violation and on any request that leaves).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { launchBrowser, openPage, saveScreenshot } from './helpers.ts';

describe('offline, from a folder', () => {
  it('dist/ holds one page and one classic script, also for the staged start-up and the worker', () => {
    // main.ts's import() calls must not split the code into module files a file:// page cannot
    // load; the analysis worker's code travels inside the script; the CSS inside the page.
    const files = readdirSync(resolve('dist'), { recursive: true }).map(String);
    const code = files.filter((f) => /\.(m?js|css)$/.test(f));
    expect(code).toHaveLength(1);
    const script = readFileSync(resolve('dist', code[0]), 'utf8');
    expect(script).not.toMatch(/^\s*(import|export)\b|(?<![\w$.])import\(/m);
    expect(script).toContain('globalThis.mgWorkerSources={"analysis.worker-');
    expect(readFileSync(resolve('dist', 'index.html'), 'utf8')).toContain(
      `<script defer src="./${code[0].split(sep).join('/')}"></script>`,
    );
  });

  it('dist/index.html opens from file:// and the model runs, sending no request', async () => {
    const browser = await launchBrowser();
    try {
      const { page, errors } = await openPage(browser, pathToFileURL(resolve('dist')).href + '/', {
        path: 'index.html',
        locale: 'en',
        query: { scenario: 'depletion-experiment' },
      });
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      await page.getByRole('heading', { level: 1, name: 'Magnesium in the body' }).waitFor();
      const time = page.getByRole('region', { name: 'Time and speed' });
      await time.getByRole('button', { name: '+1 day' }).click();
      await expect.poll(() => time.getByText('Day 1', { exact: true }).count()).toBe(1);
      await page.getByRole('radio', { name: 'Nederlands' }).check();
      await saveScreenshot(page, 'offline-file-url-en');
      expect(requests).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
