/**
 * Reference values that texts may name, as placeholders every translation fills: a catalogue
 * writes 'above the UL of {ul} mg per day', never the number itself. The numbers come from the
 * model's one source for each (model/referenceValues.ts, the parameters and the modifiers).
 */
import { MODIFIERS } from '../model/modifiers.ts';
import { PARAMETERS } from '../model/parameters.ts';
import {
  ADEQUATE_INTAKES,
  KIDNEY_WARNING_GFR_ML_PER_MIN,
  LAXATIVE_LIKELY_MG_PER_DAY,
  SERUM_EDGES_MMOL_PER_L,
  SUPPLEMENT_UL_FROM_AGE_YEARS,
  SUPPLEMENT_UL_MG_PER_DAY,
  TOXIC_FROM_MMOL_PER_L,
  TOXIC_UL_MULTIPLE,
} from '../model/referenceValues.ts';

const adult = ADEQUATE_INTAKES[ADEQUATE_INTAKES.length - 1];

export const FACTS = Object.freeze({
  /** Serum band edges, mmol/L. */
  ...SERUM_EDGES_MMOL_PER_L,
  /** Adequate intakes of adults, mg/day. */
  aiMan: adult.maleMgPerDay,
  aiWoman: adult.femaleMgPerDay,
  /** From this age the adequate intake differs between the sexes. */
  aiBySexFromAge: ADEQUATE_INTAKES.find((b) => b.maleMgPerDay !== b.femaleMgPerDay)!.fromYears,
  /** Upper limit for supplemental Mg, mg/day, and the age it applies from. */
  ul: SUPPLEMENT_UL_MG_PER_DAY,
  ulFromAge: SUPPLEMENT_UL_FROM_AGE_YEARS,
  toxicUlMultiple: TOXIC_UL_MULTIPLE,
  laxativeLikely: LAXATIVE_LIKELY_MG_PER_DAY,
  /** Serum from which toxic signs begin (reflexes fade), mmol/L. */
  toxicFrom: TOXIC_FROM_MMOL_PER_L,
  /** No adequate intake below this age (months). */
  aiFromMonths: Math.round(ADEQUATE_INTAKES[0].fromYears * 12),
  /** Breast milk, mg/day. */
  milk: PARAMETERS.milkMgPerDay.value,
  /** Kidney function, mL/min: normal, and the level below which non-food Mg needs a doctor. */
  gfrNormal: PARAMETERS.gfrRefMlPerMin.value,
  kidneyWarningGfr: KIDNEY_WARNING_GFR_ML_PER_MIN,
  /** From this age the model applies the effects of ageing. */
  elderlyFromAge: MODIFIERS.elderlyFromAgeYears.value,
});

export type FactName = keyof typeof FACTS;
