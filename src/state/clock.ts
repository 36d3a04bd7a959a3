/**
 * The one clock: a requestAnimationFrame loop that advances the simulation and the flow
 * animation together. Returns a function that stops it.
 */
import type { AppState } from './appState.svelte.ts';

export function startClock(app: AppState, onFrame?: (seconds: number) => void): () => void {
  let last: number | undefined;
  let id = 0;
  const frame = (now: number) => {
    const seconds = last === undefined ? 0 : Math.min((now - last) / 1000, 0.25);
    last = now;
    app.tick(seconds);
    onFrame?.(seconds);
    id = requestAnimationFrame(frame);
  };
  id = requestAnimationFrame(frame);
  return () => cancelAnimationFrame(id);
}
