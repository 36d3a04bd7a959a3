/** Tick labels in the reader's locale, with as many decimals as the tick step needs. */
import { formatNumber, type Locale } from '../../i18n/index.ts';

/** Decimals needed to tell ticks `step` apart: 1 → 0, 0.2 → 1, 0.25 → 2 (at most 4). */
export function stepDigits(step: number): number {
  if (!(step > 0) || !Number.isFinite(step)) return 0;
  for (let d = 0; d < 4; d++) {
    const scaled = step * 10 ** d;
    if (Math.abs(scaled - Math.round(scaled)) < 1e-6 * Math.max(1, scaled)) return d;
  }
  return 4;
}

/** A formatter for a set of evenly spaced ticks. */
export function tickFormatter(locale: Locale, ticks: readonly number[]): (v: number) => string {
  const step = ticks.length > 1 ? Math.abs(ticks[1] - ticks[0]) : 1;
  const digits = stepDigits(step);
  return (v) => formatNumber(locale, v, digits, digits);
}
