/**
 * Runs `job` once, in idle time, after the reader starts to use the page (the pointer moves, a
 * key, a touch, focus), or `latestMs` after the call if that comes first: for work a first
 * interaction needs ready (starting the projection worker), done before a touch user's first
 * drag and never in the way of the page's first seconds. Returns a function that cancels it.
 */
const FIRST_USE_EVENTS = ['pointermove', 'pointerdown', 'keydown', 'touchstart', 'focusin'] as const;

export function onFirstUse(job: () => void, latestMs = Infinity): () => void {
  let idle: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest: ReturnType<typeof setTimeout> | undefined;
  const start = () => {
    remove();
    clearTimeout(latest);
    // Idle time: never in the way of the event that started it (a drag's first move).
    if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(job, { timeout: 1000 });
    else timer = setTimeout(job, 50);
  };
  const remove = () => {
    for (const type of FIRST_USE_EVENTS) removeEventListener(type, start, { capture: true });
  };
  for (const type of FIRST_USE_EVENTS) addEventListener(type, start, { capture: true, passive: true });
  if (Number.isFinite(latestMs)) latest = setTimeout(start, latestMs);
  return () => {
    remove();
    clearTimeout(latest);
    if (idle !== undefined) cancelIdleCallback(idle);
    clearTimeout(timer);
  };
}
