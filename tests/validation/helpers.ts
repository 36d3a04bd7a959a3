/** Small helpers for the validation tests against published data. */
import {
  DEFAULT_INPUTS,
  healthyState,
  mgToMmol,
  simulate,
  steadyStateReport,
  type ModelInputs,
} from '../../src/model/index.ts';

export const adult = (change: Partial<ModelInputs> = {}): ModelInputs => ({ ...DEFAULT_INPUTS, ...change });
export const steady = (change: Partial<ModelInputs> = {}) => steadyStateReport(adult(change));

/** Run from the healthy 350 mg/day steady state and return the last row's value of each series. */
export function after(days: number, change: Partial<ModelInputs>) {
  const { series, finalState } = simulate({ inputs: adult(change), days });
  return {
    series,
    finalState,
    at: (name: keyof typeof series, day = days) => series[name][day],
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

export { healthyState };
