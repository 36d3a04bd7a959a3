/**
 * The recorded outputs of a run: one typed array per quantity, mg and mmol/L at the boundary.
 * Names carry their units; these are the names the runner prints, in this order. Pools, flows and
 * exchanges are recorded as registry.ts declares them.
 */
import { fractionalAbsorption, fractionalExcretion } from './derived.ts';
import type { Context, Fluxes } from './fluxes.ts';
import { filteredLoadMmolPerDay } from './kidney.ts';
import { EXCHANGES, FLOWS, LOSSES, POOLS } from './registry.ts';
import { CUM_FAECES, CUM_INTAKE, CUM_OTHER, CUM_URINE, totalBodyMmol } from './state.ts';
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

/** Flows and exchanges: every recorded rate of the registry. */
const RATES = [...FLOWS, ...EXCHANGES];

/** The registry's columns of a series, looked up once per series (keeps recordRow monomorphic). */
const columns = new WeakMap<Series, { pools: Float64Array[]; rates: Float64Array[] }>();
function columnsOf(s: Series): { pools: Float64Array[]; rates: Float64Array[] } {
  let cols = columns.get(s);
  if (!cols) {
    cols = { pools: POOLS.map((p) => s[p.series]), rates: RATES.map((r) => s[r.series]) };
    columns.set(s, cols);
  }
  return cols;
}

export function recordRow(s: Series, row: number, day: number, y: Float64Array, f: Fluxes, c: Context): void {
  const mg = MG_PER_MMOL;
  const oral = f.oralIntakeMmolPerDay;
  const filtered = filteredLoadMmolPerDay(f.serumMmolPerL, c.effects.gfrLPerDay, c.p);
  s.day[row] = day;
  s.serumMgMmolPerL[row] = f.serumMmolPerL;
  s.ionisedMgMmolPerL[row] = f.serumMmolPerL * c.p.ionisedFraction;
  // Pools, flows and exchanges as the registry declares them; then what is derived from them.
  // Exchanges are net uptakes from the extracellular fluid (negative = release; deep bone: from
  // the bone surface).
  const cols = columnsOf(s);
  for (let i = 0; i < POOLS.length; i++) cols.pools[i][row] = y[POOLS[i].stateIndex] * mg;
  for (let i = 0; i < RATES.length; i++) cols.rates[i][row] = f[RATES[i].flux] * mg;
  let out = 0;
  for (const loss of LOSSES) out += f[loss.flux];
  s.fractionalAbsorption[row] = fractionalAbsorption(f, c);
  s.netFractionalAbsorption[row] = oral > 1e-9 ? (f.absorbedMmolPerDay - f.endogenousMmolPerDay) / oral : 0;
  s.filteredLoadMgPerDay[row] = filtered * mg;
  s.fractionalExcretion[row] = fractionalExcretion(f.urineMmolPerDay, filtered);
  s.balanceMgPerDay[row] = (oral + f.ivMmolPerDay - out) * mg;
  s.totalBodyMg[row] = totalBodyMmol(y) * mg;
  s.cumulativeIntakeMg[row] = y[CUM_INTAKE] * mg;
  s.cumulativeFaecesMg[row] = y[CUM_FAECES] * mg;
  s.cumulativeUrineMg[row] = y[CUM_URINE] * mg;
  s.cumulativeOtherLossMg[row] = y[CUM_OTHER] * mg;
}

/** One row as a plain object (for steady-state output and the status panel). */
export function rowOf(s: Series, row: number): Record<SeriesName, number> {
  return Object.fromEntries(SERIES_NAMES.map((n) => [n, s[n][row]])) as Record<SeriesName, number>;
}
