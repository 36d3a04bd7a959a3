/**
 * Every physiological constant of the model, with unit, source and evidence grade.
 * Grades: S = primary paper or authoritative report; S2 = second-hand; E = our estimate from S/S2
 * numbers; A = assumption with no source, chosen for plausible behaviour.
 * θ (renal threshold) is not here: it is calibrated from the reference state (calibration.ts).
 */

export type Grade = 'S' | 'S2' | 'E' | 'A';

export interface Parameter {
  value: number;
  unit: string;
  source: string;
  grade: Grade;
}

const p = (value: number, unit: string, source: string, grade: Grade): Parameter => ({
  value,
  unit,
  source,
  grade,
});

export const PARAMETERS = {
  serumRefMmolPerL: p(0.85, 'mmol/L', 'Reference serum Mg; normal 0.75–0.95 (HGR 2016, EFSA 2015)', 'S'),
  plasmaVolumeL: p(3.0, 'L', 'Standard body water, 70 kg adult', 'A'),
  interstitialVolumeL: p(11.0, 'L', 'Standard body water, 70 kg adult', 'A'),
  ultrafilterableFraction: p(0.7, '1', 'Ultrafilterable share of serum Mg (ionised + complexed)', 'S2'),
  ionisedFraction: p(
    0.55,
    '1',
    'Free (ionised) share of serum Mg: about 54% (seed article, EFSA 2015), 54–62% (Elin 1987)',
    'S2',
  ),
  referenceIntakeMgPerDay: p(350, 'mg/d', 'EFSA 2015 adequate intake, men ≥ 18 y', 'S'),

  // Absorption: one shared carrier, loaded meal by meal (absorption.ts). Two pathways per load,
  // each saturable (Michaelis–Menten) with V/3 and K/3 per meal, so three equal loads give exactly
  // the daily form J = f_lin·I + I·V_para/(K_para + I) + g·I·V_trans/(K_trans + I). The paracellular
  // pathway (small intestine, passive, claudins: f_lin and V_para) has a low affinity and a high
  // capacity: close to linear over a normal meal, it carries most of the uptake at normal intakes (seed article; de Baaij 2015
  // Physiol Rev 95:1; Schuchardt & Hahn 2017). The transcellular pathway (TRPM6/7, mainly colon) has
  // a high affinity and a small capacity, with the status feedback g(S): it carries most of the
  // uptake at very low intakes. Together they reproduce Fine 1991's curvilinear kinetics (C4).
  paracellularLinearFraction: p(
    0.03,
    '1',
    'Passive paracellular uptake that never saturates (Fine 1991: a mechanism that "endlessly absorbs a defined fraction"; fitted with the terms below)',
    'E',
  ),
  paracellularVmaxMmolPerDay: p(
    9.4,
    'mmol/d',
    'Fitted: Fine 1991 (65% → 11% per meal, C4), Sabatier 2003 (C6), Schwartz 1984 (C5), 40% at 350 mg/d (EFSA 2015), paracellular ≈ 2/3 of uptake at 350 mg/d (seed article)',
    'E',
  ),
  paracellularKmMmolPerDay: p(
    26,
    'mmol/d',
    'Fitted with the paracellular V_max (low affinity: 8.7 mmol per meal)',
    'E',
  ),
  transcellularVmaxMmolPerDay: p(
    2.9,
    'mmol/d',
    'Fitted as above; transcellular (TRPM6/7) carries > 1/2 of uptake below ≈ 60 mg/d (seed article; de Baaij 2015)',
    'E',
  ),
  transcellularKmMmolPerDay: p(
    6.6,
    'mmol/d',
    'Fitted with the transcellular V_max (high affinity: 2.2 mmol per meal)',
    'E',
  ),
  mealsPerDay: p(3, '1/d', 'Per-meal form: V/3 and K/3 per load (model spec §3)', 'A'),
  statusFeedbackAlpha: p(1.0, '1', 'Status feedback on transcellular uptake (TRPM6/7)', 'A'),
  statusFeedbackMin: p(0.5, '1', 'Lower clip of the status feedback g(S)', 'A'),
  statusFeedbackMax: p(2.0, '1', 'Upper clip of the status feedback g(S)', 'A'),
  absorbedFractionCap: p(0.95, '1', 'Ceiling on the absorbed fraction of one load', 'A'),
  phytateHalfEffectMolarRatio: p(
    0.267,
    'mol/mol',
    'Phytic acid : food Mg molar ratio per meal that halves the Mg free to load the carrier; fitted to Bohn 2004 Am J Clin Nutr 79:418 (C7)',
    'E',
  ),
  phytateHillExponent: p(
    2.21,
    '1',
    'Steepness of the phytate effect; fitted to the two phytate doses of Bohn 2004 (C7)',
    'E',
  ),
  fibreAbsorptionFactor: p(1.1, '1', 'Fermentable fibre raises absorption (direction, EFSA 2015)', 'A'),

  endogenousFaecalMmolPerDay: p(1.0, 'mmol/d', 'Endogenous faecal loss e0 at reference serum', 'A'),

  // Kidney
  gfrRefMlPerMin: p(120, 'mL/min', 'Standard adult GFR (≈ 173 L/d; the model default of the GFR input)', 'A'),
  obligatoryExcretedFraction: p(0.005, '1', 'FE_min: urinary floor ≈ 0.5 mmol/d (EFSA/HGR via seed)', 'E'),
  thresholdSplayMmolPerL: p(0.012, 'mmol/L', 'σ: splay of the tubular threshold ("sharp")', 'A'),
  measuredTmMgMmolPerL: p(
    0.58,
    'mmol/L filtrate',
    'TmMg in man (J Clin Endocrinol Metab); not used in the equations: the calibrated θ is checked against it',
    'S',
  ),

  // Tissue exchange: J_X = k_X (X0 (1 + γ_X (S/S_ref − 1)) − X)
  muscleRefMmol: p(250, 'mmol', '≈25% of body Mg in muscle (EFSA 2015 via seed)', 'E'),
  muscleGamma: p(0.05, '1', 'Muscle defends its Mg', 'A'),
  muscleRatePerDay: p(0.25, '1/d', 'Muscle exchange rate', 'A'),
  softTissueRefMmol: p(140, 'mmol', 'Remainder of 1000 mmol body Mg (liver, red cells, …)', 'E'),
  softTissueGamma: p(0.2, '1', 'Soft tissue set point sensitivity', 'A'),
  softTissueRatePerDay: p(1.0, '1/d', 'Soft tissue exchange rate', 'A'),
  boneSurfaceRefMmol: p(200, 'mmol', 'One third of bone Mg is exchangeable (IOM 1997, Elin 1987)', 'S2'),
  boneSurfaceGamma: p(0.25, '1', 'Bone surface gives most', 'A'),
  boneSurfaceRatePerDay: p(0.1, '1/d', 'Bone surface exchange rate', 'A'),
  deepBoneRefMmol: p(400, 'mmol', '600 mmol bone × 2/3 bound to apatite', 'E'),
  deepBoneRemodellingPerDay: p(
    0.1 / 365,
    '1/d',
    'Slow exchange surface ↔ deep bone at adult bone turnover ≈ 10%/year',
    'A',
  ),

  // Other losses
  sweatMgPerDay: p(4, 'mg/d', 'Sweat losses are very limited (seed; IOM 1997)', 'S2'),
  milkMgPerDay: p(25, 'mg/d', 'Mg secreted in breast milk (EFSA 2015 via seed)', 'S'),
  secretionHalfSaturationMmolPerL: p(
    0.05,
    'mmol/L',
    'Milk and sweat Mg fall only when serum is nearly gone (keeps pools non-negative)',
    'A',
  ),
} as const satisfies Record<string, Parameter>;

export type ParameterName = keyof typeof PARAMETERS;

/** Plain numbers for the hot path. */
export type ParameterValues = { [K in ParameterName]: number };

export const parameterValues = (): ParameterValues =>
  Object.fromEntries(Object.entries(PARAMETERS).map(([k, v]) => [k, v.value])) as ParameterValues;

export const DEFAULT_PARAMETERS: Readonly<ParameterValues> = Object.freeze(parameterValues());

/** Extracellular volume that carries serum Mg: V_E = V_p + f_uf · V_isf (interstitium has only ultrafilterable Mg). */
export const extracellularVolumeL = (p: ParameterValues): number =>
  p.plasmaVolumeL + p.ultrafilterableFraction * p.interstitialVolumeL;
