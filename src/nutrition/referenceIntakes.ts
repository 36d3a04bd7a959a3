/**
 * How much Mg a day is enough, and how much supplemental Mg is safe.
 * Adequate intakes: EFSA 2015, followed by the Belgian Superior Health Council (HGR 2016).
 * Upper limits apply to supplemental (non-food) Mg only: food Mg comes on top and is not counted,
 * because too much from food is handled by the kidneys; the limit guards against diarrhoea.
 */
import type { SourceId } from './sources.ts';
import type { LocalizedText, Sex } from './types.ts';

export interface AgeBand {
  /** Inclusive lower age, years. */
  fromYears: number;
  /** Exclusive upper age, years (Infinity for adults). */
  toYears: number;
  label: LocalizedText;
}

export interface AdequateIntakeBand extends AgeBand {
  maleMgPerDay: number;
  femaleMgPerDay: number;
}

/** EFSA 2015 adequate intakes (mg/day); pregnancy and lactation need no extra (seed article). */
// prettier-ignore
export const EFSA_ADEQUATE_INTAKES: readonly AdequateIntakeBand[] = Object.freeze([
  { fromYears: 7 / 12, toYears: 1,        maleMgPerDay: 80,  femaleMgPerDay: 80,  label: { nl: '7–11 maanden', en: '7–11 months' } },
  { fromYears: 1,      toYears: 3,        maleMgPerDay: 170, femaleMgPerDay: 170, label: { nl: '1 tot 3 jaar', en: '1 to under 3 years' } },
  { fromYears: 3,      toYears: 10,       maleMgPerDay: 230, femaleMgPerDay: 230, label: { nl: '3 tot 10 jaar', en: '3 to under 10 years' } },
  { fromYears: 10,     toYears: 18,       maleMgPerDay: 300, femaleMgPerDay: 250, label: { nl: '10 tot 18 jaar', en: '10 to under 18 years' } },
  { fromYears: 18,     toYears: Infinity, maleMgPerDay: 350, femaleMgPerDay: 300, label: { nl: '18 jaar en ouder (ook zwanger of borstvoeding)', en: '18 years and over (pregnancy and lactation included)' } },
]);

export const ADEQUATE_INTAKE_SOURCES: readonly SourceId[] = ['efsa2015', 'hgr2016'];

export interface AdequateIntakeResult {
  /** undefined when no AI applies; `reason` then says why. */
  mgPerDay: number | undefined;
  band?: AdequateIntakeBand;
  reason?: LocalizedText;
}

const NO_AI_INFANT: LocalizedText = {
  nl: 'Geen adequate inname onder 7 maanden: moedermelk (ongeveer 25 mg magnesium per dag) dekt de behoefte.',
  en: 'No adequate intake below 7 months: breast milk (about 25 mg magnesium a day) covers the need.',
};
const INVALID_AGE: LocalizedText = { nl: 'Ongeldige leeftijd.', en: 'Invalid age.' };

/** The EFSA adequate intake with its age band, or the reason there is none. Age may be fractional. */
export function adequateIntake(sex: Sex, ageYears: number): AdequateIntakeResult {
  if (!Number.isFinite(ageYears) || ageYears < 0) return { mgPerDay: undefined, reason: INVALID_AGE };
  const band = EFSA_ADEQUATE_INTAKES.find((b) => ageYears >= b.fromYears && ageYears < b.toYears);
  if (!band) return { mgPerDay: undefined, reason: NO_AI_INFANT };
  return { mgPerDay: sex === 'male' ? band.maleMgPerDay : band.femaleMgPerDay, band };
}

/** Adequate intake in mg/day; undefined below 7 months (see adequateIntake for the reason). */
export const adequateIntakeMgPerDay = (sex: Sex, ageYears: number): number | undefined =>
  adequateIntake(sex, ageYears).mgPerDay;

/** SCF 2001 / EFSA: UL for supplemental Mg, adults and children from 4 years (mg/day). */
export const SUPPLEMENT_UL_MG_PER_DAY = 250;
export const SUPPLEMENT_UL_FROM_AGE_YEARS = 4;
export const SUPPLEMENT_UL_SOURCE: SourceId = 'scf2001';

/**
 * EFSA/SCF upper limit for supplemental Mg (mg/day): 250 from 4 years; undefined below 4 years
 * (for 1–3 years no UL could be set for lack of data). Food Mg is not counted against it.
 */
export function supplementUpperLimitMgPerDay(ageYears: number): number | undefined {
  if (!Number.isFinite(ageYears)) return undefined;
  return ageYears >= SUPPLEMENT_UL_FROM_AGE_YEARS ? SUPPLEMENT_UL_MG_PER_DAY : undefined;
}

export const SUPPLEMENT_UL_NOTE: LocalizedText = {
  nl: 'De maximale toelaatbare inname geldt enkel voor magnesium uit supplementen; magnesium uit de voeding komt er nog bij.',
  en: 'The tolerable upper intake level applies to supplemental magnesium only; food magnesium comes on top.',
};

export const NO_UL_YOUNG_CHILDREN: LocalizedText = {
  nl: 'Voor kinderen jonger dan 4 jaar kon door gebrek aan gegevens geen maximale toelaatbare inname worden bepaald.',
  en: 'For children under 4 years no tolerable upper intake level could be set, for lack of data.',
};

/** IOM 1997, second reference: UL for Mg from non-food sources (supplements, drugs), mg/day. */
// prettier-ignore
export const IOM_NON_FOOD_UPPER_LIMITS: readonly (AgeBand & { mgPerDay: number })[] = Object.freeze([
  { fromYears: 1, toYears: 4,        mgPerDay: 65,  label: { nl: '1–3 jaar', en: '1–3 years' } },
  { fromYears: 4, toYears: 9,        mgPerDay: 110, label: { nl: '4–8 jaar', en: '4–8 years' } },
  { fromYears: 9, toYears: Infinity, mgPerDay: 350, label: { nl: '9 jaar en ouder', en: '9 years and over' } },
]);
export const IOM_ADULT_NON_FOOD_UL_MG_PER_DAY = 350;

/** IOM non-food UL (mg/day); undefined below 1 year. */
export function iomNonFoodUpperLimitMgPerDay(ageYears: number): number | undefined {
  return IOM_NON_FOOD_UPPER_LIMITS.find((b) => ageYears >= b.fromYears && ageYears < b.toYears)?.mgPerDay;
}
