/**
 * Where the intake and supplement bars put their fill and markers. What the intake is compared
 * with (the adequate intake, the UL) is decided in src/state/referenceIntake.ts.
 */

/** Percent position (0–100) of a value on a bar from 0 to scaleMax, clipped to the bar. */
export function barPercent(value: number, scaleMax: number): number {
  if (!(scaleMax > 0) || !Number.isFinite(value)) return 0;
  return Math.min(100, Math.max(0, (100 * value) / scaleMax));
}

/** The intake bar shows twice the AI, or more when the intake is larger. */
export const intakeScaleMax = (intakeMgPerDay: number, aiMgPerDay: number): number =>
  Math.max(2 * aiMgPerDay, intakeMgPerDay);
