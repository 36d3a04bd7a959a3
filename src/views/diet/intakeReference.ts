/**
 * The scale of the diet builder's bars. What the menu is compared with (the adequate intake, the
 * UL) is decided in src/state/referenceIntake.ts.
 */

/**
 * The end of a bar scale: a round number a little above the largest value shown, so the bars and
 * reference marks always fit. 'Round' means 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten.
 */
export function niceMax(values: readonly number[], minimum = 1): number {
  const top = Math.max(minimum, ...values.filter((v) => Number.isFinite(v))) * 1.05;
  const power = 10 ** Math.floor(Math.log10(top));
  const step = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].find((m) => m * power >= top) ?? 10;
  return step * power;
}
