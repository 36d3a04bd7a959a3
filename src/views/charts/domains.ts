/**
 * Value domains for the charts: extents over typed arrays, the serum axis that always shows the
 * clinical bands, and padded domains that do not jump for tiny changes. Pure helpers.
 */

export type Domain = readonly [number, number];

/** Smallest and largest finite value of `arrays` multiplied by `factor`; null when there is none. */
export function extentOf(arrays: readonly ArrayLike<number>[], factor = 1): Domain | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const a of arrays) {
    for (let i = 0; i < a.length; i++) {
      const v = a[i] * factor;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  return Number.isFinite(lo) && Number.isFinite(hi) ? [lo, hi] : null;
}

/** Rounds up to 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × a power of ten. */
export function niceCeil(value: number): number {
  if (!(value > 0) || !Number.isFinite(value)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const steps = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10];
  const m = steps.find((s) => s * power >= value * (1 - 1e-9)) ?? 10;
  return m * power;
}

/** Rounds down to a multiple of a power-of-ten step chosen from the value's size. */
export function niceFloor(value: number, step: number): number {
  return Math.floor(value / step + 1e-9) * step;
}

/** Serum axis: 0 to at least 1.2 mmol/L (all bands visible), higher when the data goes higher. */
export function serumDomain(maxValue: number | null, atLeast = 1.2): Domain {
  const max = maxValue !== null && Number.isFinite(maxValue) ? maxValue * 1.08 : 0;
  return [0, max > atLeast ? niceCeil(max) : atLeast];
}

/** From zero to a nice maximum, never below `atLeast` (so a flat line does not fill the chart). */
export function zeroBasedDomain(extent: Domain | null, atLeast: number): Domain {
  const max = extent ? extent[1] * 1.08 : 0;
  return [0, niceCeil(Math.max(max, atLeast))];
}

/**
 * A domain around `centre` (e.g. 100% of the reference) that always contains ±`minHalfSpan` and
 * the data, rounded out to multiples of `step`.
 */
export function centredDomain(
  extent: Domain | null,
  centre: number,
  minHalfSpan: number,
  step: number,
): Domain {
  const lo = Math.min(centre - minHalfSpan, extent ? extent[0] : centre);
  const hi = Math.max(centre + minHalfSpan, extent ? extent[1] : centre);
  return [Math.max(0, niceFloor(lo, step)), Math.ceil(hi / step - 1e-9) * step];
}

/** The extent over several lines, each with its own factor. */
export function extentOfLines(
  lines: readonly { arrays: readonly ArrayLike<number>[]; factor: number }[],
): Domain | null {
  let out: Domain | null = null;
  for (const l of lines) {
    const e = extentOf(l.arrays, l.factor);
    if (e) out = out ? [Math.min(out[0], e[0]), Math.max(out[1], e[1])] : e;
  }
  return out;
}
