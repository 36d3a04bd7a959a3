/**
 * The one clock: a d3-timer that advances the simulation and the flow animation together, one
 * tick per animation frame. Returns a function that stops it.
 */
import { timer } from 'd3-timer';
import type { AppState } from './appState.svelte.ts';

/** What the animation reads from the clock: playing time so far, and a call on every frame. */
export interface FrameSource {
  /** Seconds of playing time so far (drives the particles; stands still while paused). */
  readonly flowSeconds: number;
  /** Calls `listener` after every frame of the clock with the playing time; returns the unsubscribe. */
  onFrame(listener: (flowSeconds: number) => void): () => void;
}

/** Longest step one frame may take (a background tab or a stall does not jump the run ahead). */
const MAX_FRAME_SECONDS = 0.25;

export function startClock(app: AppState, onFrame?: (seconds: number) => void): () => void {
  let last: number | undefined;
  const clock = timer((elapsedMs) => {
    const seconds = last === undefined ? 0 : Math.min((elapsedMs - last) / 1000, MAX_FRAME_SECONDS);
    last = elapsedMs;
    app.tick(seconds);
    onFrame?.(seconds);
  });
  return () => clock.stop();
}
