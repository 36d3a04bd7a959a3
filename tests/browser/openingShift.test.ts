/**
 * The page is built in short tasks after it opens (views/layout/mountQueue.ts); nothing that is
 * already visible may move while that goes on. The first screen (header, columns and footer) is
 * shown once all its parts are there, and the sections below keep their places. Measured with
 * the browser's own layout-shift entries (what Lighthouse's CLS sums): a footer shown too early
 * moved down the screen as the columns arrived (0.17 on a phone).
 */
import { describe, expect, it } from 'vitest';
import { useBrowser } from './helpers.ts';

const CASES: { name: string; viewport: { width: number; height: number }; query: Record<string, string> }[] =
  [
    { name: 'phone', viewport: { width: 412, height: 823 }, query: {} },
    { name: 'laptop', viewport: { width: 1366, height: 768 }, query: {} },
    { name: 'projector, presenting', viewport: { width: 1280, height: 720 }, query: { present: '1' } },
  ];

describe('opening the page', () => {
  const browser = useBrowser();

  for (const { name, viewport, query } of CASES)
    it(`moves nothing that is visible (${name})`, async () => {
      const { page, errors } = await browser.open({ viewport, query, waitForApp: false });
      // The first screen, then the sections built just after it (near the screen, or idle).
      await page.waitForFunction(
        () => document.querySelector('main') && !document.querySelector('main.building'),
      );
      await page.waitForTimeout(1500);
      const shifts = await page.evaluate(
        () =>
          new Promise<{ value: number; what: string[] }[]>((resolve) => {
            const seen: { value: number; what: string[] }[] = [];
            type Shift = PerformanceEntry & { value: number; sources: { node?: Node | null }[] };
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries() as Shift[])
                seen.push({
                  value: entry.value,
                  what: entry.sources.map(
                    (s) => `${s.node?.nodeName ?? '?'} ${(s.node?.textContent ?? '').slice(0, 40)}`,
                  ),
                });
            }).observe({ type: 'layout-shift', buffered: true });
            setTimeout(() => resolve(seen), 100);
          }),
      );
      const total = shifts.reduce((sum, s) => sum + s.value, 0);
      expect(total, JSON.stringify(shifts)).toBeLessThan(0.01);
      expect(errors).toEqual([]);
    });
});
