/**
 * How often the views are renewed while the clock plays. The model and the particles move every
 * frame; the numbers, charts and levels at most 15 times a second: text that changes 60 times a
 * second cannot be read, and re-rendering it every frame would halve the frame rate of an old
 * laptop. Also at most every third frame, so on a slow machine, where one renewal takes longer
 * than 1/15 s, the frames in between still only move the particles (else every frame would renew).
 * And renewing takes at most about a third of the time: the frame that shows a renewal tells what
 * it cost, and the next one waits three times that long (an old laptop renews some 5 times a
 * second and keeps the particles at 60 frames a second). A renewal is never held back more than
 * a quarter of a second.
 */
export const DISPLAY_REFRESH_SECONDS = 1 / 15;
const DISPLAY_REFRESH_FRAMES = 3;
export const DISPLAY_REFRESH_MAX_SECONDS = 0.25;
/** Time between renewals, at least this many times what the last renewal's frame took. */
const RENEWAL_COST_SHARE = 3;

export class RefreshPacer {
  #seconds = 0;
  #frames = 0;
  /** The next frame is the one that showed a renewal: its length is what the renewal cost. */
  #costNext = false;
  #renewalSeconds = 0;

  /** One frame of `seconds` played; true when the views are due to be renewed now. */
  frame(seconds: number): boolean {
    if (this.#costNext) {
      this.#renewalSeconds = Number.isFinite(seconds) && seconds > 0 ? seconds : 0;
      this.#costNext = false;
    }
    this.#seconds += seconds;
    this.#frames++;
    if (this.#seconds < DISPLAY_REFRESH_SECONDS) return false;
    if (this.#seconds >= DISPLAY_REFRESH_MAX_SECONDS) return true;
    return (
      this.#frames >= DISPLAY_REFRESH_FRAMES && this.#seconds >= RENEWAL_COST_SHARE * this.#renewalSeconds
    );
  }

  /** The views were renewed. */
  renewed(): void {
    this.#seconds = 0;
    this.#frames = 0;
    this.#costNext = true;
  }
}
