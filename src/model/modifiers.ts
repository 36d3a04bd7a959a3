/**
 * Turns user inputs into mechanism-level effects: each drug or condition acts on the mechanism
 * physiology says it does (model spec §5). Sizes and grades are in MODIFIERS.
 */
import { hasCondition, type ModelInputs } from './inputs.ts';
import type { Grade, ParameterValues } from './parameters.ts';
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
  // PPIs act on the gut (Hess 2012; Thongon & Krishnamra 2011: omeprazole lowers both the TRPM6/7
  // and the paracellular uptake in intestinal cells). Typical users: a small transcellular block,
  // sized from 24-h urine of PPI users (William 2014: −10.5 ± 5.3 mg/day) and serum in the general
  // population (Kieboom 2015: −0.011 mmol/L). Susceptible users (a small minority): both pathways,
  // sized to 64 case reports (Janett 2015: serum 0.24 mmol/L after years; C11).
  ppiTypicalTranscellularBlock: m(
    0.2,
    '1',
    'Typical users: urine ≈ 10 mg/day lower (William 2014, Nephrology 19:798; Kieboom 2015, Am J Kidney Dis 66:775)',
    'E',
  ),
  ppiSusceptibleTranscellularBlock: m(
    1.0,
    '1',
    'Susceptible users: TRPM6/7 uptake fully blocked (Hess 2012)',
    'E',
  ),
  ppiSusceptibleParacellularBlock: m(
    0.85,
    '1',
    'Susceptible users: paracellular uptake mostly blocked too (Thongon 2011); sized to C11 (Janett 2015)',
    'E',
  ),
  ppiOnsetTimeConstantDays: m(
    250,
    'd',
    'The PPI effect builds up over years (median onset 5.5 y, Hess 2012; 4 [3–10] y, Janett 2015), while it lifts within days of stopping and returns on re-challenge (Janett 2015)',
    'E',
  ),
  ppiOffsetTimeConstantDays: m(
    1095,
    'd',
    'After stopping, the built-up susceptibility fades slowly (re-challenge brings hypomagnesaemia back, Janett 2015); the block itself lifts at once',
    'A',
  ),
  ppiOnsetHillExponent: m(
    3,
    '1',
    'The effect starts slowly (few cases in the first year; seed article: > 1 year)',
    'A',
  ),
  diabetesDeltaThetaMmolPerL: m(
    0.08,
    'mmol/L',
    'Glycosuria, osmotic diuresis; sized to the mean serum of 395 patients, 0.74 mmol/L (Kurstjens 2017)',
    'E',
  ),
  alcoholDeltaThetaMmolPerL: m(0.03, 'mmol/L', 'Alcohol raises urinary Mg (Rivlin 1994)', 'A'),
  alcoholDietAbsorptionFactor: m(0.8, '1', 'Vomiting, diarrhoea, poor diet quality (Rivlin 1994)', 'A'),
  giAbsorptionFactor: m(0.6, '1', "Crohn's, coeliac disease, bypass: less absorbing gut (Rude 2010)", 'A'),
  giEndogenousFactor: m(4, '1', 'Diarrhoea: e0 × 3–5', 'A'),
  elderlyVmaxFactor: m(0.8, '1', 'Lower intestinal absorption with age (Musso 2009)', 'A'),
  elderlyDeltaThetaMmolPerL: m(0.01, 'mmol/L', 'More urinary excretion with age (Musso 2009)', 'A'),
  elderlyFromAgeYears: m(70, 'y', 'Age from which the older-adult effects apply', 'A'),
  laxativeThresholdMgPerDay: m(
    250,
    'mg/d',
    'UL for supplemental Mg: NOAEL for diarrhoea (SCF 2001, EFSA); counts supplements and Mg-rich water (SCF 2001)',
    'S',
  ),
  laxativeFullEffectMgPerDay: m(
    750,
    'mg/d',
    'Laxative effect taken as full from here (IOM LOAEL 360 mg/d; diarrhoea common at gram doses)',
    'A',
  ),
  laxativeNonFoodAbsorptionLoss: m(
    0.15,
    '1',
    'Faster transit hurries up to 15% of the non-food Mg past the carrier; food Mg untouched (model spec §5; size A)',
    'A',
  ),
  oxideAvailability: m(
    0.45,
    '1',
    'Mg oxide/hydroxide dissolve poorly: 24-h urinary recovery ≈ 4% vs 9–11% for soluble salts (Firoz & Graber 2001, Magnes Res 14:257; Lindberg 1990; Kappeler 2017)',
    'E',
  ),
} as const;

