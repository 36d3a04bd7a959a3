/**
 * Offline use: the built site is one self-contained index.html that works when opened straight
 * from a folder or USB stick (file://), with no server and no network, under its
 * Content-Security-Policy (openPage fails on any violation and on any request that leaves).
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { launchBrowser, openPage, saveScreenshot } from './helpers.ts';

describe('offline, from a folder', () => {
  it('dist/ holds one page: every script and style is inside index.html, also the staged start-up', () => {
    // main.ts's import() calls must not split the code into files a file:// page cannot load.
    const files = readdirSync(resolve('dist'), { recursive: true }).map(String);
    expect(files.filter((f) => /\.(m?js|css)$/.test(f))).toEqual([]);
    expect(files).toContain('index.html');
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
