/**
 * Accuracy oracle: the same model right-hand side integrated by mathjs `solveODE` (adaptive
 * Dormand–Prince RK45) at a tight tolerance. A test and benchmark reference, never the live
 * integrator (it is ~100× slower).
 */
import * as math from 'mathjs';
import { derivative, emptyFluxes, type Context } from '../../src/model/index.ts';
import { STATE_SIZE } from '../../src/model/state.ts';

// mathjs 15 ships no types for solveODE.
type SolveOde = (
  f: (t: number, y: number[]) => number[],
  tspan: [number, number],
  y0: number[],
  options?: {
    method?: 'RK23' | 'RK45';
    tol?: number;
    maxStep?: number;
    maxIter?: number;
    firstStep?: number;
  },
) => { t: number[]; y: number[][] };

const solveODE = (math as unknown as { solveODE: SolveOde }).solveODE;

/** Integrate from y0 over `days` with constant context; returns the state at each whole day. */
export function oracleDailyStates(y0: Float64Array, c: Context, days: number, tol = 1e-10): Float64Array[] {
  const dy = new Float64Array(STATE_SIZE);
  const f = emptyFluxes();
  const rhs = (_t: number, y: number[]): number[] => {
    derivative(Float64Array.from(y), dy, c, f);
    return Array.from(dy);
  };
  const out = [Float64Array.from(y0)];
  let y = Array.from(y0);
  for (let d = 0; d < days; d++) {
    const sol = solveODE(rhs, [d, d + 1], y, { method: 'RK45', tol, maxIter: 1e6, firstStep: 0.01 });
    y = sol.y[sol.y.length - 1];
    out.push(Float64Array.from(y));
  }
  return out;
}
