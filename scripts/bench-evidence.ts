/**
 * Benchmark of the Evidence section in a real browser: opens the page, opens the section and
 * measures until every target is shown: the computing time (sum of the per-target measures), the
 * longest single target, the wall time from the click, and the long tasks (> 50 ms) the page saw.
 * Runs with and without a 4× CPU throttle (the team's budget rule), a fresh page per run.
 *
 *   npm run build && npx vite preview --port 4173 &
 *   npx tsx scripts/bench-evidence.ts --url http://localhost:4173/ --runs 5
 *
 * Timing on a shared machine is noisy: report the medians and say what else was running.
 */
import { parseArgs } from 'node:util';
import { launchBrowser, openPage } from '../tests/browser/browser.ts';

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://localhost:4173/' },
    runs: { type: 'string', default: '5' },
  },
});
const runs = Math.max(1, Number(values.runs) || 5);

interface Sample {
  busyMs: number;
  longestMs: number;
  longestTarget: string;
  wallMs: number;
  longTasks: number;
  longestTaskMs: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const worst = (xs: number[]) => Math.max(...xs);

const browser = await launchBrowser();
try {
  for (const throttle of [1, 4]) {
    const samples: Sample[] = [];
    for (let i = 0; i < runs; i++) {
      const { page, context, close } = await openPage(browser, values.url, { locale: 'en' });
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
      await page.evaluate(() => {
        const w = window as unknown as { longTasks: { start: number; duration: number }[] };
        w.longTasks = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) w.longTasks.push({ start: e.startTime, duration: e.duration });
        }).observe({ type: 'longtask' });
      });
      const summary = page.getByText(/Show the \d+ targets/);
      await summary.scrollIntoViewIfNeeded();
      // Let the page settle (first projection, fonts) so its own work is not counted.
      await page.waitForTimeout(1500);
      const clicked = await page.evaluate(() => performance.now());
      await summary.click();
      await page
        .getByRole('status')
        .filter({ hasText: /comparisons lie inside the range/ })
        .waitFor({ timeout: 60_000 });
      samples.push(
        await page.evaluate((start) => {
          const measures = performance
            .getEntriesByType('measure')
            .filter((m) => m.name.startsWith('evidence '));
          const longest = measures.reduce((a, b) => (b.duration > a.duration ? b : a));
          const w = window as unknown as { longTasks: { start: number; duration: number }[] };
          const last = Math.max(...measures.map((m) => m.startTime + m.duration));
          // Only what the click started (the page's own start-up work is not the section's).
          const tasks = w.longTasks.filter((t) => t.start >= start).map((t) => t.duration);
          return {
            busyMs: measures.reduce((s, m) => s + m.duration, 0),
            longestMs: longest.duration,
            longestTarget: longest.name.slice('evidence '.length),
            wallMs: last - start,
            longTasks: tasks.length,
            longestTaskMs: tasks.length ? Math.max(...tasks) : 0,
          };
        }, clicked),
      );
      await close();
    }
    const f = (x: number) => x.toFixed(0).padStart(5);
    console.log(
      `CPU ${throttle}×, ${runs} runs (median / worst): computing ${f(median(samples.map((s) => s.busyMs)))} / ${f(worst(samples.map((s) => s.busyMs)))} ms;` +
        ` longest target ${f(median(samples.map((s) => s.longestMs)))} / ${f(worst(samples.map((s) => s.longestMs)))} ms (${samples[0].longestTarget});` +
        ` click to last target ${f(median(samples.map((s) => s.wallMs)))} / ${f(worst(samples.map((s) => s.wallMs)))} ms;` +
        ` long tasks ${median(samples.map((s) => s.longTasks))}, longest ${f(worst(samples.map((s) => s.longestTaskMs)))} ms`,
    );
  }
} finally {
  await browser.close();
}
