/**
 * Intestinal absorption: saturable active (transcellular, TRPM6/7) + linear passive (paracellular)
 * uptake, after Fine et al. 1991. The daily form for food equals three equal meals, each with
 * V_max/3 and K_m/3; every supplement dose is its own bolus, so split doses are absorbed better.
 */
import type { Effects } from './modifiers.ts';
import type { ParameterValues } from './parameters.ts';

/** Status feedback on active uptake: g(S) = clip(1 + α (S_ref − S)/S_ref, g_min, g_max). */
export function statusFeedback(serumMmolPerL: number, p: ParameterValues): number {
  const g = 1 + (p.statusFeedbackAlpha * (p.serumRefMmolPerL - serumMmolPerL)) / p.serumRefMmolPerL;
  return Math.min(p.statusFeedbackMax, Math.max(p.statusFeedbackMin, g));
}

/**
 * Absorbed fraction of one bolus (a meal or a supplement dose) of `doseMmol`, before diet and gut
 * factors. Each bolus has V_max/3 and K_m/3: for food, three meals of I/3 give the daily form
 * I · V_max / (K_m + I).
 */
export function bolusAbsorbedFraction(
  doseMmol: number,
  feedback: number,
  e: Pick<Effects, 'activeBlock' | 'passiveBlock' | 'vmaxFactor'>,
  p: ParameterValues,
): number {
  const vmax = (p.activeVmaxMmolPerDay * e.vmaxFactor) / p.mealsPerDay;
  const km = p.activeKmMmolPerDay / p.mealsPerDay;
  const active = ((1 - e.activeBlock) * feedback * vmax) / (km + doseMmol);
  const passive = (1 - e.passiveBlock) * p.passiveFraction;
  return Math.min(p.absorbedFractionCap, passive + active);
}

export interface Absorption {
  mealAbsorbedMmolPerDay: number;
  supplementAbsorbedMmolPerDay: number;
}

/** Absorbed Mg per day from food + water (meals) and from supplements (doses). */
export function absorption(serumMmolPerL: number, e: Effects, p: ParameterValues): Absorption {
  const g = statusFeedback(serumMmolPerL, p);
  const mealFraction = bolusAbsorbedFraction(e.mealMmolPerDay / p.mealsPerDay, g, e, p);
  const doses = e.supplementDosesPerDay;
  // A supplement dose is a bolus on its own: V_max/3 and K_m/3 per dose.
  const doseFraction = bolusAbsorbedFraction(e.supplementMmolPerDay / doses, g, e, p);
  return {
    mealAbsorbedMmolPerDay: e.mealMmolPerDay * mealFraction * e.dietAbsorptionFactor * e.gutAbsorptionFactor,
    supplementAbsorbedMmolPerDay: e.supplementMmolPerDay * doseFraction * e.gutAbsorptionFactor,
  };
}
