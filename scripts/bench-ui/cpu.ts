/**
 * Main-thread CPU time from a Chrome trace: the sum of the thread time (tdur) of the top-level
 * rendering-thread events (script, style, layout, paint). Unlike wall-clock times it hardly
 * changes when other processes compete for the cores, so before/after comparisons on a busy
 * machine stay meaningful. Throttled runs report throttled CPU time.
 */
import type { Page } from 'playwright-core';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
}

const WORK = new Set([
  'FireAnimationFrame',
  'FunctionCall',
  'EventDispatch',
  'TimerFire',
  'RunMicrotasks',
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'Layerize',
  'ParseHTML',
  'EvaluateScript',
]);

/** Thread time (ms) of the top-level work events on the page's busiest thread (its main thread). */
export function mainThreadCpuMs(events: readonly TraceEvent[]): number {
  const work = events.filter((e) => e.ph === 'X' && WORK.has(e.name) && e.dur !== undefined);
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of work) {
    const key = `${e.pid}:${e.tid}`;
    byThread.set(key, [...(byThread.get(key) ?? []), e]);
  }
  let best = 0;
  for (const list of byThread.values()) {
    list.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
    let end = -Infinity;
    let sum = 0;
    for (const e of list) {
      if (e.ts < end) continue; // nested in an event already counted
      end = e.ts + (e.dur ?? 0);
      sum += (e.tdur ?? e.dur ?? 0) / 1000;
    }
    best = Math.max(best, sum);
  }
  return best;
}

/** Runs `work` while tracing the page and returns its result with the main-thread CPU time in ms. */
export async function withCpuTime<T>(
  page: Page,
  work: () => Promise<T>,
): Promise<{ result: T; cpuMs: number }> {
  const browser = page.context().browser();
  if (!browser) throw new Error('no browser for tracing');
  await browser.startTracing(page, { categories: ['devtools.timeline'] });
  const result = await work();
  const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
  return { result, cpuMs: mainThreadCpuMs(trace.traceEvents) };
}
