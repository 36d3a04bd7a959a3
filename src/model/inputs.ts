/**
 * What a user (slider, runner flag, URL) can set, in boundary units (mg, mL/min, years).
 * validateInputs clamps every value to a meaningful range and says what it changed.
 */

import { PARAMETERS } from './parameters.ts';

export const DIURETICS = ['none', 'loop', 'thiazide', 'potassium-sparing'] as const;
export const PPI_USE = ['none', 'typical', 'susceptible'] as const;
export const CONDITIONS = ['type2-diabetes', 'alcohol', 'gi-disease', 'elderly', 'lactation'] as const;
export const SEXES = ['male', 'female'] as const;
/** How well the supplement's salt dissolves: soluble (citrate, chloride, lactate, …) or oxide/hydroxide. */
export const SUPPLEMENT_FORMS = ['soluble', 'oxide'] as const;

export type Diuretic = (typeof DIURETICS)[number];
export type PpiUse = (typeof PPI_USE)[number];
export type Condition = (typeof CONDITIONS)[number];
export type Sex = (typeof SEXES)[number];
export type SupplementForm = (typeof SUPPLEMENT_FORMS)[number];

export interface ModelInputs {
  /** Mg eaten in food, mg/day. */
  intakeMgPerDay: number;
  /** Mg content of the drinking water, mg/L, and litres drunk per day. */
  waterMgPerL: number;
  waterLPerDay: number;
  /** Supplemental elemental Mg, mg/day, split over this many doses. */
  supplementMgPerDay: number;
  supplementDosesPerDay: number;
  /** Salt form of the supplement (Mg oxide dissolves poorly). */
  supplementForm: SupplementForm;
  diuretic: Diuretic;
  ppi: PpiUse;
  conditions: readonly Condition[];
  gfrMlPerMin: number;
  /** Phytic acid per meal, mmol (whole grains, bran). */
  phytateMmolPerMeal: number;
  /** Fermentable (soluble) fibre in the diet. */
  fermentableFibre: boolean;
  sex: Sex;
  ageYears: number;
  /** Intravenous Mg, mg/day (an infusion straight into the extracellular fluid). */
  ivMgPerDay: number;
}

export const DEFAULT_INPUTS: Readonly<ModelInputs> = Object.freeze({
  intakeMgPerDay: PARAMETERS.referenceIntakeMgPerDay.value,
  waterMgPerL: 0,
  waterLPerDay: 0,
  supplementMgPerDay: 0,
  supplementDosesPerDay: 1,
  supplementForm: 'soluble',
  diuretic: 'none',
  ppi: 'none',
  conditions: [],
  gfrMlPerMin: PARAMETERS.gfrRefMlPerMin.value,
  phytateMmolPerMeal: 0,
  fermentableFibre: false,
  sex: 'male',
  ageYears: 40,
  ivMgPerDay: 0,
});

export type NumericInput = {
  [K in keyof ModelInputs]: ModelInputs[K] extends number ? K : never;
}[keyof ModelInputs];

export interface InputRange {
  min: number;
  max: number;
  unit: string;
  integer?: boolean;
}

/** Meaningful ranges: beyond them the model leaves the physiology it was built from. */
export const INPUT_RANGES: Record<NumericInput, InputRange> = {
  intakeMgPerDay: { min: 0, max: 2000, unit: 'mg/d' },
  waterMgPerL: { min: 0, max: 1200, unit: 'mg/L' },
  waterLPerDay: { min: 0, max: 5, unit: 'L/d' },
  supplementMgPerDay: { min: 0, max: 6000, unit: 'mg/d' },
  supplementDosesPerDay: { min: 1, max: 6, unit: 'doses/d', integer: true },
  gfrMlPerMin: { min: 5, max: 180, unit: 'mL/min' },
  phytateMmolPerMeal: { min: 0, max: 5, unit: 'mmol/meal' },
  ageYears: { min: 1, max: 110, unit: 'y', integer: true },
  ivMgPerDay: { min: 0, max: 10000, unit: 'mg/d' },
};

export interface InputAdjustment {
  input: NumericInput;
  given: number;
  used: number;
  range: InputRange;
}

/** Clamp one numeric input; non-finite values fall back to the default. */
export function clampInput(name: NumericInput, value: number): { used: number; changed: boolean } {
  const range = INPUT_RANGES[name];
  let used = Number.isFinite(value) ? value : DEFAULT_INPUTS[name];
  if (range.integer) used = Math.round(used);
  used = Math.min(range.max, Math.max(range.min, used));
  return { used, changed: used !== value };
}

/** Return inputs inside their ranges, plus a list of what was changed (for a clear message). */
export function validateInputs(inputs: ModelInputs): { inputs: ModelInputs; adjustments: InputAdjustment[] } {
  const out: ModelInputs = { ...inputs, conditions: [...new Set(inputs.conditions)] };
  const adjustments: InputAdjustment[] = [];
  for (const name of Object.keys(INPUT_RANGES) as NumericInput[]) {
    const { used, changed } = clampInput(name, inputs[name]);
    if (changed) adjustments.push({ input: name, given: inputs[name], used, range: INPUT_RANGES[name] });
    out[name] = used;
  }
  return { inputs: out, adjustments };
}

export const hasCondition = (inputs: ModelInputs, c: Condition): boolean => inputs.conditions.includes(c);
