/**
 * Layout of the state vector. Pools in mmol; the cumulative counters (mmol since the start of the
 * run) are integrated with the same steps so that mass balance can be checked to round-off.
 */
export const E = 0; // extracellular fluid (plasma + interstitium)
export const M = 1; // muscle
export const T = 2; // other soft tissue (liver, red cells, …)
export const B = 3; // bone surface, exchangeable
export const D = 4; // deep bone (apatite)
/**
 * PPI exposure (0–1, not Mg): how far the gut's response to a proton-pump inhibitor has built up.
 * It rises while a PPI is taken and falls slowly after it is stopped (MODIFIERS.ppiOnset…).
 */
export const PPI_EXPOSURE = 5;
export const CUM_INTAKE = 6; // oral + intravenous
export const CUM_FAECES = 7;
export const CUM_URINE = 8;
export const CUM_OTHER = 9; // milk + sweat
export const STATE_SIZE = 10;
/** The Mg pools E, M, T, B, D (indices 0–4). */
export const POOL_COUNT = 5;
/** The states the derivative reads: the pools and the PPI exposure (the counters only accumulate). */
export const DYNAMIC_COUNT = 6;

export interface Pools {
  extracellularMmol: number;
  muscleMmol: number;
  softTissueMmol: number;
  boneSurfaceMmol: number;
  deepBoneMmol: number;
}

/** A state with these pools, no PPI exposure and empty counters. */
export function stateFromPools(pools: Pools): Float64Array {
  const y = new Float64Array(STATE_SIZE);
  y[E] = pools.extracellularMmol;
  y[M] = pools.muscleMmol;
  y[T] = pools.softTissueMmol;
  y[B] = pools.boneSurfaceMmol;
  y[D] = pools.deepBoneMmol;
  return y;
}

export function poolsFromState(y: Float64Array): Pools {
  return {
    extracellularMmol: y[E],
    muscleMmol: y[M],
    softTissueMmol: y[T],
    boneSurfaceMmol: y[B],
    deepBoneMmol: y[D],
  };
}

export const totalBodyMmol = (y: Float64Array): number => y[E] + y[M] + y[T] + y[B] + y[D];
