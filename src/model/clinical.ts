/**
 * Clinical read-outs (model spec §6): the band a serum value falls in, the signs that fit it and
 * the alerts that go with the current inputs. Returns ids; the view translates them.
 */
import type { ModelInputs } from './inputs.ts';
import { MODIFIERS, nonFoodMgPerDay } from './modifiers.ts';

export type BandId = 'severe-hypo' | 'hypo' | 'normal' | 'high-normal' | 'hyper';

export interface Band {
  id: BandId;
  /** Lower and upper serum total Mg, mmol/L. */
  fromMmolPerL: number;
  toMmolPerL: number;
}

/** Sources: seed article (< 0.5 severe), EFSA 2015 / HGR 2016 (0.75–0.95), IOM 1997 (> 1.05). */
export const BANDS: readonly Band[] = [
  { id: 'severe-hypo', fromMmolPerL: 0, toMmolPerL: 0.5 },
  { id: 'hypo', fromMmolPerL: 0.5, toMmolPerL: 0.75 },
  { id: 'normal', fromMmolPerL: 0.75, toMmolPerL: 0.95 },
  { id: 'high-normal', fromMmolPerL: 0.95, toMmolPerL: 1.05 },
  { id: 'hyper', fromMmolPerL: 1.05, toMmolPerL: Infinity },
];

export const NORMAL_RANGE_MMOL_PER_L = { low: 0.75, high: 0.95 } as const;

/**
 * Serum Mg is shown with two decimals (mmol/L, as labs report it). The band is decided on that
 * shown number, so the band always agrees with what the reader sees: 0.7469 is shown as 0.75 and
 * is normal. The ranges are closed as the sources print them: normal 0.75–0.95, hyper > 1.05.
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
  if (v < 0.5) return 'severe-hypo';
  if (v < NORMAL_RANGE_MMOL_PER_L.low) return 'hypo';
  if (v <= NORMAL_RANGE_MMOL_PER_L.high) return 'normal';
  if (v <= 1.05) return 'high-normal';
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
  if (s < 0.5) return ['neuromuscular-cardiac', 'hypocalcaemia-hypokalaemia', 'cramps-fatigue-restless-legs'];
  if (s < 0.75) return ['often-no-symptoms', 'cramps-fatigue-restless-legs'];
  if (s <= 1.05) return [];
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

export const TOXIC_FROM_MMOL_PER_L = 1.75;
/** Below this GFR, non-food Mg (supplements, antacids, laxatives) needs a doctor's eye. */
export const KIDNEY_WARNING_GFR_ML_PER_MIN = 30;
/** IOM 1997 LOAEL for diarrhoea from supplemental Mg. */
export const LAXATIVE_LIKELY_MG_PER_DAY = 360;

export function alertsFor(shownOrExactSerumMmolPerL: number, inputs: ModelInputs): AlertId[] {
  const serumMmolPerL = displayedSerumMmolPerL(shownOrExactSerumMmolPerL);
  const alerts: AlertId[] = [];
  const nonFood = nonFoodMgPerDay(inputs);
  if (serumMmolPerL < 0.5) alerts.push('hypocalcaemia-hypokalaemia-risk');
  else if (serumMmolPerL < 0.75) alerts.push('hypokalaemia-common');
  if (nonFood > LAXATIVE_LIKELY_MG_PER_DAY) alerts.push('laxative-likely');
  else if (nonFood > MODIFIERS.laxativeThresholdMgPerDay.value) alerts.push('laxative-above-ul');
  if (serumMmolPerL >= TOXIC_FROM_MMOL_PER_L) alerts.push('toxic-range');
  if (inputs.gfrMlPerMin < KIDNEY_WARNING_GFR_ML_PER_MIN && (nonFood > 0 || inputs.ivMgPerDay > 0))
    alerts.push('kidney-failure-non-food-mg');
  return alerts;
}
