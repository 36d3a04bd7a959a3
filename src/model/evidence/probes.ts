/**
 * Small experiments on the engine that the calibration targets measure: a steady state, a run
 * from the healthy adult, an intravenous load. Everything the targets show is computed here,
 * live, with the same engine the app runs.
 */
import { DEFAULT_INPUTS, type ModelInputs } from '../inputs.ts';
import type { SeriesName } from '../series.ts';
import { contextFor, simulate, type ModelEvent } from '../simulate.ts';
import { steadyState } from '../steadyState.ts';
import { steadyStateReport, type SteadyStateReport } from '../steadyStateReport.ts';
import { mgToMmol } from '../units.ts';

export const adult = (change: Partial<ModelInputs> = {}): ModelInputs => ({ ...DEFAULT_INPUTS, ...change });

/** Steady state of the reference adult with some inputs changed. */
export const steady = (change: Partial<ModelInputs> = {}): SteadyStateReport =>
  steadyStateReport(adult(change));

/** The state vector at that steady state (to start a run from, e.g. kidney failure before a drug). */
export const steadyStateOf = (change: Partial<ModelInputs> = {}): Float64Array =>
  steadyState(contextFor(adult(change)));

export interface Course {
  days: number;
  finalState: Float64Array;
  /** Value of a series on a day (default: the last day). */
  at: (name: SeriesName, day?: number) => number;
  /** First day on which a series is below `level` (−1 if never). */
  firstDayBelow: (name: SeriesName, level: number) => number;
  firstDayAbove: (name: SeriesName, level: number) => number;
}

/** A run of `days` from the healthy 350 mg/day steady state with these inputs from day 0. */
export function after(
  days: number,
  change: Partial<ModelInputs>,
  events: readonly ModelEvent[] = [],
  startState?: Float64Array,
): Course {
  const { series, finalState } = simulate({ inputs: adult(change), events, days, initialState: startState });
  return {
    days,
    finalState,
    at: (name, day = days) => series[name][day],
    firstDayBelow: (name, level) => series[name].findIndex((v) => v < level),
    firstDayAbove: (name, level) => series[name].findIndex((v) => v > level),
  };
}

/**
 * Retention of an intravenous Mg load (Fatemi 1991 / Ryzen-type test): 0.1 mmol/kg for 70 kg over
 * 4 hours; retention = 1 − (extra urinary Mg over 24 h) / load.
 */
export function ivLoadRetention(start: Float64Array, intakeMgPerDay: number): number {
  const loadMmol = 7;
  const hours = 4;
  const rateMgPerDay = (loadMmol * 24.305 * 24) / hours;
  const inputs = adult({ intakeMgPerDay });
  const opts = { days: 1, initialState: start, stepsPerDay: 200 };
  const base = simulate({ ...opts, inputs }).series.cumulativeUrineMg[1];
  const loaded = simulate({
    ...opts,
    inputs: { ...inputs, ivMgPerDay: rateMgPerDay },
    events: [{ day: hours / 24, changes: { ivMgPerDay: 0 } }],
  }).series.cumulativeUrineMg[1];
  return 1 - mgToMmol(loaded - base) / loadMmol;
}

/** A value computed once, on first use (targets are pure functions of the constant parameters). */
export function once<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value;
  };
}
