/**
 * All fluxes of the model at one state (mmol/day), and the state derivative built from them.
 * One function serves the integrator's hot path and the reported outputs, so they cannot differ.
 * The equations (model spec §3) are written out readably in absorption.ts and kidney.ts; here the
 * same terms are pre-multiplied once per input change (makeContext), because this runs ~35,000
 * times for a projected year. tests/unit/fluxes.test.ts checks the two forms agree.
 */
import { windowLoads } from './absorption.ts';
import { fastSoftplus } from './kidney.ts';
import { MODIFIERS, type Effects } from './modifiers.ts';
import { extracellularVolumeL, type ParameterValues } from './parameters.ts';
import * as S from './state.ts';
import { mgToMmol } from './units.ts';

const softplus = fastSoftplus;
// Local copies: module bindings may compile to getters, which would dominate the hot path.
const E = S.E,
  M = S.M,
  T = S.T,
  B = S.B,
  D = S.D,
  X = S.PPI_EXPOSURE;
const CI = S.CUM_INTAKE,
  CF = S.CUM_FAECES,
  CU = S.CUM_URINE,
  CO = S.CUM_OTHER;

/** Everything a flux evaluation needs, with the per-input constants pre-multiplied. */
export interface Context {
  p: ParameterValues;
  thetaMmolPerL: number;
  effects: Effects;
  extracellularVolumeL: number;
  readonly k: Coefficients;
}

/** J_X = k (X0 (1 + γ (S/S_ref − 1)) − X) = base + slope · S − k · X */
interface Exchange {
  base: number;
  slope: number;
  rate: number;
}

interface Coefficients {
  invVolume: number;
  invSref: number;
  feedbackSlope: number; // α / S_ref
  feedbackMin: number;
  feedbackMax: number;
  // Carrier windows with distinct loads (absorption.ts): uptake per pathway with no PPI and g = 1.
  windowCount: number;
  windowRepeats: Float64Array; // how many of the three meals have this load
  paracellular: Float64Array; // mmol per window
  transcellular: Float64Array; // mmol per window
  ceiling: Float64Array; // F_cap × load
  supplementShare: Float64Array; // supplement part of the load
  gut: number;
  paracellularBlock: number; // full-effect PPI blocks
  transcellularBlock: number;
  ppiTarget: number;
  ppiRate: number; // 1/τ of the PPI exposure while on a PPI
  ppiFadeRate: number; // 1/τ after stopping
  ppiHill: number;
  oral: number;
  iv: number;
  endogenousPerSerum: number; // e0 × factor / S_ref
  filtrateOverSigma: number; // f_uf / σ
  thresholdOverSigma: number; // (θ − Δθ) / σ
  urineLinear: number; // GFR · FE_min · f_uf
  urineOverflow: number; // GFR · σ
  secretionK: number;
  milkScale: number;
  sweatScale: number;
  muscle: Exchange;
  soft: Exchange;
  bone: Exchange;
  deepRate: number;
  deepPerSurface: number;
}

const exchangeOf = (rate: number, x0: number, gamma: number, sref: number): Exchange => ({
  base: rate * x0 * (1 - gamma),
  slope: (rate * x0 * gamma) / sref,
  rate,
});

interface Windows {
  count: number;
  repeats: Float64Array;
  paracellular: Float64Array;
  transcellular: Float64Array;
  ceiling: Float64Array;
  supplementShare: Float64Array;
}

/** The meal windows' uptake terms, identical windows merged (n ≥ 3 doses: one load, three times). */
function carrierWindows(p: ParameterValues, e: Effects): Windows {
  const w: Windows = {
    count: 0,
    repeats: new Float64Array(3),
    paracellular: new Float64Array(3),
    transcellular: new Float64Array(3),
    ceiling: new Float64Array(3),
    supplementShare: new Float64Array(3),
  };
  const n = p.mealsPerDay;
  const vp = (e.carrierFactor * p.paracellularVmaxMmolPerDay) / n;
  const kp = p.paracellularKmMmolPerDay / n;
  const vt = (e.carrierFactor * e.transcellularVmaxFactor * p.transcellularVmaxMmolPerDay) / n;
  const kt = p.transcellularKmMmolPerDay / n;
  for (const load of windowLoads(e, p)) {
    const L = load.foodMmol + load.waterMmol + load.supplementMmol;
    if (!(L > 0)) continue;
    const i = w.count > 0 && w.ceiling[w.count - 1] === p.absorbedFractionCap * L ? w.count - 1 : w.count++;
    w.repeats[i] += 1;
    w.paracellular[i] = e.carrierFactor * p.paracellularLinearFraction * L + (vp * L) / (kp + L);
    w.transcellular[i] = (vt * L) / (kt + L);
    w.ceiling[i] = p.absorbedFractionCap * L;
    w.supplementShare[i] = load.supplementMmol / L;
  }
  return w;
}

