/**
 * What matters most right now: the local relative sensitivity (elasticity, ∂ln Y/∂ln x) of the
 * steady-state serum Mg and urinary Mg to every parameter and numeric input. Computed from the
 * linearisation at the steady state (implicit function theorem): with f(y, x) = 0 at steady state,
 *   dy_ss/dx = −J⁻¹ ∂f/∂x,  dY/dx = ∂Y/∂y · dy_ss/dx + ∂Y/∂x,
 * every derivative by central differences of the engine's own functions. The tests check the
 * result against finite differences of re-solved steady states.
 */
import { emptyFluxes, evaluateFluxes, type Context } from '../fluxes.ts';
import type { ModelInputs } from '../inputs.ts';
import { DEFAULT_PARAMETERS, type ParameterValues } from '../parameters.ts';
import { contextFor } from '../simulate.ts';
import { POOL_COUNT } from '../state.ts';
import { steadyState } from '../steadyState.ts';
import { MG_PER_MMOL } from '../units.ts';
import {
  NUMERIC_INPUTS,
  PARAMETER_NAMES,
  scaledContext,
  skipReason,
  type Factor,
  type SkipReason,
} from './factors.ts';
import { solveLinear } from './linearAlgebra.ts';
import { poolJacobian, poolRates, poolStep } from './linearise.ts';

export interface Elasticity {
  factor: Factor;
  /** ∂ln(serum)/∂ln(x); null when the steady-state value is zero (no relative change). */
  serum: number | null;
  urine: number | null;
}

export interface Sensitivity {
  serumMmolPerL: number;
  urineMgPerDay: number;
  /** Every factor that has a local slope, in table order (parameters, then inputs). */
  elasticities: Elasticity[];
  skipped: { factor: Factor; reason: SkipReason }[];
}

/** Relative step of a factor: small against its effect, large against round-off. */
const RELATIVE_STEP = 1e-4;

/** The two outputs at state y: serum (mmol/L) and urine (mmol/day). */
function outputs(y: Float64Array, c: Context): [number, number] {
  const f = evaluateFluxes(y, c, emptyFluxes());
  return [f.serumMmolPerL, f.urineMmolPerDay];
}

/** ∂(serum, urine)/∂pool_j at y. */
function outputGradients(y: Float64Array, c: Context): [number[], number[]] {
  const serum: number[] = [];
  const urine: number[] = [];
  for (let j = 0; j < POOL_COUNT; j++) {
    const h = poolStep(y[j]);
    const up = Float64Array.from(y);
    const down = Float64Array.from(y);
    up[j] += h;
    down[j] -= h;
    const [s1, u1] = outputs(up, c);
    const [s0, u0] = outputs(down, c);
    serum.push((s1 - s0) / (2 * h));
    urine.push((u1 - u0) / (2 * h));
  }
  return [serum, urine];
}

const dot = (a: readonly number[], b: readonly number[]): number => a.reduce((s, v, i) => s + v * b[i], 0);

export function sensitivity(inputs: ModelInputs, p: ParameterValues = DEFAULT_PARAMETERS): Sensitivity {
  const c = contextFor(inputs, p);
  const y = steadyState(c);
  const J = poolJacobian(y, c);
  const [serumGrad, urineGrad] = outputGradients(y, c);
  const [serum, urine] = outputs(y, c);
  const factors: Factor[] = [
    ...PARAMETER_NAMES.map((name) => ({ kind: 'parameter', name }) as const),
    ...NUMERIC_INPUTS.map((name) => ({ kind: 'input', name }) as const),
  ];
  const elasticities: Elasticity[] = [];
  const skipped: Sensitivity['skipped'] = [];
  for (const factor of factors) {
    const reason = skipReason(factor, inputs, p);
    if (reason) {
      skipped.push({ factor, reason });
      continue;
    }
    const up = scaledContext(factor, 1 + RELATIVE_STEP, inputs, p);
    const down = scaledContext(factor, 1 - RELATIVE_STEP, inputs, p);
    const dLnX = Math.log(up.used / down.used);
    if (!(Math.abs(dLnX) > 0)) {
      skipped.push({ factor, reason: 'zero' });
      continue;
    }
    // ∂f/∂ln x and ∂Y/∂ln x at the fixed steady-state pools.
    const fUp = poolRates(y, up.context);
    const fDown = poolRates(y, down.context);
    const dfdx = fUp.map((v, i) => (v - fDown[i]) / dLnX);
    const [sUp, uUp] = outputs(y, up.context);
    const [sDown, uDown] = outputs(y, down.context);
    const dy = solveLinear(J, dfdx).map((v) => -v);
    const dSerum = dot(serumGrad, dy) + (sUp - sDown) / dLnX;
    const dUrine = dot(urineGrad, dy) + (uUp - uDown) / dLnX;
    elasticities.push({
      factor,
      serum: serum > 0 ? dSerum / serum : null,
      urine: urine > 0 ? dUrine / urine : null,
    });
  }
  return { serumMmolPerL: serum, urineMgPerDay: urine * MG_PER_MMOL, elasticities, skipped };
}

/** Elasticities sorted by size for one output, largest first (nulls dropped). */
export function ranked(s: Sensitivity, output: 'serum' | 'urine'): Elasticity[] {
  return s.elasticities
    .filter((e) => e[output] !== null)
    .sort((a, b) => Math.abs(b[output] as number) - Math.abs(a[output] as number));
}
