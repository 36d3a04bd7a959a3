/**
 * How often the views are renewed while the clock plays. The model and the particles move every
 * frame; the numbers, charts and levels at most 15 times a second: text that changes 60 times a
 * second cannot be read, and re-rendering it every frame would halve the frame rate of an old
 * laptop. Also at most every third frame, so on a slow machine, where one renewal takes longer
 * than 1/15 s, the frames in between still only move the particles (else every frame would renew).
 * A renewal is never held back more than a quarter of a second.
 */
export const DISPLAY_REFRESH_SECONDS = 1 / 15;
const DISPLAY_REFRESH_FRAMES = 3;
const DISPLAY_REFRESH_MAX_SECONDS = 0.25;

export class RefreshPacer {
  #seconds = 0;
  #frames = 0;

  /** One frame of `seconds` played; true when the views are due to be renewed now. */
  frame(seconds: number): boolean {
    this.#seconds += seconds;
    this.#frames++;
    if (this.#seconds < DISPLAY_REFRESH_SECONDS) return false;
    return this.#frames >= DISPLAY_REFRESH_FRAMES || this.#seconds >= DISPLAY_REFRESH_MAX_SECONDS;
  }

  /** The views were renewed. */
  renewed(): void {
    this.#seconds = 0;
    this.#frames = 0;
  }
}
