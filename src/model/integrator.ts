/**
 * Fixed-step classical Runge–Kutta (RK4) on typed arrays, allocation-free in the loop.
 * Step 1/20 day. The fastest time constant is ≈ 0.07 day at the reference state (kidney) and
 * ≈ 0.05 day in the stiffest case (IV load, GFR 180), so |hλ| ≤ 1.1: well inside RK4's stability
 * region (2.8). Measured serum error against mathjs solveODE and a 4,000-step reference: < 1e-6
 * (tests/unit/model/integrator.test.ts). RK4 is linear in its stage derivatives, so the cumulative
 * in/out counters and the pools move together and mass balance holds to round-off.
 */
import { derivative, emptyFluxes, type Context, type Fluxes } from './fluxes.ts';
import * as S from './state.ts';

const N = S.STATE_SIZE;
// The derivative reads only the pools and the PPI exposure, so the stage states need only them.
const P = S.DYNAMIC_COUNT;

export const DEFAULT_STEPS_PER_DAY = 20;

export class Rk4 {
  private readonly k1 = new Float64Array(N);
  private readonly k2 = new Float64Array(N);
  private readonly k3 = new Float64Array(N);
  private readonly k4 = new Float64Array(N);
  private readonly tmp = new Float64Array(N);
  private readonly scratch: Fluxes = emptyFluxes();

  /** Advance y in place by `days` (> 0) in steps no longer than 1/stepsPerDay. */
  advance(y: Float64Array, days: number, c: Context, stepsPerDay = DEFAULT_STEPS_PER_DAY): void {
    const n = Math.max(1, Math.ceil(days * stepsPerDay - 1e-9));
    const h = days / n;
    for (let i = 0; i < n; i++) this.step(y, h, c);
  }

  step(y: Float64Array, h: number, c: Context): void {
    const { k1, k2, k3, k4, tmp, scratch } = this;
    const half = 0.5 * h;
    derivative(y, k1, c, scratch);
    for (let i = 0; i < P; i++) tmp[i] = y[i] + half * k1[i];
    derivative(tmp, k2, c, scratch);
    for (let i = 0; i < P; i++) tmp[i] = y[i] + half * k2[i];
    derivative(tmp, k3, c, scratch);
    for (let i = 0; i < P; i++) tmp[i] = y[i] + h * k3[i];
    derivative(tmp, k4, c, scratch);
    const h6 = h / 6;
    for (let i = 0; i < N; i++) y[i] += h6 * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
  }
}
