/**
 * Clinical read-outs (docs/model.md §3.9): the band a serum value falls in, the signs that fit it
 * and the alerts that go with the current inputs. Returns ids; the view translates them. The band
 * edges and thresholds are in referenceValues.ts.
 */
import type { ModelInputs } from './inputs.ts';
import { MODIFIERS, nonFoodMgPerDay } from './modifiers.ts';
import {
  KIDNEY_WARNING_GFR_ML_PER_MIN,
  LAXATIVE_LIKELY_MG_PER_DAY,
  SERUM_EDGES_MMOL_PER_L as EDGE,
  TOXIC_FROM_MMOL_PER_L,
} from './referenceValues.ts';

export type BandId = 'severe-hypo' | 'hypo' | 'normal' | 'high-normal' | 'hyper';

export interface Band {
  id: BandId;
  /** Lower and upper serum total Mg, mmol/L. */
  fromMmolPerL: number;
  toMmolPerL: number;
}

export const BANDS: readonly Band[] = [
  { id: 'severe-hypo', fromMmolPerL: 0, toMmolPerL: EDGE.severeBelow },
  { id: 'hypo', fromMmolPerL: EDGE.severeBelow, toMmolPerL: EDGE.normalLow },
  { id: 'normal', fromMmolPerL: EDGE.normalLow, toMmolPerL: EDGE.normalHigh },
  { id: 'high-normal', fromMmolPerL: EDGE.normalHigh, toMmolPerL: EDGE.hyperAbove },
  { id: 'hyper', fromMmolPerL: EDGE.hyperAbove, toMmolPerL: Infinity },
];

export const NORMAL_RANGE_MMOL_PER_L = { low: EDGE.normalLow, high: EDGE.normalHigh } as const;

/**
 * Serum Mg is shown with two decimals (mmol/L, as labs report it). The band is decided on that
 * shown number, so the band always agrees with what the reader sees: 0.7469 is shown as 0.75 and
 * is normal. The ranges are closed as the sources print them (normal includes both edges; hyper is
 * above its edge).
 */
export const SERUM_DISPLAY_DECIMALS = 2;

/** Serum as shown (rounded to the displayed precision), mmol/L. */
export const displayedSerumMmolPerL = (serumMmolPerL: number): number =>
  Number(serumMmolPerL.toFixed(SERUM_DISPLAY_DECIMALS));

/** Serum as shown, without locale (for the runner and tests; the views format with the locale). */
export const formatSerumMmolPerL = (serumMmolPerL: number): string =>
  serumMmolPerL.toFixed(SERUM_DISPLAY_DECIMALS);

/** The band of the shown serum value: the one place bands are decided. */
export function bandOf(serumMmolPerL: number): BandId {
  const v = displayedSerumMmolPerL(serumMmolPerL);
  if (v < EDGE.severeBelow) return 'severe-hypo';
  if (v < EDGE.normalLow) return 'hypo';
  if (v <= EDGE.normalHigh) return 'normal';
  if (v <= EDGE.hyperAbove) return 'high-normal';
  return 'hyper';
}

/** Same as bandOf (named for call sites that stress it is the displayed band). */
export const displayedBandOf = bandOf;

export type SignId =
  | 'often-no-symptoms'
  | 'cramps-fatigue-restless-legs'
  | 'neuromuscular-cardiac'
  | 'hypocalcaemia-hypokalaemia'
  | 'nausea-flushing'
  | 'reflexes-lost-weakness'
  | 'hypotension-bradycardia-qt'
  | 'flaccid-paralysis'
  | 'respiratory-cardiac-arrest';

/** Signs that fit a serum value (hypermagnesaemia ladder after Jahnen-Dechent & Ketteler 2012). */
export function signsFor(serumMmolPerL: number): SignId[] {
  const s = displayedSerumMmolPerL(serumMmolPerL);
  if (s < EDGE.severeBelow)
    return ['neuromuscular-cardiac', 'hypocalcaemia-hypokalaemia', 'cramps-fatigue-restless-legs'];
  if (s < EDGE.normalLow) return ['often-no-symptoms', 'cramps-fatigue-restless-legs'];
  if (s <= EDGE.hyperAbove) return [];
  const signs: SignId[] = [];
  if (s < 2) signs.push('often-no-symptoms');
  if (s >= 1.0) signs.push('nausea-flushing');
  if (s >= 1.75) signs.push('reflexes-lost-weakness');
  if (s >= 2.5) signs.push('hypotension-bradycardia-qt');
  if (s >= 4) signs.push('flaccid-paralysis');
  if (s >= 5) signs.push('respiratory-cardiac-arrest');
  return signs;
}

export type AlertId =
  | 'hypocalcaemia-hypokalaemia-risk'
  | 'hypokalaemia-common'
  | 'laxative-above-ul'
  | 'laxative-likely'
  | 'toxic-range'
  | 'kidney-failure-non-food-mg';

export function alertsFor(shownOrExactSerumMmolPerL: number, inputs: ModelInputs): AlertId[] {
  const serumMmolPerL = displayedSerumMmolPerL(shownOrExactSerumMmolPerL);
  const alerts: AlertId[] = [];
  const nonFood = nonFoodMgPerDay(inputs);
  if (serumMmolPerL < EDGE.severeBelow) alerts.push('hypocalcaemia-hypokalaemia-risk');
  else if (serumMmolPerL < EDGE.normalLow) alerts.push('hypokalaemia-common');
  if (nonFood > LAXATIVE_LIKELY_MG_PER_DAY) alerts.push('laxative-likely');
  else if (nonFood > MODIFIERS.laxativeThresholdMgPerDay.value) alerts.push('laxative-above-ul');
  if (serumMmolPerL >= TOXIC_FROM_MMOL_PER_L) alerts.push('toxic-range');
  if (inputs.gfrMlPerMin < KIDNEY_WARNING_GFR_ML_PER_MIN && (nonFood > 0 || inputs.ivMgPerDay > 0))
    alerts.push('kidney-failure-non-food-mg');
  return alerts;
}
