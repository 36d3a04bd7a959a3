/**
 * How sure the model is: a seeded Latin hypercube over every parameter's plausible range (by its
 * grade), each set re-calibrated to the reference state as the model is (θ from calibration), and
 * the 5–95% band of the projected serum course and of the steady state across the sets.
 */
import { calibratedTheta } from '../calibration.ts';
import { PARAMETERS, DEFAULT_PARAMETERS, type ParameterValues } from '../parameters.ts';
import { steadyStateReport } from '../steadyStateReport.ts';
import { replayCourse, type CoursePlan } from './course.ts';
import { PARAMETER_NAMES, STRUCTURAL_PARAMETERS } from './factors.ts';
import { valueInRange } from './gradeRanges.ts';
import { latinHypercube } from './latinHypercube.ts';
import { spreadOf, type Spread } from './quantiles.ts';
import { seededRandom } from './random.ts';

export const DEFAULT_ENSEMBLE_SIZE = 100;
export const DEFAULT_SEED = 20240611;

/** Every parameter but the structural ones varies. */
const VARIED = PARAMETER_NAMES.filter((name) => !STRUCTURAL_PARAMETERS.includes(name));

export interface ParameterSets {
  sets: ParameterValues[];
  /** Sets drawn but left out because the reference state could not be calibrated with them. */
  rejected: number;
}

/**
 * n parameter sets, each calibrated (θ) before it is used; the same seed gives the same sets. A set
 * the reference state cannot be calibrated with is left out and counted, and a fresh hypercube
 * tops the ensemble up, so there are always n sets.
 */
export function parameterSets(n: number, seed = DEFAULT_SEED): ParameterSets {
  const random = seededRandom(seed);
  const sets: ParameterValues[] = [];
  let rejected = 0;
  for (let round = 0; sets.length < n && round < 20; round++) {
    for (const u of latinHypercube(n - sets.length, VARIED.length, random)) {
      const p = { ...DEFAULT_PARAMETERS };
      VARIED.forEach((name, i) => (p[name] = valueInRange(PARAMETERS[name], u[i])));
      if (calibrates(p)) sets.push(p);
      else rejected++;
    }
  }
  return { sets, rejected };
}

function calibrates(p: ParameterValues): boolean {
  try {
    return Number.isFinite(calibratedTheta(p));
  } catch {
    return false;
  }
}

export interface SteadySpread {
  serumMmolPerL: Spread;
  urineMgPerDay: Spread;
}

export interface Band {
  days: Float64Array;
  p05: Float64Array;
  p50: Float64Array;
  p95: Float64Array;
}

export interface Uncertainty {
  /** Sets used and sets left out. */
  sets: number;
  rejected: number;
  band: Band;
  /** Steady state for the inputs in force today. */
  steady: SteadySpread;
}

/** One set's contribution: its projected serum course and its steady state today. */
export interface Member {
  serumMmolPerL: Float64Array;
  steadySerumMmolPerL: number;
  steadyUrineMgPerDay: number;
  days: Float64Array;
}

export function member(plan: CoursePlan, p: ParameterValues): Member {
  const run = replayCourse(plan, p);
  const steady = steadyStateReport(run.inputsToday, p);
  return {
    days: run.days,
    serumMmolPerL: run.serumMmolPerL,
    steadySerumMmolPerL: steady.serumMgMmolPerL,
    steadyUrineMgPerDay: steady.urineMgPerDay,
  };
}

/** Quantiles across members, day by day; members must share their days. */
export function summarise(members: readonly Member[], rejected: number): Uncertainty {
  const days = members[0].days;
  const band: Band = {
    days,
    p05: new Float64Array(days.length),
    p50: new Float64Array(days.length),
    p95: new Float64Array(days.length),
  };
  const column = new Float64Array(members.length);
  for (let d = 0; d < days.length; d++) {
    members.forEach((m, k) => (column[k] = m.serumMmolPerL[d]));
    const s = spreadOf(column);
    band.p05[d] = s.p05;
    band.p50[d] = s.p50;
    band.p95[d] = s.p95;
  }
  return {
    sets: members.length,
    rejected,
    band,
    steady: {
      serumMmolPerL: spreadOf(members.map((m) => m.steadySerumMmolPerL)),
      urineMgPerDay: spreadOf(members.map((m) => m.steadyUrineMgPerDay)),
    },
  };
}

/** The whole ensemble at once (the runner, the bench and tests; the app's worker goes set by set). */
export function uncertainty(plan: CoursePlan, n = DEFAULT_ENSEMBLE_SIZE, seed = DEFAULT_SEED): Uncertainty {
  const { sets, rejected } = parameterSets(n, seed);
  return summarise(
    sets.map((p) => member(plan, p)),
    rejected,
  );
}
