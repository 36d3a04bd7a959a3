/**
 * Layout of the state vector. Pools in mmol; the cumulative counters (mmol since the start of the
 * run) are integrated with the same steps so that mass balance can be checked to round-off.
 */
export const E = 0; // extracellular fluid (plasma + interstitium)
export const M = 1; // muscle
export const T = 2; // other soft tissue (liver, red cells, …)
export const B = 3; // bone surface, exchangeable
export const D = 4; // deep bone (apatite)
export const CUM_INTAKE = 5; // oral + intravenous
export const CUM_FAECES = 6;
export const CUM_URINE = 7;
export const CUM_OTHER = 8; // milk + sweat
export const STATE_SIZE = 9;
export const POOL_COUNT = 5;

export interface Pools {
  extracellularMmol: number;
  muscleMmol: number;
  softTissueMmol: number;
  boneSurfaceMmol: number;
  deepBoneMmol: number;
}

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
