/** How often a playing run renews the views: readable, and never at the cost of the animation. */
import { describe, expect, it } from 'vitest';
import {
  DISPLAY_REFRESH_MAX_SECONDS,
  DISPLAY_REFRESH_SECONDS,
  RefreshPacer,
} from '../../../src/state/refreshPacer.ts';

/** Plays frames of the given lengths; returns the indices of the frames that renewed. */
function renewals(pacer: RefreshPacer, frames: number[]): number[] {
  const out: number[] = [];
  frames.forEach((seconds, i) => {
    if (pacer.frame(seconds)) {
      out.push(i);
      pacer.renewed();
    }
  });
  return out;
}

describe('RefreshPacer', () => {
  it('renews 15 times a second at 60 frames a second', () => {
    const got = renewals(new RefreshPacer(), Array(60).fill(1 / 60));
    expect(got.length).toBeGreaterThanOrEqual(14);
    expect(got.length).toBeLessThanOrEqual(15);
  });

  it('renews at most every third frame when frames are slow', () => {
    const got = renewals(new RefreshPacer(), Array(12).fill(0.1));
    for (let i = 1; i < got.length; i++) expect(got[i] - got[i - 1]).toBeGreaterThanOrEqual(2);
    expect(got.length).toBeGreaterThan(2);
  });

  it('on a slow machine a costly renewal is followed by frames that only move the particles', () => {
    // An old laptop: each renewal's frame takes 80 ms, the frames in between 1/60 s.
    const pacer = new RefreshPacer();
    const lengths: number[] = [];
    let since = 0;
    for (let i = 0; i < 200; i++) {
      const seconds = since === 1 ? 0.08 : 1 / 60;
      lengths.push(seconds);
      since = pacer.frame(seconds) ? (pacer.renewed(), 1) : since === 0 ? 0 : since + 1;
    }
    // Renewals take at most about a third of the time...
    const renewalCount = lengths.filter((s) => s === 0.08).length;
    const total = lengths.reduce((a, b) => a + b, 0);
    expect((renewalCount * 0.08) / total).toBeLessThanOrEqual(0.4);
    // ...so most frames are short ones, and the views are still renewed 4 times a second or more.
    expect(lengths.filter((s) => s < 0.02).length / lengths.length).toBeGreaterThan(0.75);
    expect(renewalCount / total).toBeGreaterThanOrEqual(1 / DISPLAY_REFRESH_MAX_SECONDS - 0.5);
  });

  it('never holds a renewal back longer than a quarter of a second', () => {
    const pacer = new RefreshPacer();
    pacer.renewed();
    expect(pacer.frame(2)).toBe(true); // a very costly renewal: the next one still comes
    pacer.renewed();
    let held = 0;
    while (!pacer.frame(1 / 60)) held += 1 / 60;
    expect(held).toBeLessThan(DISPLAY_REFRESH_MAX_SECONDS);
    expect(held + 1 / 60).toBeGreaterThanOrEqual(DISPLAY_REFRESH_SECONDS);
  });
});
