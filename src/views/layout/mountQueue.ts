/**
 * The page is built in short tasks, so opening it never blocks the main thread for long (a school
 * laptop, a phone: input and paint get their turn between the tasks). The first screen comes
 * first: its parts (queueFirstScreen) one per task, in page order, right after the page's frame.
 * The lower sections wait for the first paint and those parts. A section that comes near the
 * screen is then built in the next task. The others follow in page order, one per idle period, once
 * the reader starts to use the page (a key, the pointer, a touch, scrolling, focus) or after
 * IDLE_START_MS: the first seconds, when the reader looks at the first screen and reaches for
 * it, belong to the first screen. A keyboard or screen-reader user's first key or focus move
 * starts the building, well before they can tab or read down to a section.
 */
type Job = () => void;

interface Entry {
  job: Job;
  done: boolean;
}

const firstScreen: Entry[] = [];
const waiting: Entry[] = [];
const urgent: Entry[] = [];
let firstPaintSeen = false;
let firstPaintAwaited = false;
/** The reader has started to use the page, or IDLE_START_MS have passed since the first paint. */
let idleOpen = false;
let idleScheduled = false;
let urgentScheduled = false;
/** While a section is being built, the parts it queues go first (in their order), right after it. */
let insertAt = -1;

/** When to start building if no first paint is reported. */
const FIRST_PAINT_FALLBACK_MS = 3000;
/** Idle building starts this long after the first paint if the reader has not started before. */
export const IDLE_START_MS = 3000;
/** What counts as starting to use the page. */
const USE_EVENTS = [
  'keydown',
  'pointerdown',
  'pointermove',
  'touchstart',
  'wheel',
  'scroll',
  'focusin',
] as const;
const hasIdleCallback = typeof requestIdleCallback === 'function';
/**
 * While a slider is dragged (input events), nothing is built: a section built between two moves
 * would put its construction, and its first style and layout, into the next move's frame. The
 * building goes on once the controls have been still this long.
 */
export const DRAG_QUIET_MS = 300;
let lastInputAt = -Infinity;
const dragging = (): boolean => performance.now() - lastInputAt < DRAG_QUIET_MS;

/** Each first-screen part in a task of its own, as soon as possible (no timer clamping). */
let firstScreenScheduled = false;
const afterThisTask = (fn: () => void): void => void setTimeout(fn, 0);
const nextTask: (fn: () => void) => void =
  typeof MessageChannel === 'function'
    ? (() => {
        const channel = new MessageChannel();
        let pending: (() => void) | undefined;
        channel.port1.onmessage = () => pending?.();
        return (fn) => {
          pending = fn;
          channel.port2.postMessage(null);
        };
      })()
    : (fn) => setTimeout(fn, 0);

const firstScreenWaiters: (() => void)[] = [];

/** Calls `done` once every part of the first screen queued so far is built. */
export function whenFirstScreenBuilt(done: () => void): void {
  firstScreenWaiters.push(done);
  // Parts queue themselves while the page is built: look in the next task at the earliest.
  afterThisTask(settleFirstScreen);
}

function settleFirstScreen(): void {
  if (firstScreen.length || firstScreenScheduled) return;
  for (const done of firstScreenWaiters.splice(0)) done();
}

function scheduleFirstScreen(): void {
  if (firstScreenScheduled || !firstScreen.length) return;
  firstScreenScheduled = true;
  nextTask(() => {
    firstScreenScheduled = false;
    const entry = firstScreen.shift();
    if (entry && !entry.done) {
      entry.done = true;
      entry.job();
    }
    if (firstScreen.length) scheduleFirstScreen();
    else {
      settleFirstScreen();
      scheduleUrgent();
      scheduleIdle();
    }
  });
}

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
  if (idleScheduled || !firstPaintSeen || !idleOpen || firstScreen.length || !waiting.length) return;
  idleScheduled = true;
  const next = () => {
    if (dragging()) return void setTimeout(next, DRAG_QUIET_MS);
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
  if (urgentScheduled || !firstPaintSeen || firstScreen.length || !urgent.length) return;
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
    setTimeout(openIdle, IDLE_START_MS);
    scheduleUrgent();
    scheduleIdle();
  };
  for (const type of USE_EVENTS) addEventListener(type, openIdle, { capture: true, passive: true });
  addEventListener('input', () => (lastInputAt = performance.now()), { capture: true, passive: true });
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

/** From now on the waiting sections are built in idle time. */
function openIdle(): void {
  if (idleOpen) return;
  idleOpen = true;
  for (const type of USE_EVENTS) removeEventListener(type, openIdle, { capture: true });
  scheduleIdle();
}

/** Queues building a part of the first screen: in the next free task, before anything lower. */
export function queueFirstScreen(job: Job): { cancel(): void } {
  const entry: Entry = { job, done: false };
  firstScreen.push(entry);
  scheduleFirstScreen();
  return {
    cancel() {
      entry.done = true;
      const i = firstScreen.indexOf(entry);
      if (i >= 0) firstScreen.splice(i, 1);
    },
  };
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
