/** Summary statistics for the UI bench: median and 95th percentile (nearest rank), in ms. */

export interface Summary {
  n: number;
  median: number;
  p95: number;
  max: number;
}

/** The value at quantile q (0–1) of the sorted samples, by the nearest-rank method. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
  return sorted[rank - 1];
}

export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].filter(Number.isFinite).sort((a, b) => a - b);
  return {
    n: sorted.length,
    median: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    max: sorted[sorted.length - 1] ?? NaN,
  };
}

export const ms = (v: number): string => (Number.isFinite(v) ? `${v.toFixed(1)} ms` : 'n/a');
