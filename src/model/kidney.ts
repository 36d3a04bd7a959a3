/**
 * Renal handling: glomerular filtration of the ultrafilterable serum Mg, a sharp tubular
 * reabsorption threshold θ (TmMg) smoothed by σ, and a small obligatory excreted fraction
 * (docs/model.md §3.3):
 *   J_urine = GFR · [FE_min · f_uf · S + σ · ln(1 + exp((f_uf · S − (θ − Δθ)) / σ))]
 * Urine is computed here only: `urineFrom` is the equation with its constants multiplied out once
 * per input change (`renalCoefficients`); the integrator's hot path and every read-out call it.
 */
import type { ParameterValues } from './parameters.ts';

/** ln(1 + e^x) without overflow. */
export function softplus(x: number): number {
  return x > 30 ? x : Math.log1p(Math.exp(x));
}

/** Inverse of softplus, for y > 0. */
export function softplusInverse(y: number): number {
  return y > 30 ? y : Math.log(Math.expm1(y));
}

/** The urine equation's constants for one kidney and one set of drugs and conditions. */
export interface RenalCoefficients {
  /** GFR · FE_min · f_uf: the obligatory part, per mmol/L of serum. */
  linear: number;
  /** GFR · σ: the overflow above the threshold, per unit of softplus. */
  overflow: number;
  /** f_uf / σ */
  filtrateOverSigma: number;
  /** (θ − Δθ) / σ */
  thresholdOverSigma: number;
}

export function renalCoefficients(
  gfrLPerDay: number,
  thetaMmolPerL: number,
  deltaThetaMmolPerL: number,
  p: ParameterValues,
): RenalCoefficients {
  const sigma = p.thresholdSplayMmolPerL;
  return {
    linear: gfrLPerDay * p.obligatoryExcretedFraction * p.ultrafilterableFraction,
    overflow: gfrLPerDay * sigma,
    filtrateOverSigma: p.ultrafilterableFraction / sigma,
    thresholdOverSigma: (thetaMmolPerL - deltaThetaMmolPerL) / sigma,
  };
}

/**
 * J_urine (mmol/day) at serum S: GFR · FE_min · f_uf · S + GFR · σ · softplus((f_uf · S − (θ − Δθ)) / σ),
 * with the tabulated softplus (below). The one place urine is computed.
 */
export function urineFrom(k: RenalCoefficients, serumMmolPerL: number): number {
  return (
    k.linear * serumMmolPerL +
    k.overflow * fastSoftplus(serumMmolPerL * k.filtrateOverSigma - k.thresholdOverSigma)
  );
}

export function urineMmolPerDay(
  serumMmolPerL: number,
  gfrLPerDay: number,
  thetaMmolPerL: number,
  deltaThetaMmolPerL: number,
  p: ParameterValues,
): number {
  return urineFrom(renalCoefficients(gfrLPerDay, thetaMmolPerL, deltaThetaMmolPerL, p), serumMmolPerL);
}

/** Filtered load, mmol/day: GFR × ultrafilterable serum Mg. */
export const filteredLoadMmolPerDay = (
  serumMmolPerL: number,
  gfrLPerDay: number,
  p: ParameterValues,
): number => gfrLPerDay * p.ultrafilterableFraction * serumMmolPerL;

/**
 * The threshold θ that makes urine carry exactly `urineTargetMmolPerDay` at serum S_ref
 * (analytic inverse of the urine equation with Δθ = 0).
 */
export function thresholdForUrine(
  urineTargetMmolPerDay: number,
  gfrLPerDay: number,
  p: ParameterValues,
): number {
  const filtrate = p.ultrafilterableFraction * p.serumRefMmolPerL;
  const sigma = p.thresholdSplayMmolPerL;
  const overflowPerL = urineTargetMmolPerDay / gfrLPerDay - p.obligatoryExcretedFraction * filtrate;
  if (!(overflowPerL > 0))
    throw new Error('Reference urine is below the obligatory floor: cannot calibrate θ');
  return filtrate - sigma * softplusInverse(overflowPerL / sigma);
}

// Fast softplus for the integrator's hot path: softplus(x) = max(x, 0) + ln(1 + e^−|x|), the
// second term interpolated linearly in a fine table (step 1/512; |error| < 5e-7 of σ-scaled units,
// i.e. < 1e-8 mmol/L of filtrate), several times faster than exp + log.
const TABLE_STEPS_PER_UNIT = 512;
const TABLE_END = 40;
const TABLE_SIZE = TABLE_END * TABLE_STEPS_PER_UNIT + 2;
const tail = tailTable();

/**
 * Filled in a function of its own, not in the module's top-level code: a 20,000-step loop there
 * gets that code optimised while it runs, and in the bundled page the top-level code is the whole
 * app, which the browser would then parse a second time (about 70 ms on the page's start-up).
 */
function tailTable(): Float64Array {
  const table = new Float64Array(TABLE_SIZE);
  for (let i = 0; i < TABLE_SIZE; i++) table[i] = Math.log1p(Math.exp(-i / TABLE_STEPS_PER_UNIT));
  return table;
}

export function fastSoftplus(x: number): number {
  const a = x < 0 ? -x : x;
  const base = x > 0 ? x : 0;
  if (a >= TABLE_END) return base;
  const u = a * TABLE_STEPS_PER_UNIT;
  const i = u | 0;
  const y0 = tail[i];
  return base + y0 + (u - i) * (tail[i + 1] - y0);
}
