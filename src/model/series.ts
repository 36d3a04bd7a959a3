/**
 * The recorded outputs of a run: one typed array per quantity, mg and mmol/L at the boundary.
 * Names carry their units; these are the names the runner prints.
 */
import { fractionalAbsorption, fractionalExcretion } from './derived.ts';
import type { Context, Fluxes } from './fluxes.ts';
import { B, CUM_FAECES, CUM_INTAKE, CUM_OTHER, CUM_URINE, D, E, M, T, totalBodyMmol } from './state.ts';
import { MG_PER_MMOL } from './units.ts';

export const SERIES_NAMES = [
  'day',
  'serumMgMmolPerL',
  'ionisedMgMmolPerL',
  'intakeMgPerDay',
  'absorbedMgPerDay',
  'fractionalAbsorption',
  'netFractionalAbsorption',
  'endogenousFaecalMgPerDay',
  'faecesMgPerDay',
  'urineMgPerDay',
  'filteredLoadMgPerDay',
  'fractionalExcretion',
  'milkMgPerDay',
  'sweatMgPerDay',
  'balanceMgPerDay',
  'extracellularMg',
  'boneSurfaceMg',
  'deepBoneMg',
  'muscleMg',
  'softTissueMg',
  'totalBodyMg',
  'muscleUptakeMgPerDay',
  'softTissueUptakeMgPerDay',
  'boneSurfaceUptakeMgPerDay',
  'deepBoneUptakeMgPerDay',
  'cumulativeIntakeMg',
  'cumulativeFaecesMg',
  'cumulativeUrineMg',
  'cumulativeOtherLossMg',
] as const;

export type SeriesName = (typeof SERIES_NAMES)[number];
export type Series = Record<SeriesName, Float64Array>;

export function emptySeries(rows: number): Series {
  return Object.fromEntries(SERIES_NAMES.map((n) => [n, new Float64Array(rows)])) as Series;
}

export function recordRow(s: Series, row: number, day: number, y: Float64Array, f: Fluxes, c: Context): void {
  const mg = MG_PER_MMOL;
  const oral = f.oralIntakeMmolPerDay;
  const out = f.faecesMmolPerDay + f.urineMmolPerDay + f.milkMmolPerDay + f.sweatMmolPerDay;
  const filtered = c.effects.gfrLPerDay * c.p.ultrafilterableFraction * f.serumMmolPerL;
  s.day[row] = day;
  s.serumMgMmolPerL[row] = f.serumMmolPerL;
  s.ionisedMgMmolPerL[row] = f.serumMmolPerL * c.p.ionisedFraction;
  s.intakeMgPerDay[row] = oral * mg;
  s.absorbedMgPerDay[row] = f.absorbedMmolPerDay * mg;
  s.fractionalAbsorption[row] = fractionalAbsorption(f, c);
  s.netFractionalAbsorption[row] = oral > 1e-9 ? (f.absorbedMmolPerDay - f.endogenousMmolPerDay) / oral : 0;
  s.endogenousFaecalMgPerDay[row] = f.endogenousMmolPerDay * mg;
  s.faecesMgPerDay[row] = f.faecesMmolPerDay * mg;
  s.urineMgPerDay[row] = f.urineMmolPerDay * mg;
  s.filteredLoadMgPerDay[row] = filtered * mg;
  s.fractionalExcretion[row] = fractionalExcretion(f.urineMmolPerDay, filtered);
  s.milkMgPerDay[row] = f.milkMmolPerDay * mg;
  s.sweatMgPerDay[row] = f.sweatMmolPerDay * mg;
  s.balanceMgPerDay[row] = (oral + f.ivMmolPerDay - out) * mg;
  s.extracellularMg[row] = y[E] * mg;
  s.boneSurfaceMg[row] = y[B] * mg;
  s.deepBoneMg[row] = y[D] * mg;
  s.muscleMg[row] = y[M] * mg;
  s.softTissueMg[row] = y[T] * mg;
  s.totalBodyMg[row] = totalBodyMmol(y) * mg;
  // Net exchange with the extracellular fluid (negative = release); deep bone: from the bone surface.
  s.muscleUptakeMgPerDay[row] = f.muscleUptakeMmolPerDay * mg;
  s.softTissueUptakeMgPerDay[row] = f.softTissueUptakeMmolPerDay * mg;
  s.boneSurfaceUptakeMgPerDay[row] = f.boneSurfaceUptakeMmolPerDay * mg;
  s.deepBoneUptakeMgPerDay[row] = f.deepBoneUptakeMmolPerDay * mg;
  s.cumulativeIntakeMg[row] = y[CUM_INTAKE] * mg;
  s.cumulativeFaecesMg[row] = y[CUM_FAECES] * mg;
  s.cumulativeUrineMg[row] = y[CUM_URINE] * mg;
  s.cumulativeOtherLossMg[row] = y[CUM_OTHER] * mg;
}

/** One row as a plain object (for steady-state output and the status panel). */
export function rowOf(s: Series, row: number): Record<SeriesName, number> {
  return Object.fromEntries(SERIES_NAMES.map((n) => [n, s[n][row]])) as Record<SeriesName, number>;
}
