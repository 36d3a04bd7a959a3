/**
 * The two mechanism curves students look at, for the current inputs: how the absorbed fraction
 * falls as intake rises, and how urinary Mg follows serum across the renal threshold.
 */
import { absorption } from './absorption.ts';
import { calibratedTheta } from './calibration.ts';
import { validateInputs, type ModelInputs } from './inputs.ts';
import { urineMmolPerDay } from './kidney.ts';
import { effectsOf, type Effects } from './modifiers.ts';
import { DEFAULT_PARAMETERS, type ParameterValues } from './parameters.ts';
import { mmolToMg } from './units.ts';

export interface CurvePoint {
  x: number;
  y: number;
}

/** Gross fractional absorption (0–1) of the whole oral intake when food Mg is `foodMgPerDay`. */
export function fractionalAbsorptionAt(
  inputs: ModelInputs,
  foodMgPerDay: number,
  serumMmolPerL: number,
  p: ParameterValues = DEFAULT_PARAMETERS,
): number {
  const valid = validateInputs({ ...inputs, intakeMgPerDay: foodMgPerDay }).inputs;
  return fractionOf(effectsOf(valid, p), serumMmolPerL, p);
}

function fractionOf(e: Effects, serumMmolPerL: number, p: ParameterValues): number {
  const oral = e.foodMmolPerDay + e.waterMmolPerDay + e.supplementMmolPerDay;
  if (oral <= 1e-9) {
    const tiny = 1e-9;
    const first = { ...e, foodMmolPerDay: tiny, foodAvailability: 1 };
    return absorption(serumMmolPerL, first, p).mealAbsorbedMmolPerDay / tiny;
  }
  const a = absorption(serumMmolPerL, e, p);
  return (a.mealAbsorbedMmolPerDay + a.supplementAbsorbedMmolPerDay) / oral;
}

/** The absorption curve over food intake 0 … max; inputs are validated once, not per point. */
export function absorptionCurve(
  inputs: ModelInputs,
  serumMmolPerL: number,
  maxFoodMgPerDay = 1000,
  points = 101,
  p: ParameterValues = DEFAULT_PARAMETERS,
): CurvePoint[] {
  const valid = validateInputs(inputs).inputs;
  return Array.from({ length: points }, (_, i) => {
    const x = (maxFoodMgPerDay * i) / (points - 1);
    return { x, y: fractionOf(effectsOf({ ...valid, intakeMgPerDay: x }, p), serumMmolPerL, p) };
  });
}

/** Urinary Mg (mg/day) at serum S for the current kidney function and drugs. */
export function urineMgPerDayAt(
  inputs: ModelInputs,
  serumMmolPerL: number,
  p: ParameterValues = DEFAULT_PARAMETERS,
): number {
  return renalCurveOf(effectsOf(validateInputs(inputs).inputs, p), p)(serumMmolPerL);
}

const renalCurveOf =
  (e: Effects, p: ParameterValues) =>
  (serumMmolPerL: number): number =>
    mmolToMg(urineMmolPerDay(serumMmolPerL, e.gfrLPerDay, calibratedTheta(p), e.deltaThetaMmolPerL, p));

export function renalCurve(
  inputs: ModelInputs,
  maxSerumMmolPerL = 1.6,
  points = 161,
  p: ParameterValues = DEFAULT_PARAMETERS,
): CurvePoint[] {
  const urineAt = renalCurveOf(effectsOf(validateInputs(inputs).inputs, p), p);
  return Array.from({ length: points }, (_, i) => {
    const x = (maxSerumMmolPerL * i) / (points - 1);
    return { x, y: urineAt(x) };
  });
}

/** The serum level at which the kidney starts to spill Mg: θ − Δθ in filtrate, as serum. */
export function renalThresholdSerumMmolPerL(
  inputs: ModelInputs,
  p: ParameterValues = DEFAULT_PARAMETERS,
): number {
  const e = effectsOf(validateInputs(inputs).inputs, p);
  return (calibratedTheta(p) - e.deltaThetaMmolPerL) / p.ultrafilterableFraction;
}
