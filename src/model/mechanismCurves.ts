/**
 * The two mechanism curves students look at, for the current inputs: how the absorbed fraction
 * falls as intake rises, and how urinary Mg follows serum across the renal threshold.
 */
import { absorption } from './absorption.ts';
import { calibratedTheta } from './calibration.ts';
import { validateInputs, type ModelInputs } from './inputs.ts';
import { urineMmolPerDay } from './kidney.ts';
import { effectsOf } from './modifiers.ts';
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
  const e = effectsOf(validateInputs({ ...inputs, intakeMgPerDay: foodMgPerDay }).inputs, p);
  const oral = e.mealMmolPerDay + e.supplementMmolPerDay;
  if (oral <= 1e-9) {
    const tiny = 1e-9;
    return absorption(serumMmolPerL, { ...e, mealMmolPerDay: tiny }, p).mealAbsorbedMmolPerDay / tiny;
  }
  const a = absorption(serumMmolPerL, e, p);
  return (a.mealAbsorbedMmolPerDay + a.supplementAbsorbedMmolPerDay) / oral;
}

export function absorptionCurve(
  inputs: ModelInputs,
  serumMmolPerL: number,
  maxFoodMgPerDay = 1000,
  points = 101,
): CurvePoint[] {
  return Array.from({ length: points }, (_, i) => {
    const x = (maxFoodMgPerDay * i) / (points - 1);
    return { x, y: fractionalAbsorptionAt(inputs, x, serumMmolPerL) };
  });
}

/** Urinary Mg (mg/day) at serum S for the current kidney function and drugs. */
export function urineMgPerDayAt(
  inputs: ModelInputs,
  serumMmolPerL: number,
  p: ParameterValues = DEFAULT_PARAMETERS,
): number {
  const e = effectsOf(validateInputs(inputs).inputs, p);
  return mmolToMg(urineMmolPerDay(serumMmolPerL, e.gfrLPerDay, calibratedTheta(p), e.deltaThetaMmolPerL, p));
}

export function renalCurve(inputs: ModelInputs, maxSerumMmolPerL = 1.6, points = 161): CurvePoint[] {
  return Array.from({ length: points }, (_, i) => {
    const x = (maxSerumMmolPerL * i) / (points - 1);
    return { x, y: urineMgPerDayAt(inputs, x) };
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
