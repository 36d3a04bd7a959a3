/**
 * Steady state for constant inputs. At steady state every tissue sits at its serum-dependent set
 * point, so the whole problem reduces to one equation in serum S:
 *   absorbed(S) + iv − endogenous(S) − urine(S) − milk(S) − sweat(S) = 0,
 * whose left side falls monotonically with S (feedback lowers uptake, losses rise). Bisection.
 */
import { derivative, emptyFluxes, makeContext, type Context } from './fluxes.ts';
import { B, D, E, M, PPI_EXPOSURE, STATE_SIZE, T } from './state.ts';

/** State with all tissues at their set points for serum S. */
export function equilibriumState(serumMmolPerL: number, c: Context): Float64Array {
  const p = c.p;
  const rel = serumMmolPerL / p.serumRefMmolPerL;
  const y = new Float64Array(STATE_SIZE);
  y[E] = serumMmolPerL * c.extracellularVolumeL;
  y[M] = p.muscleRefMmol * (1 + p.muscleGamma * (rel - 1));
  y[T] = p.softTissueRefMmol * (1 + p.softTissueGamma * (rel - 1));
  y[B] = p.boneSurfaceRefMmol * (1 + p.boneSurfaceGamma * (rel - 1));
  y[D] = (p.deepBoneRefMmol * y[B]) / p.boneSurfaceRefMmol;
  // Long-term: the PPI effect has fully built up while a PPI is taken, and faded without one.
  y[PPI_EXPOSURE] = c.effects.ppiTarget;
  return y;
}

/** Net extracellular balance at equilibrium for serum S (mmol/day). */
function netBalance(serumMmolPerL: number, c: Context): number {
  const y = equilibriumState(serumMmolPerL, c);
  const dy = new Float64Array(STATE_SIZE);
  derivative(y, dy, c, emptyFluxes());
  return dy[E];
}

// Far above anything survivable: the bracket only has to contain the root for absurd inputs too.
const SERUM_UPPER_SEARCH_MMOL_PER_L = 1e4;

export function steadyStateSerum(c: Context): number {
  let lo = 0;
  let hi = SERUM_UPPER_SEARCH_MMOL_PER_L;
  if (netBalance(lo, c) <= 0) return 0;
  if (netBalance(hi, c) > 0) return hi;
  for (let i = 0; i < 200 && hi - lo > 1e-14 * hi; i++) {
    const mid = 0.5 * (lo + hi);
    if (netBalance(mid, c) > 0) lo = mid;
    else hi = mid;
  }
  return 0.5 * (lo + hi);
}

export function steadyState(c: Context): Float64Array {
  return equilibriumState(steadyStateSerum(c), c);
}

export { makeContext };
