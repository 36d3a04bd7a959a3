/**
 * How fast each pool responds: the modes of the linearised model at the steady state of the
 * current inputs. Each mode has a rate λ (deviations along it shrink as e^{λt}), a half-time
 * ln 2 / |Re λ| and the pool that participates most. The eigen-solver is passed in, so this module
 * (and whoever imports it) does not load mathjs.
 */
import { contextFor } from '../simulate.ts';
import type { ModelInputs } from '../inputs.ts';
import { DEFAULT_PARAMETERS, type ParameterValues } from '../parameters.ts';
import { POOL_COUNT } from '../state.ts';
import { steadyState } from '../steadyState.ts';
import { poolJacobian, type Matrix } from './linearise.ts';

/** One eigenvalue (per day) with its right eigenvector (real part) and participation per pool. */
export interface EigenPair {
  rePerDay: number;
  imPerDay: number;
  participation: number[];
  vector: number[];
}

export type EigenSolver = (J: Matrix) => EigenPair[];

export interface TimeScale {
  /** −Re λ, 1/day: how fast a deviation along this mode shrinks (≤ 0: it does not). */
  ratePerDay: number;
  /** ln 2 / rate, days; Infinity when the mode does not settle. */
  halfTimeDays: number;
  /** State index (0 … POOL_COUNT − 1) of the pool that participates most. */
  dominantPool: number;
  participation: number[];
  /** True when the mode oscillates while it settles (complex pair). */
  oscillates: boolean;
  vector: number[];
}

export interface TimeScales {
  /** The steady state the model was linearised at: pools in mmol. */
  steadyPoolsMmol: number[];
  jacobianPerDay: Matrix;
  /** Fastest first. */
  modes: TimeScale[];
}

export const halfTimeDays = (ratePerDay: number): number =>
  ratePerDay > 0 ? Math.LN2 / ratePerDay : Infinity;

const argmax = (xs: readonly number[]): number => xs.reduce((best, x, i) => (x > xs[best] ? i : best), 0);

export function timeScalesOf(pairs: readonly EigenPair[]): TimeScale[] {
  return pairs
    .map((e) => {
      const rate = -e.rePerDay;
      return {
        ratePerDay: rate,
        halfTimeDays: halfTimeDays(rate),
        dominantPool: argmax(e.participation),
        participation: e.participation,
        oscillates: Math.abs(e.imPerDay) > 1e-9 * Math.max(1, Math.abs(e.rePerDay)),
        vector: e.vector,
      };
    })
    .filter((m, i, all) => !(m.oscillates && i > 0 && all[i - 1].ratePerDay === m.ratePerDay))
    .sort((a, b) => b.ratePerDay - a.ratePerDay);
}

/** Time scales at the steady state of these inputs. */
export function timeScales(
  inputs: ModelInputs,
  solve: EigenSolver,
  p: ParameterValues = DEFAULT_PARAMETERS,
): TimeScales {
  const c = contextFor(inputs, p);
  const y = steadyState(c);
  const J = poolJacobian(y, c);
  return {
    steadyPoolsMmol: Array.from(y.subarray(0, POOL_COUNT)),
    jacobianPerDay: J,
    modes: timeScalesOf(solve(J)),
  };
}
