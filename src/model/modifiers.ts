/**
 * Turns user inputs into mechanism-level effects: each drug or condition acts on the mechanism
 * physiology says it does (docs/model.md §4.3). Sizes and grades are in MODIFIERS.
 */
import { hasCondition, type ModelInputs } from './inputs.ts';
import type { Grade, ParameterValues } from './parameters.ts';
import { SUPPLEMENT_UL_MG_PER_DAY } from './referenceValues.ts';
import { mgToMmol, mlPerMinToLPerDay } from './units.ts';

interface Modifier {
  value: number;
  unit: string;
  source: string;
  grade: Grade;
}
const m = (value: number, unit: string, source: string, grade: Grade): Modifier => ({
  value,
  unit,
  source,
  grade,
});

/** Δθ: shift of tubular reabsorptive capacity (positive = less reabsorption = more urinary Mg). */
export const MODIFIERS = {
  loopDeltaThetaMmolPerL: m(0.05, 'mmol/L', 'Less reabsorption in the thick ascending limb; Sica 2004', 'E'),
  thiazideDeltaThetaMmolPerL: m(0.03, 'mmol/L', 'DCT, TRPM6 down; Sica 2004', 'E'),
  potassiumSparingDeltaThetaMmolPerL: m(
    -0.01,
    'mmol/L',
    'Amiloride lowers Mg excretion (Sarafidis 2010)',
    'A',
  ),
  ppiTypicalActiveBlock: m(0.5, '1', 'PPI blocks TRPM6/7 active uptake (Hess 2012)', 'E'),
  ppiSusceptibleActiveBlock: m(1.0, '1', 'Susceptible users: active uptake fully blocked', 'E'),
  ppiSusceptiblePassiveBlock: m(0.5, '1', 'Susceptible users: passive uptake halved', 'E'),
  diabetesDeltaThetaMmolPerL: m(0.075, 'mmol/L', 'Glycosuria, osmotic diuresis (Kurstjens 2017)', 'E'),
  alcoholDeltaThetaMmolPerL: m(0.03, 'mmol/L', 'Alcohol raises urinary Mg (Rivlin 1994)', 'A'),
  alcoholDietAbsorptionFactor: m(0.8, '1', 'Vomiting, diarrhoea, poor diet quality (Rivlin 1994)', 'A'),
  giAbsorptionFactor: m(0.6, '1', "Crohn's, coeliac disease, bypass: less absorbing gut (Rude 2010)", 'A'),
  giEndogenousFactor: m(4, '1', 'Diarrhoea: e0 × 3–5', 'A'),
  elderlyVmaxFactor: m(0.8, '1', 'Lower intestinal absorption with age (Musso 2009)', 'A'),
  elderlyDeltaThetaMmolPerL: m(0.01, 'mmol/L', 'More urinary excretion with age (Musso 2009)', 'A'),
  elderlyFromAgeYears: m(70, 'y', 'Age from which the older-adult effects apply', 'A'),
  laxativeThresholdMgPerDay: m(
    SUPPLEMENT_UL_MG_PER_DAY,
    'mg/d',
    'UL for supplemental Mg: NOAEL for diarrhoea (SCF 2001, EFSA)',
    'S',
  ),
  laxativeFullEffectMgPerDay: m(
    750,
    'mg/d',
    'Laxative effect taken as full from here (IOM LOAEL 360 mg/d)',
    'A',
  ),
  laxativeAbsorptionLoss: m(0.3, '1', 'Faster transit lowers the absorbed fraction by up to 30%', 'A'),
  laxativeEndogenousGain: m(2, '1', 'Diarrhoea raises endogenous faecal loss up to 3×', 'A'),
} as const;

/** Mechanism-level inputs of the flux equations, all in mmol, L and days. */
export interface Effects {
  /** Food + water Mg, spread over the day's meals. */
  mealMmolPerDay: number;
  supplementMmolPerDay: number;
  supplementDosesPerDay: number;
  ivMmolPerDay: number;
  /** m_diet: phytate, fibre and alcohol on the meal Mg. */
  dietAbsorptionFactor: number;
  /** Gut disease and laxative effect on every oral source. */
  gutAbsorptionFactor: number;
  activeBlock: number;
  passiveBlock: number;
  vmaxFactor: number;
  endogenousFactor: number;
  deltaThetaMmolPerL: number;
  gfrLPerDay: number;
  milkMmolPerDay: number;
  /** 0–1: how strongly non-food Mg (supplements, Mg-rich water) acts as a laxative. */
  laxativeSeverity: number;
}

