/**
 * Code that runs inside the page. Kept as source text: functions handed to page.evaluate are
 * serialised, and a transpiler's helpers (e.g. esbuild's `__name`) do not exist in the page.
 */

/**
 * Moves the slider `#id` through `values`, one at a time, and returns the time of each move in ms:
 * from just before the input event is dispatched to the end of style and layout. The input
 * handler runs synchronously; Svelte applies the state change in a microtask, which runs before
 * the awaits below resume; reading the layout then forces the style recalculation and layout of the
 * whole document. Paint is not included. Between moves the page gets two frames to settle, so each
 * move is measured on its own, as when a student drags at a normal pace.
 */
export const SLIDER_MOVES = `async ({ id, values }) => {
  const input = document.getElementById(id);
  if (!input) throw new Error('no slider #' + id);
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  const out = [];
  for (const v of values) {
    await frame();
    await frame();
    performance.mark('move-start');
    const t0 = performance.now();
    input.value = String(v);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    for (let i = 0; i < 8; i++) await Promise.resolve();
    document.documentElement.getBoundingClientRect();
    void document.body.offsetHeight;
    out.push(performance.now() - t0);
    performance.measure('slider-move', 'move-start');
  }
  return out;
}`;

/** Intervals between animation frames (ms) over `seconds`, after a short warm-up. */
export const FRAME_INTERVALS = `async ({ seconds, warmupSeconds }) => {
  const frame = () => new Promise((r) => requestAnimationFrame(r));
  const warmEnd = performance.now() + warmupSeconds * 1000;
  while ((await frame()) < warmEnd);
  const out = [];
  let last = await frame();
  const end = last + seconds * 1000;
  while (last < end) {
    const now = await frame();
    out.push(now - last);
    last = now;
  }
  return out;
}`;

/** Number of elements in the document (Lighthouse's DOM size counts the same). */
export const DOM_SIZE = `() => document.getElementsByTagName('*').length`;
