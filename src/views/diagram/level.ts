/**
 * A Svelte action for a vessel's fill: D3 sets its y and height. A jump (a reset, the steady
 * state, a scenario) eases to the new level with d3-transition, so the eye can follow where the
 * magnesium went; while the clock plays, or under reduced motion, the level is set at once (one
 * attribute update per frame, no transition).
 */
import { easeCubicOut } from 'd3-ease';
import { interpolateNumber } from 'd3-interpolate';
import { select } from 'd3-selection';
import 'd3-transition';

export interface LevelOptions {
  /** Bottom of the vessel (viewBox units) and the fill height now. */
  bottom: number;
  height: number;
  /** Ease to the new level (false while playing and under reduced motion). */
  animate: boolean;
}

export const LEVEL_TRANSITION_MS = 450;

export function level(node: SVGRectElement, initial: LevelOptions) {
  const rect = select(node);
  let current = initial.height;

  function set(height: number, bottom: number): void {
    current = height;
    rect.attr('y', bottom - height).attr('height', height);
  }
  set(initial.height, initial.bottom);

  return {
    update({ bottom, height, animate }: LevelOptions): void {
      rect.interrupt();
      if (!animate || Math.abs(height - current) < 0.5) return set(height, bottom);
      const between = interpolateNumber(current, height);
      rect
        .transition()
        .duration(LEVEL_TRANSITION_MS)
        .ease(easeCubicOut)
        .tween('level', () => (t: number) => set(between(t), bottom));
    },
    destroy(): void {
      rect.interrupt();
    },
  };
}