/** Mechanism-level inputs of the flux equations, all in mmol, L and days. */
export interface Effects {
  /** Mg eaten in food, spread evenly over the day's meals. */
  foodMmolPerDay: number;
  /** Mg from drinking water, spread evenly over the meals (non-food Mg). */
  waterMmolPerDay: number;
  supplementMmolPerDay: number;
  supplementDosesPerDay: number;
  ivMmolPerDay: number;
  /** Share of food Mg free to load the carrier: phytic acid (per meal, by molar ratio) and alcohol. */
  foodAvailability: number;
  /** Share of non-food Mg (water, supplement) not hurried past the carrier by the laxative effect. */
  nonFoodAvailability: number;
  /** Share of the supplement that dissolves (salt form). */
  supplementAvailability: number;
  /** Fermentable fibre on both pathways' capacity. */
  carrierFactor: number;
  /** Older age on the transcellular capacity. */
  transcellularVmaxFactor: number;
  /** Gut disease on everything absorbed. */
  gutAbsorptionFactor: number;
  /** Full-effect PPI blocks of each pathway (reached as the PPI effect builds up). */
  ppiTranscellularBlock: number;
  ppiParacellularBlock: number;
  /** 1 while a PPI is taken (the PPI effect builds up towards it), else 0. */
  ppiTarget: number;
  endogenousFactor: number;
  deltaThetaMmolPerL: number;
  gfrLPerDay: number;
  milkMmolPerDay: number;
  /** 0–1: how strongly non-food Mg (supplements, Mg-rich water) acts as a laxative. */
  laxativeSeverity: number;
}

/**
 * Share of food Mg free to load the carrier with phytic acid in the meal. Phytate binds Mg by
 * stoichiometry, so the effect follows the phytic acid : Mg molar ratio of the meal (as the
 * phytate : zinc ratio does for zinc, WHO/IZiNCG): foods rich in Mg bring their own Mg along.
 * Bohn 2004 used one Mg level, so its data cannot tell the ratio from the amount.
 */
export function phytateAvailability(
  phytateMmolPerMeal: number,
  foodMgMmolPerMeal: number,
  p: Pick<ParameterValues, 'phytateHalfEffectMolarRatio' | 'phytateHillExponent'>,
): number {
  if (!(phytateMmolPerMeal > 0)) return 1;
  if (!(foodMgMmolPerMeal > 0)) return 0;
  const ratio = phytateMmolPerMeal / foodMgMmolPerMeal;
  return 1 / (1 + (ratio / p.phytateHalfEffectMolarRatio) ** p.phytateHillExponent);
}

/** Readily dissociable Mg salts count toward the UL and the laxative effect; food Mg does not (SCF 2001). */
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

function ppiBlocks(inputs: ModelInputs): { transcellular: number; paracellular: number } {
  if (inputs.ppi === 'typical')
    return { transcellular: MODIFIERS.ppiTypicalTranscellularBlock.value, paracellular: 0 };
  if (inputs.ppi === 'susceptible')
    return {
      transcellular: MODIFIERS.ppiSusceptibleTranscellularBlock.value,
      paracellular: MODIFIERS.ppiSusceptibleParacellularBlock.value,
    };
  return { transcellular: 0, paracellular: 0 };
}

/**
 * The laxative effect: a small share of the non-food Mg is hurried past the carrier. Written as an
 * available share (1 − λ) that falls linearly over the laxative range, so that the available amount
 * N·(1 − λ(N)) still rises with N (its slope ≥ 1 − λmax·(1 + hi/(hi − lo)) > 0): a larger dose never
 * gives less absorbed Mg. No extra endogenous loss is added: a loss that grows with the dose could
 * outgrow the extra Mg absorbed by someone who absorbs almost nothing, and so invert the dose response.
 */
export const laxativeAvailability = (nonFoodMg: number): number =>
  1 - MODIFIERS.laxativeNonFoodAbsorptionLoss.value * laxativeSeverity(nonFoodMg);

export function effectsOf(inputs: ModelInputs, p: ParameterValues): Effects {
  const gi = hasCondition(inputs, 'gi-disease');
  const nonFood = nonFoodMgPerDay(inputs);
  const ppi = ppiBlocks(inputs);
  const food = mgToMmol(inputs.intakeMgPerDay);
  const phytate = phytateAvailability(inputs.phytateMmolPerMeal, food / p.mealsPerDay, p);
  return {
    foodMmolPerDay: food,
    waterMmolPerDay: mgToMmol(inputs.waterMgPerL * inputs.waterLPerDay),
    supplementMmolPerDay: mgToMmol(inputs.supplementMgPerDay),
    supplementDosesPerDay: Math.max(1, Math.round(inputs.supplementDosesPerDay)),
    ivMmolPerDay: mgToMmol(inputs.ivMgPerDay),
    foodAvailability:
      phytate * (hasCondition(inputs, 'alcohol') ? MODIFIERS.alcoholDietAbsorptionFactor.value : 1),
    nonFoodAvailability: laxativeAvailability(nonFood),
    supplementAvailability: inputs.supplementForm === 'oxide' ? MODIFIERS.oxideAvailability.value : 1,
    carrierFactor: inputs.fermentableFibre ? p.fibreAbsorptionFactor : 1,
    transcellularVmaxFactor: isOlderAdult(inputs) ? MODIFIERS.elderlyVmaxFactor.value : 1,
    gutAbsorptionFactor: gi ? MODIFIERS.giAbsorptionFactor.value : 1,
    ppiTranscellularBlock: ppi.transcellular,
    ppiParacellularBlock: ppi.paracellular,
    ppiTarget: inputs.ppi === 'none' ? 0 : 1,
    endogenousFactor: gi ? MODIFIERS.giEndogenousFactor.value : 1,
    deltaThetaMmolPerL: deltaTheta(inputs),
    gfrLPerDay: mlPerMinToLPerDay(inputs.gfrMlPerMin),
    milkMmolPerDay: hasCondition(inputs, 'lactation') ? mgToMmol(p.milkMgPerDay) : 0,
    laxativeSeverity: laxativeSeverity(nonFood),
  };
}
