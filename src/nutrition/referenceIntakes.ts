/**
 * How much Mg a day is enough, and how much supplemental Mg is safe, for a person of a given sex
 * and age. The values themselves (EFSA 2015 / HGR 2016 adequate intakes, SCF 2001 and IOM 1997
 * upper limits) are in model/referenceValues.ts, once. Upper limits apply to supplemental
 * (non-food) Mg only: food Mg comes on top and is not counted, because too much from food is
 * handled by the kidneys; the limit guards against diarrhoea.
 */
import {
  ADEQUATE_INTAKES,
  IOM_NON_FOOD_UPPER_LIMITS,
  SUPPLEMENT_UL_FROM_AGE_YEARS,
  SUPPLEMENT_UL_MG_PER_DAY,
  type AdequateIntakeBand,
} from '../model/referenceValues.ts';
import type { SourceId } from './sources.ts';
import type { Sex } from './types.ts';

export { ADEQUATE_INTAKES, SUPPLEMENT_UL_MG_PER_DAY, type AdequateIntakeBand };

export const ADEQUATE_INTAKE_SOURCES: readonly SourceId[] = ['efsa2015', 'hgr2016'];
export const SUPPLEMENT_UL_SOURCE: SourceId = 'scf2001';

/** Why there is no adequate intake: below the first band (breast milk covers the need) or a bad age. */
export type NoAiReason = 'infant' | 'invalid-age';

export interface AdequateIntakeResult {
  /** undefined when no AI applies; `reason` then says why. */
  mgPerDay: number | undefined;
  band?: AdequateIntakeBand;
  reason?: NoAiReason;
}

/** The EFSA adequate intake with its age band, or the reason there is none. Age may be fractional. */
export function adequateIntake(sex: Sex, ageYears: number): AdequateIntakeResult {
  if (!Number.isFinite(ageYears) || ageYears < 0) return { mgPerDay: undefined, reason: 'invalid-age' };
  const band = ADEQUATE_INTAKES.find((b) => ageYears >= b.fromYears && ageYears < b.toYears);
  if (!band) return { mgPerDay: undefined, reason: 'infant' };
  return { mgPerDay: sex === 'male' ? band.maleMgPerDay : band.femaleMgPerDay, band };
}

/** Adequate intake in mg/day; undefined below 7 months (see adequateIntake for the reason). */
export const adequateIntakeMgPerDay = (sex: Sex, ageYears: number): number | undefined =>
  adequateIntake(sex, ageYears).mgPerDay;

/**
 * EFSA/SCF upper limit for supplemental Mg (mg/day) from 4 years; undefined below 4 years (for
 * 1–3 years no UL could be set for lack of data). Food Mg is not counted against it.
 */
export function supplementUpperLimitMgPerDay(ageYears: number): number | undefined {
  if (!Number.isFinite(ageYears)) return undefined;
  return ageYears >= SUPPLEMENT_UL_FROM_AGE_YEARS ? SUPPLEMENT_UL_MG_PER_DAY : undefined;
}

/** IOM non-food UL (mg/day), a second reference; undefined below 1 year. */
export function iomNonFoodUpperLimitMgPerDay(ageYears: number): number | undefined {
  return IOM_NON_FOOD_UPPER_LIMITS.find((b) => ageYears >= b.fromYears && ageYears < b.toYears)?.mgPerDay;
}
