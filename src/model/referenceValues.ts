/**
 * The published reference values the model and the app share, each number once with its source:
 * adequate intakes, the upper limit for supplemental Mg, the serum bands and the clinical
 * thresholds. Everything else reads them from here: the parameters and modifiers, the clinical
 * read-outs, the diet builder, and the texts (i18n/facts.ts fills `{ul}`, `{normalLow}`, … in the
 * catalogues, so no catalogue writes these numbers itself).
 */

/** Who an adequate intake is for (the catalogue's `aiGroup.<id>` says it in words). */
export type AiGroup = 'infant' | 'child' | 'boy' | 'girl' | 'man' | 'woman';

export interface AdequateIntakeBand {
  /** Inclusive lower age, years. */
  fromYears: number;
  /** Exclusive upper age, years (Infinity for adults). */
  toYears: number;
  maleMgPerDay: number;
  femaleMgPerDay: number;
  group: { male: AiGroup; female: AiGroup };
}

const both = (g: AiGroup) => ({ male: g, female: g });

/**
 * EFSA 2015 adequate intakes (mg/day), followed by the Belgian Superior Health Council (HGR 2016);
 * pregnancy and lactation need no extra (seed article). None below 7 months.
 */
// prettier-ignore
export const ADEQUATE_INTAKES: readonly AdequateIntakeBand[] = Object.freeze([
  { fromYears: 7 / 12, toYears: 1,        maleMgPerDay: 80,  femaleMgPerDay: 80,  group: both('infant') },
  { fromYears: 1,      toYears: 3,        maleMgPerDay: 170, femaleMgPerDay: 170, group: both('child') },
  { fromYears: 3,      toYears: 10,       maleMgPerDay: 230, femaleMgPerDay: 230, group: both('child') },
  { fromYears: 10,     toYears: 18,       maleMgPerDay: 300, femaleMgPerDay: 250, group: { male: 'boy', female: 'girl' } },
  { fromYears: 18,     toYears: Infinity, maleMgPerDay: 350, femaleMgPerDay: 300, group: { male: 'man', female: 'woman' } },
]);

const ADULT_AI = ADEQUATE_INTAKES[ADEQUATE_INTAKES.length - 1];

/** Adequate intakes of adults, mg/day. */
export const ADULT_AI_MG_PER_DAY = Object.freeze({
  male: ADULT_AI.maleMgPerDay,
  female: ADULT_AI.femaleMgPerDay,
});

/** The reference adult of the model eats the adequate intake of an adult man (EFSA 2015). */
export const REFERENCE_INTAKE_MG_PER_DAY = ADULT_AI_MG_PER_DAY.male;

/** SCF 2001 / EFSA: tolerable upper intake level for supplemental (non-food) Mg, mg/day. */
export const SUPPLEMENT_UL_MG_PER_DAY = 250;
/** The UL applies from this age; for 1–3 years none could be set for lack of data. */
export const SUPPLEMENT_UL_FROM_AGE_YEARS = 4;
/** IOM 1997 LOAEL for diarrhoea from supplemental Mg, mg/day. */
export const LAXATIVE_LIKELY_MG_PER_DAY = 360;
/** Toxic hypermagnesaemia only above ten times the UL (seed article; EFSA 2006). */
export const TOXIC_UL_MULTIPLE = 10;

/** IOM 1997, second reference: UL for Mg from non-food sources (supplements, drugs), mg/day. */
// prettier-ignore
export const IOM_NON_FOOD_UPPER_LIMITS: readonly { fromYears: number; toYears: number; mgPerDay: number }[] =
  Object.freeze([
    { fromYears: 1, toYears: 4,        mgPerDay: 65 },
    { fromYears: 4, toYears: 9,        mgPerDay: 110 },
    { fromYears: 9, toYears: Infinity, mgPerDay: 350 },
  ]);

/**
 * Edges of the serum bands, total Mg in mmol/L. Sources: seed article (< 0.5 severe), EFSA 2015 /
 * HGR 2016 (normal 0.75–0.95), IOM 1997 (hypermagnesaemia above 1.05).
 */
export const SERUM_EDGES_MMOL_PER_L = Object.freeze({
  severeBelow: 0.5,
  normalLow: 0.75,
  normalHigh: 0.95,
  hyperAbove: 1.05,
});

/** From here the signs of toxicity start (reflexes lost; Jahnen-Dechent & Ketteler 2012). */
export const TOXIC_FROM_MMOL_PER_L = 1.75;
/** Below this GFR, non-food Mg (supplements, antacids, laxatives) needs a doctor's eye. */
export const KIDNEY_WARNING_GFR_ML_PER_MIN = 30;