function coefficients(p: ParameterValues, theta: number, e: Effects): Coefficients {
  const sref = p.serumRefMmolPerL;
  const sigma = p.thresholdSplayMmolPerL;
  const k = p.secretionHalfSaturationMmolPerL;
  const perRef = (sref + k) / sref; // secretions equal their nominal rate at S_ref
  const w = carrierWindows(p, e);
  return {
    invVolume: 1 / extracellularVolumeL(p),
    invSref: 1 / sref,
    feedbackSlope: p.statusFeedbackAlpha / sref,
    feedbackMin: p.statusFeedbackMin,
    feedbackMax: p.statusFeedbackMax,
    windowCount: w.count,
    windowRepeats: w.repeats,
    paracellular: w.paracellular,
    transcellular: w.transcellular,
    ceiling: w.ceiling,
    supplementShare: w.supplementShare,
    gut: e.gutAbsorptionFactor,
    paracellularBlock: e.ppiParacellularBlock,
    transcellularBlock: e.ppiTranscellularBlock,
    ppiTarget: e.ppiTarget,
    ppiRate: 1 / MODIFIERS.ppiOnsetTimeConstantDays.value,
    ppiFadeRate: 1 / MODIFIERS.ppiOffsetTimeConstantDays.value,
    ppiHill: MODIFIERS.ppiOnsetHillExponent.value,
    oral: e.foodMmolPerDay + e.waterMmolPerDay + e.supplementMmolPerDay,
    iv: e.ivMmolPerDay,
    endogenousPerSerum: (p.endogenousFaecalMmolPerDay * e.endogenousFactor) / sref,
    filtrateOverSigma: p.ultrafilterableFraction / sigma,
    thresholdOverSigma: (theta - e.deltaThetaMmolPerL) / sigma,
    urineLinear: e.gfrLPerDay * p.obligatoryExcretedFraction * p.ultrafilterableFraction,
    urineOverflow: e.gfrLPerDay * sigma,
    secretionK: k,
    milkScale: e.milkMmolPerDay * perRef,
    sweatScale: mgToMmol(p.sweatMgPerDay) * perRef,
    muscle: exchangeOf(p.muscleRatePerDay, p.muscleRefMmol, p.muscleGamma, sref),
    soft: exchangeOf(p.softTissueRatePerDay, p.softTissueRefMmol, p.softTissueGamma, sref),
    bone: exchangeOf(p.boneSurfaceRatePerDay, p.boneSurfaceRefMmol, p.boneSurfaceGamma, sref),
    deepRate: p.deepBoneRemodellingPerDay,
    deepPerSurface: p.deepBoneRefMmol / p.boneSurfaceRefMmol,
  };
}

export function makeContext(p: ParameterValues, thetaMmolPerL: number, effects: Effects): Context {
  return {
    p,
    thetaMmolPerL,
    effects,
    extracellularVolumeL: extracellularVolumeL(p),
    k: coefficients(p, thetaMmolPerL, effects),
  };
}

export interface Fluxes {
  serumMmolPerL: number;
  oralIntakeMmolPerDay: number;
  ivMmolPerDay: number;
  mealAbsorbedMmolPerDay: number;
  supplementAbsorbedMmolPerDay: number;
  absorbedMmolPerDay: number;
  endogenousMmolPerDay: number;
  faecesMmolPerDay: number;
  urineMmolPerDay: number;
  milkMmolPerDay: number;
  sweatMmolPerDay: number;
  /** Net uptake into each tissue (negative = release to the extracellular fluid). */
  muscleUptakeMmolPerDay: number;
  softTissueUptakeMmolPerDay: number;
  boneSurfaceUptakeMmolPerDay: number;
  /** Net transfer bone surface → deep bone (remodelling). */
  deepBoneUptakeMmolPerDay: number;
}

export const emptyFluxes = (): Fluxes => ({
  serumMmolPerL: 0,
  oralIntakeMmolPerDay: 0,
  ivMmolPerDay: 0,
  mealAbsorbedMmolPerDay: 0,
  supplementAbsorbedMmolPerDay: 0,
  absorbedMmolPerDay: 0,
  endogenousMmolPerDay: 0,
  faecesMmolPerDay: 0,
  urineMmolPerDay: 0,
  milkMmolPerDay: 0,
  sweatMmolPerDay: 0,
  muscleUptakeMmolPerDay: 0,
  softTissueUptakeMmolPerDay: 0,
  boneSurfaceUptakeMmolPerDay: 0,
  deepBoneUptakeMmolPerDay: 0,
});

