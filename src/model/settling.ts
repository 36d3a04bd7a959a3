/**
 * How long reaching the steady state would take: run the model from a state with fixed inputs
 * until every Mg pool has covered 99% of its way to the steady state. "Naar evenwicht" jumps
 * there at once; this says how long the body would really need (deep bone can take years).
 */
import type { Context } from './fluxes.ts';
import { Rk4 } from './integrator.ts';
import { E, POOL_COUNT, PPI_EXPOSURE } from './state.ts';
import { steadyState } from './steadyState.ts';

export interface SettlingOptions {
  /** Share of the way to the steady state that counts as reached (0.99 = within 1%). */
  share?: number;
  /** Give up after this many days (the answer is then "longer than that"). */
  maxDays?: number;
  /** Differences below this (mmol) count as none: a pool that is already there has nothing to cover. */
  toleranceMmol?: number;
}

export interface Settling {
  /** Days until every pool is `share` of the way there; null when longer than `maxDays`. */
  days: number | null;
  /** Days until serum is `share` of the way there (usually far sooner: bone is slow). */
  serumDays: number | null;
  maxDays: number;
  share: number;
}

/** Days (whole, from `y0`) until every pool is `share` of the way to the steady state of `c`. */
export function settlingDays(y0: Float64Array, c: Context, options: SettlingOptions = {}): Settling {
  const share = options.share ?? 0.99;
  const maxDays = options.maxDays ?? 100 * 365;
  const tolerance = options.toleranceMmol ?? 0.01;
  const target = steadyState(c);
  const y = Float64Array.from(y0);
  // The steady state assumes the PPI response has built up as far as it will; start there too,
  // so the answer is about magnesium, not about the (separate) PPI onset.
  y[PPI_EXPOSURE] = target[PPI_EXPOSURE];
  const allowed = Array.from({ length: POOL_COUNT }, (_, i) =>
    Math.max(tolerance, (1 - share) * Math.abs(y[i] - target[i])),
  );
  const reached = (i: number) => Math.abs(y[i] - target[i]) <= allowed[i];
  const rk = new Rk4();
  let serumDays: number | null = null;
  for (let day = 0; day <= maxDays; day++) {
    if (serumDays === null && reached(E)) serumDays = day;
    if (allowed.every((_, i) => reached(i))) return { days: day, serumDays, maxDays, share };
    rk.advance(y, 1, c); // the run's own step: a coarser one settles somewhere slightly else
  }
  return { days: null, serumDays, maxDays, share };
}
