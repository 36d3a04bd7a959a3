/** Ratios derived from fluxes, defined also where their denominator vanishes (never NaN). */
import { absorption } from './absorption.ts';
import type { Context, Fluxes } from './fluxes.ts';

/** Gross fractional absorption; at zero intake, the limit for a vanishing intake. */
export function fractionalAbsorption(f: Fluxes, c: Context): number {
  const oral = f.oralIntakeMmolPerDay;
  if (oral > 1e-9) return f.absorbedMmolPerDay / oral;
  const tiny = 1e-9;
  const e = {
    ...c.effects,
    foodMmolPerDay: tiny,
    foodAvailability: 1,
    waterMmolPerDay: 0,
    supplementMmolPerDay: 0,
  };
  return absorption(f.serumMmolPerL, e, c.p).mealAbsorbedMmolPerDay / tiny;
}

/** Fraction of the filtered load that reaches the urine (0 when nothing is filtered). */
export const fractionalExcretion = (urineMmolPerDay: number, filteredMmolPerDay: number): number =>
  filteredMmolPerDay > 0 ? urineMmolPerDay / filteredMmolPerDay : 0;