export function evaluateFluxes(y: Float64Array, c: Context, out: Fluxes): Fluxes {
  const k = c.k;
  const e = y[E];
  const s = e > 0 ? e * k.invVolume : 0;
  // Status feedback g(S) on transcellular uptake, clipped.
  let g = 1 - k.feedbackSlope * (s - 1 / k.invSref);
  g = g < k.feedbackMin ? k.feedbackMin : g > k.feedbackMax ? k.feedbackMax : g;
  // How far the PPI effect has built up: x^h of the exposure state (absorption.ts ppiEffectOf).
  const exposure = y[X];
  let ppi = 0;
  if (k.paracellularBlock + k.transcellularBlock > 0 && exposure > 0) {
    // x³ written out: Math.pow costs more than the rest of the absorption term.
    ppi =
      exposure >= 1 ? 1 : k.ppiHill === 3 ? exposure * exposure * exposure : Math.pow(exposure, k.ppiHill);
  }
  const para = 1 - k.paracellularBlock * ppi;
  const trans = g * (1 - k.transcellularBlock * ppi);
  let absorbed = 0;
  let supp = 0;
  for (let i = 0; i < k.windowCount; i++) {
    let a = para * k.paracellular[i] + trans * k.transcellular[i];
    if (a > k.ceiling[i]) a = k.ceiling[i];
    a *= k.windowRepeats[i];
    absorbed += a;
    supp += a * k.supplementShare[i];
  }
  absorbed *= k.gut;
  supp *= k.gut;
  const meal = absorbed - supp;
  const endogenous = k.endogenousPerSerum * s;
  // Urine: filtration with a sharp (softplus) tubular threshold plus an obligatory fraction.
  const x = s * k.filtrateOverSigma - k.thresholdOverSigma;
  const overflow = softplus(x);
  const secreting = s / (s + k.secretionK);
  out.serumMmolPerL = s;
  out.oralIntakeMmolPerDay = k.oral;
  out.ivMmolPerDay = k.iv;
  out.mealAbsorbedMmolPerDay = meal;
  out.supplementAbsorbedMmolPerDay = supp;
  out.absorbedMmolPerDay = absorbed;
  out.endogenousMmolPerDay = endogenous;
  out.faecesMmolPerDay = k.oral - absorbed + endogenous;
  out.urineMmolPerDay = k.urineLinear * s + k.urineOverflow * overflow;
  out.milkMmolPerDay = k.milkScale * secreting;
  out.sweatMmolPerDay = k.sweatScale * secreting;
  out.muscleUptakeMmolPerDay = k.muscle.base + k.muscle.slope * s - k.muscle.rate * y[M];
  out.softTissueUptakeMmolPerDay = k.soft.base + k.soft.slope * s - k.soft.rate * y[T];
  out.boneSurfaceUptakeMmolPerDay = k.bone.base + k.bone.slope * s - k.bone.rate * y[B];
  out.deepBoneUptakeMmolPerDay = k.deepRate * (k.deepPerSurface * y[B] - y[D]);
  return out;
}

/** dy/dt from the fluxes; the cumulative counters receive the in- and outflows. */
export function derivative(y: Float64Array, dy: Float64Array, c: Context, f: Fluxes): void {
  evaluateFluxes(y, c, f);
  const other = f.milkMmolPerDay + f.sweatMmolPerDay;
  dy[E] =
    f.absorbedMmolPerDay +
    f.ivMmolPerDay -
    f.endogenousMmolPerDay -
    f.urineMmolPerDay -
    other -
    f.muscleUptakeMmolPerDay -
    f.softTissueUptakeMmolPerDay -
    f.boneSurfaceUptakeMmolPerDay;
  dy[M] = f.muscleUptakeMmolPerDay;
  dy[T] = f.softTissueUptakeMmolPerDay;
  dy[B] = f.boneSurfaceUptakeMmolPerDay - f.deepBoneUptakeMmolPerDay;
  dy[D] = f.deepBoneUptakeMmolPerDay;
  const towards = c.k.ppiTarget - y[X];
  dy[X] = (towards > 0 ? c.k.ppiRate : c.k.ppiFadeRate) * towards;
  dy[CI] = f.oralIntakeMmolPerDay + f.ivMmolPerDay;
  dy[CF] = f.faecesMmolPerDay;
  dy[CU] = f.urineMmolPerDay;
  dy[CO] = other;
}
