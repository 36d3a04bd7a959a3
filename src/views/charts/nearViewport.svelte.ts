/**
 * Whether an element is on or near the screen, for drawing only what can be seen: a chart below
 * the fold is not redrawn on every slider move (its paths, axes and labels cost most of a move).
 * Where IntersectionObserver does not exist (jsdom, old browsers) everything counts as near.
 */
const MARGIN = '300px 0px';

export class NearViewport {
  /** Near or on screen. Starts false where it can be observed, so a chart below the fold is never built at start-up. */
  near = $state(typeof IntersectionObserver === 'undefined');

  /** Observe `element`; returns the function that stops observing. */
  observe(element: Element): () => void {
    if (typeof IntersectionObserver === 'undefined') return () => {};
    const observer = new IntersectionObserver(
      (entries) => {
        const entry = entries[entries.length - 1];
        if (entry && entry.isIntersecting !== this.near) this.near = entry.isIntersecting;
      },
      { rootMargin: MARGIN },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }
}
