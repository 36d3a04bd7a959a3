/**
 * The page's lower sections are built after the first paint, one per task, so opening the page
 * never blocks the main thread for long (Lighthouse's total blocking time; a school laptop).
 * A section near the screen is built first, in the next task; the rest follow in page order in
 * idle time. Each job builds one section; the order in which sections asked is the page order.
 */
type Job = () => void;

interface Entry {
  job: Job;
  done: boolean;
}

const waiting: Entry[] = [];
const urgent: Entry[] = [];
let firstPaintSeen = false;
let firstPaintAwaited = false;
let idleScheduled = false;
let urgentScheduled = false;
/** While a section is being built, the parts it queues go first (in their order), right after it. */
let insertAt = -1;

/** When to start building if no first paint is reported. */
const FIRST_PAINT_FALLBACK_MS = 3000;
const hasIdleCallback = typeof requestIdleCallback === 'function';

function run(entry: Entry): void {
  if (entry.done) return;
  entry.done = true;
  waiting.splice(waiting.indexOf(entry), 1);
  insertAt = 0;
  try {
    entry.job();
  } finally {
    insertAt = -1;
  }
}

/** One waiting section per idle period (the next one in the next period). */
function scheduleIdle(): void {
  if (idleScheduled || !firstPaintSeen || !waiting.length) return;
  idleScheduled = true;
  const next = () => {
    idleScheduled = false;
    if (waiting.length) run(waiting[0]);
    scheduleIdle();
  };
  // Without requestIdleCallback (Safari), a short timeout still gives a frame between sections.
  if (hasIdleCallback) requestIdleCallback(next, { timeout: 2000 });
  else setTimeout(next, 16);
}

/** Sections near the screen: one per task, before anything idle. */
function scheduleUrgent(): void {
  if (urgentScheduled || !firstPaintSeen || !urgent.length) return;
  urgentScheduled = true;
  setTimeout(() => {
    urgentScheduled = false;
    const entry = urgent.shift();
    if (entry) run(entry);
    scheduleUrgent();
  }, 0);
}

/**
 * Nothing is built before the first contentful paint has been presented: the lower sections must
 * not delay what the first screen shows. Without paint timing, or with nothing to paint (a tab in
 * the background), building starts after a few seconds anyway.
 */
function afterFirstPaint(): void {
  if (firstPaintAwaited) return;
  firstPaintAwaited = true;
  const start = () => {
    if (firstPaintSeen) return;
    firstPaintSeen = true;
    scheduleUrgent();
    scheduleIdle();
  };
  if (
    typeof PerformanceObserver !== 'undefined' &&
    PerformanceObserver.supportedEntryTypes?.includes('paint')
  ) {
    const observer = new PerformanceObserver((list) => {
      if (!list.getEntriesByName('first-contentful-paint').length) return;
      observer.disconnect();
      start();
    });
    observer.observe({ type: 'paint', buffered: true });
  }
  setTimeout(start, FIRST_PAINT_FALLBACK_MS);
}

export interface QueuedMount {
  /** The section is near the screen: build it in the next task. */
  soon(): void;
  /** The section went away before it was built. */
  cancel(): void;
}

/** Queues building a section; `job` runs once (soon, or when its idle turn comes). */
export function queueMount(job: Job): QueuedMount {
  const entry: Entry = { job, done: false };
  if (insertAt >= 0) waiting.splice(insertAt++, 0, entry);
  else waiting.push(entry);
  afterFirstPaint();
  scheduleIdle();
  return {
    soon() {
      if (entry.done || urgent.includes(entry)) return;
      urgent.push(entry);
      scheduleUrgent();
    },
    cancel() {
      if (entry.done) return;
      entry.done = true;
      waiting.splice(waiting.indexOf(entry), 1);
    },
  };
}