export const phytateFactor = (phytateMmol: number, halfEffectMmol: number): number =>
  1 / (1 + (phytateMmol / halfEffectMmol) ** 2);

/** Readily dissociable Mg salts count toward the UL and the laxative effect; food Mg does not. */
export const nonFoodMgPerDay = (inputs: ModelInputs): number =>
  inputs.supplementMgPerDay + inputs.waterMgPerL * inputs.waterLPerDay;

export function laxativeSeverity(nonFoodMg: number): number {
  const lo = MODIFIERS.laxativeThresholdMgPerDay.value;
  const hi = MODIFIERS.laxativeFullEffectMgPerDay.value;
  return Math.min(1, Math.max(0, (nonFoodMg - lo) / (hi - lo)));
}

export const isOlderAdult = (inputs: ModelInputs): boolean =>
  hasCondition(inputs, 'elderly') || inputs.ageYears >= MODIFIERS.elderlyFromAgeYears.value;

function deltaTheta(inputs: ModelInputs): number {
  const v = (k: keyof typeof MODIFIERS) => MODIFIERS[k].value;
  let d = 0;
  if (inputs.diuretic === 'loop') d += v('loopDeltaThetaMmolPerL');
  if (inputs.diuretic === 'thiazide') d += v('thiazideDeltaThetaMmolPerL');
  if (inputs.diuretic === 'potassium-sparing') d += v('potassiumSparingDeltaThetaMmolPerL');
  if (hasCondition(inputs, 'type2-diabetes')) d += v('diabetesDeltaThetaMmolPerL');
  if (hasCondition(inputs, 'alcohol')) d += v('alcoholDeltaThetaMmolPerL');
  if (isOlderAdult(inputs)) d += v('elderlyDeltaThetaMmolPerL');
  return d;
}

function ppiBlocks(inputs: ModelInputs): { active: number; passive: number } {
  if (inputs.ppi === 'typical') return { active: MODIFIERS.ppiTypicalActiveBlock.value, passive: 0 };
  if (inputs.ppi === 'susceptible')
    return {
      active: MODIFIERS.ppiSusceptibleActiveBlock.value,
      passive: MODIFIERS.ppiSusceptiblePassiveBlock.value,
    };
  return { active: 0, passive: 0 };
}

export function effectsOf(inputs: ModelInputs, p: ParameterValues): Effects {
  const gi = hasCondition(inputs, 'gi-disease');
  const laxative = laxativeSeverity(nonFoodMgPerDay(inputs));
  const ppi = ppiBlocks(inputs);
  const diet =
    phytateFactor(inputs.phytateMmolPerMeal, p.phytateHalfEffectMmol) *
    (inputs.fermentableFibre ? p.fibreAbsorptionFactor : 1) *
    (hasCondition(inputs, 'alcohol') ? MODIFIERS.alcoholDietAbsorptionFactor.value : 1);
  return {
    mealMmolPerDay: mgToMmol(inputs.intakeMgPerDay + inputs.waterMgPerL * inputs.waterLPerDay),
    supplementMmolPerDay: mgToMmol(inputs.supplementMgPerDay),
    supplementDosesPerDay: Math.max(1, inputs.supplementDosesPerDay),
    ivMmolPerDay: mgToMmol(inputs.ivMgPerDay),
    dietAbsorptionFactor: diet,
    gutAbsorptionFactor:
      (gi ? MODIFIERS.giAbsorptionFactor.value : 1) * (1 - MODIFIERS.laxativeAbsorptionLoss.value * laxative),
    activeBlock: ppi.active,
    passiveBlock: ppi.passive,
    vmaxFactor: isOlderAdult(inputs) ? MODIFIERS.elderlyVmaxFactor.value : 1,
    endogenousFactor:
      (gi ? MODIFIERS.giEndogenousFactor.value : 1) * (1 + MODIFIERS.laxativeEndogenousGain.value * laxative),
    deltaThetaMmolPerL: deltaTheta(inputs),
    gfrLPerDay: mlPerMinToLPerDay(inputs.gfrMlPerMin),
    milkMmolPerDay: hasCondition(inputs, 'lactation') ? mgToMmol(p.milkMgPerDay) : 0,
    laxativeSeverity: laxative,
  };
}
