/**
 * The two mechanism curves the charts draw, for the current inputs and beside the healthy
 * reference adult (default inputs at the reference serum): the absorbed fraction against food
 * intake, and urinary Mg against serum with the renal threshold. The charts choose the axes.
 */
import {
  absorptionCurve,
  DEFAULT_INPUTS,
  DEFAULT_PARAMETERS,
  fractionalAbsorptionAt,
  renalCurve,
  renalThresholdSerumMmolPerL,
  type CurvePoint,
  type ModelInputs,
} from '../model/index.ts';

const REFERENCE_SERUM_MMOL_PER_L = DEFAULT_PARAMETERS.serumRefMmolPerL;

export type { CurvePoint };

/** Absorbed fraction (0–1) over food intake 0 … maxFoodMgPerDay at this serum. */
export const absorptionCurveFor = (
  inputs: ModelInputs,
  serumMmolPerL: number,
  maxFoodMgPerDay: number,
  points: number,
): CurvePoint[] => absorptionCurve(inputs, serumMmolPerL, maxFoodMgPerDay, points);

export const referenceAbsorptionCurve = (maxFoodMgPerDay: number, points: number): CurvePoint[] =>
  absorptionCurve(DEFAULT_INPUTS, REFERENCE_SERUM_MMOL_PER_L, maxFoodMgPerDay, points);

/** The operating point: the absorbed fraction of today's intake at this serum (on the curve). */
export const absorbedFractionNow = (inputs: ModelInputs, serumMmolPerL: number): number =>
  fractionalAbsorptionAt(inputs, inputs.intakeMgPerDay, serumMmolPerL);

/** What the reference adult would absorb of the same food intake. */
export const referenceAbsorbedFraction = (foodMgPerDay: number): number =>
  fractionalAbsorptionAt(DEFAULT_INPUTS, foodMgPerDay, REFERENCE_SERUM_MMOL_PER_L);

/** Urinary Mg (mg/day) over serum 0 … maxSerumMmolPerL for this kidney function and these drugs. */
export const renalCurveFor = (inputs: ModelInputs, maxSerumMmolPerL: number, points: number): CurvePoint[] =>
  renalCurve(inputs, maxSerumMmolPerL, points);

export const referenceRenalCurve = (maxSerumMmolPerL: number, points: number): CurvePoint[] =>
  renalCurve(DEFAULT_INPUTS, maxSerumMmolPerL, points);

/** The serum level at which the kidney starts to spill Mg (it moves with a diuretic). */
export const renalThreshold = (inputs: ModelInputs): number => renalThresholdSerumMmolPerL(inputs);
