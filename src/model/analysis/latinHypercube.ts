/**
 * Latin hypercube sample in the unit cube: each of the d dimensions is cut into n equally likely
 * strata and every stratum is used exactly once, so 100 sets cover each parameter's range evenly
 * (plain random sampling leaves gaps and clumps).
 */
import type { Random } from './random.ts';

/** n points in [0, 1)^d, as n rows of d coordinates. */
export function latinHypercube(n: number, d: number, random: Random): number[][] {
  const points = Array.from({ length: n }, () => new Array<number>(d).fill(0));
  for (let dim = 0; dim < d; dim++) {
    const strata = Array.from({ length: n }, (_, i) => i);
    // Fisher–Yates shuffle: which point gets which stratum.
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [strata[i], strata[j]] = [strata[j], strata[i]];
    }
    for (let i = 0; i < n; i++) points[i][dim] = (strata[i] + random()) / n;
  }
  return points;
}
