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
  it('dist/ holds the page, its one classic script and the worker file, no module files', () => {
    // main.ts's import() calls must not split the code into module files a file:// page cannot
    // load; the CSS is inside the page; the analysis worker's code is a string in a classic script
    // of its own, which the page loads after its first screen.
    const files = readdirSync(resolve('dist'), { recursive: true }).map((f) =>
      String(f).split(sep).join('/'),
    );
    const code = files.filter((f) => /\.(m?js|css)$/.test(f));
    const entry = /<script defer src="\.\/([^"]+)"><\/script>/.exec(
      readFileSync(resolve('dist/index.html'), 'utf8'),
    )?.[1];
    expect(code).toContain(entry);
    const workers = code.filter((f) => f !== entry);
    expect(workers).toEqual([expect.stringMatching(/^assets\/analysis\.worker-[\w-]+\.js$/)]);
    const [script, worker] = [entry, workers[0]].map((f) => readFileSync(resolve('dist', f ?? ''), 'utf8'));
    for (const text of [script, worker])
      expect(text).not.toMatch(/^\s*(import|export)\b|(?<![\w$.])import\(/m);
    const name = workers[0].split('/').pop() ?? '';
    expect(script).toContain(`globalThis.mgWorkerSourceFiles={${JSON.stringify(name)}:"./${workers[0]}"}`);
    expect(
      worker.startsWith(
        `(globalThis.mgWorkerSources||(globalThis.mgWorkerSources={}))[${JSON.stringify(name)}]="`,
      ),
    ).toBe(true);
  });

  it('dist/index.html opens from file:// and the model runs, loading only its own worker file', async () => {
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
      // The worker's code, loaded once after the first screen (nothing asked for it), from the
      // page's own folder.
      await expect
        .poll(() =>
          page.evaluate(() =>
            Object.keys((globalThis as { mgWorkerSources?: object }).mgWorkerSources ?? {}),
          ),
        )
        .toEqual([expect.stringMatching(/^analysis\.worker-[\w-]+\.js$/)]);
      const base = pathToFileURL(resolve('dist')).href;
      const others = requests.filter(
        (url) => !/^\/assets\/analysis\.worker-[\w-]+\.js$/.test(url.slice(base.length)),
      );
      expect(others).toEqual([]);
      expect(requests.length).toBeLessThanOrEqual(1);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
