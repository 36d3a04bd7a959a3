/**
 * Whether an element is on or near the screen, for drawing only what can be seen: a chart below
 * the fold is not redrawn on every slider move (its paths, axes and labels cost most of a move).
 * Where IntersectionObserver does not exist (jsdom, old browsers) everything counts as near.
 */
import { getContext, setContext } from 'svelte';
import { watchNearScreen } from '../layout/nearScreen.ts';
const MARGIN = '300px 0px';

export class NearViewport {
  /** Near or on screen. Starts false where it can be observed, so a chart below the fold is never built at start-up. */
  near = $state(typeof IntersectionObserver === 'undefined');

  /** Observe `element`; returns the function that stops observing. */
  observe(element: Element): () => void {
    if (typeof IntersectionObserver === 'undefined') return () => {};
    return watchNearScreen(element, MARGIN, (near) => {
      if (near !== this.near) this.near = near;
    });
  }
}

const CARD_VIEW = Symbol('chart card in view');

/** The chart card's view, for what it holds (its text alternative). */
export const provideCardView = (view: NearViewport): NearViewport => setContext(CARD_VIEW, view);
/** The enclosing chart card's view; undefined outside a card (then always treated as in view). */
export const useCardView = (): NearViewport | undefined => getContext<NearViewport | undefined>(CARD_VIEW);
