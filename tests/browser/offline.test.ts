/**
 * Offline use: the built site is one self-contained index.html that works when opened straight
 * from a folder or USB stick (file://), with no server and no network.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { launchBrowser, saveScreenshot } from './helpers.ts';

describe('offline, from a folder', () => {
  it('dist/index.html opens from file:// and the model runs', async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      const url = pathToFileURL(resolve('dist/index.html')).href;
      await page.goto(`${url}?locale=en&scenario=depletion-experiment`);
      await page.getByRole('heading', { level: 1, name: 'Magnesium in the body' }).waitFor();
      const time = page.getByRole('region', { name: 'Time and speed' });
      await time.getByRole('button', { name: '+1 day' }).click();
      await expect.poll(() => time.getByText('Day 1', { exact: true }).count()).toBe(1);
      await saveScreenshot(page, 'offline-file-url-en');
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
