/**
 * The model linearised around a state: the Jacobian of the pools' rates of change with respect to
 * the pools, by central differences of the engine's own derivative, so it can never differ from
 * what the integrator runs. At a steady state, small deviations δ obey dδ/dt ≈ J δ.
 */
import { derivative, emptyFluxes, type Context } from '../fluxes.ts';
import { POOL_COUNT, STATE_SIZE } from '../state.ts';

/** Rows of a dense matrix (pools × pools, per day). */
export type Matrix = number[][];

/** Step per pool: a millionth of the pool, at least a millionth of a mmol. */
export const poolStep = (poolMmol: number): number => 1e-6 * Math.max(Math.abs(poolMmol), 1);

/** J[i][j] = ∂(dPool_i/dt)/∂Pool_j, 1/day, at state y (pools in mmol). */
export function poolJacobian(y: Float64Array, c: Context): Matrix {
  const f = emptyFluxes();
  const plus = new Float64Array(STATE_SIZE);
  const minus = new Float64Array(STATE_SIZE);
  const J: Matrix = Array.from({ length: POOL_COUNT }, () => new Array<number>(POOL_COUNT).fill(0));
  for (let j = 0; j < POOL_COUNT; j++) {
    const h = poolStep(y[j]);
    const up = Float64Array.from(y);
    const down = Float64Array.from(y);
    up[j] += h;
    down[j] -= h;
    derivative(up, plus, c, f);
    derivative(down, minus, c, f);
    for (let i = 0; i < POOL_COUNT; i++) J[i][j] = (plus[i] - minus[i]) / (2 * h);
  }
  return J;
}

/** The pools' rates of change (mmol/day) at state y. */
export function poolRates(y: Float64Array, c: Context): number[] {
  const dy = new Float64Array(STATE_SIZE);
  derivative(y, dy, c, emptyFluxes());
  return Array.from(dy.subarray(0, POOL_COUNT));
}
