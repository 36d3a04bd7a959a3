/**
 * All fluxes of the model at one state (mmol/day), and the state derivative built from them.
 * One function serves the integrator's hot path and the reported outputs, so they cannot differ.
 * The equations are those of docs/model.md §3. Absorption is written out readably in
 * absorption.ts and its terms are pre-multiplied here once per input change (makeContext),
 * because this runs ~29,000 times for a projected year (365 days × 20 steps × 4 stages); tests/unit/model/fluxes.test.ts checks
 * the two forms agree. Urine has one form only (kidney.ts `urineFrom`), evaluated here with the
 * tabulated softplus. See docs/implementation-notes.md.
 */
import { bolusAbsorbedFraction } from './absorption.ts';
import { renalCoefficients, urineFrom, type RenalCoefficients } from './kidney.ts';
import type { Effects } from './modifiers.ts';
import { extracellularVolumeL, type ParameterValues } from './parameters.ts';
import * as S from './state.ts';
import { mgToMmol } from './units.ts';

// Local copies: module bindings may compile to getters, which would dominate the hot path.
const E = S.E,
  M = S.M,
  T = S.T,
  B = S.B,
  D = S.D;
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

interface Coefficients extends RenalCoefficients {
  invVolume: number;
  invSref: number;
  feedbackSlope: number; // α / S_ref
  feedbackMin: number;
  feedbackMax: number;
  cap: number;
  passive: number; // (1 − q) f_pass
  mealActive: number; // active fraction of a meal at g = 1
  supplementActive: number; // active fraction of a dose at g = 1
  mealAvailable: number; // meal Mg × diet × gut factors, mmol/d
  supplementAvailable: number; // supplement Mg × gut factor, mmol/d
  oral: number;
  iv: number;
  endogenousPerSerum: number; // e0 × factor / S_ref
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

function coefficients(p: ParameterValues, theta: number, e: Effects): Coefficients {
  const sref = p.serumRefMmolPerL;
  const k = p.secretionHalfSaturationMmolPerL;
  const blocksOnly = { ...e, passiveBlock: 1 }; // active part alone
  const meal = e.mealMmolPerDay;
  const supp = e.supplementMmolPerDay;
  const perRef = (sref + k) / sref; // secretions equal their nominal rate at S_ref
  return {
    invVolume: 1 / extracellularVolumeL(p),
    invSref: 1 / sref,
    feedbackSlope: p.statusFeedbackAlpha / sref,
    feedbackMin: p.statusFeedbackMin,
    feedbackMax: p.statusFeedbackMax,
    cap: p.absorbedFractionCap,
    passive: (1 - e.passiveBlock) * p.passiveFraction,
    mealActive: bolusAbsorbedFraction(meal / p.mealsPerDay, 1, blocksOnly, {
      ...p,
      absorbedFractionCap: Infinity,
    }),
    supplementActive: bolusAbsorbedFraction(supp / e.supplementDosesPerDay, 1, blocksOnly, {
      ...p,
      absorbedFractionCap: Infinity,
    }),
    mealAvailable: meal * e.dietAbsorptionFactor * e.gutAbsorptionFactor,
    supplementAvailable: supp * e.gutAbsorptionFactor,
    oral: meal + supp,
    iv: e.ivMmolPerDay,
    endogenousPerSerum: (p.endogenousFaecalMmolPerDay * e.endogenousFactor) / sref,
    ...renalCoefficients(e.gfrLPerDay, theta, e.deltaThetaMmolPerL, p),
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
  // Status feedback g(S) on active uptake, clipped.
  let g = 1 - k.feedbackSlope * (s - 1 / k.invSref);
  g = g < k.feedbackMin ? k.feedbackMin : g > k.feedbackMax ? k.feedbackMax : g;
  const mealFraction = Math.min(k.cap, k.passive + g * k.mealActive);
  const meal = k.mealAvailable * mealFraction;
  const supp =
    k.supplementAvailable > 0
      ? k.supplementAvailable * Math.min(k.cap, k.passive + g * k.supplementActive)
      : 0;
  const absorbed = meal + supp;
  const endogenous = k.endogenousPerSerum * s;
  const secreting = s / (s + k.secretionK);
  out.serumMmolPerL = s;
  out.oralIntakeMmolPerDay = k.oral;
  out.ivMmolPerDay = k.iv;
  out.mealAbsorbedMmolPerDay = meal;
  out.supplementAbsorbedMmolPerDay = supp;
  out.absorbedMmolPerDay = absorbed;
  out.endogenousMmolPerDay = endogenous;
  out.faecesMmolPerDay = k.oral - absorbed + endogenous;
  // Filtration with a sharp (softplus) tubular threshold plus an obligatory fraction.
  out.urineMmolPerDay = urineFrom(k, s);
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
  dy[CI] = f.oralIntakeMmolPerDay + f.ivMmolPerDay;
  dy[CF] = f.faecesMmolPerDay;
  dy[CU] = f.urineMmolPerDay;
  dy[CO] = other;
}
