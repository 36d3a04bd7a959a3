/**
 * A time course: starts from the healthy steady state at a baseline intake, applies the inputs
 * from day 0 and each event from its day on, and records one row per output step.
 */
import { calibratedTheta } from './calibration.ts';
import { emptyFluxes, evaluateFluxes, makeContext, type Context } from './fluxes.ts';
import { DEFAULT_INPUTS, validateInputs, type ModelInputs } from './inputs.ts';
import { DEFAULT_STEPS_PER_DAY, Rk4 } from './integrator.ts';
import { effectsOf } from './modifiers.ts';
import { DEFAULT_PARAMETERS, type ParameterValues } from './parameters.ts';
import { emptySeries, recordRow, type Series } from './series.ts';
import { steadyState } from './steadyState.ts';

export interface ModelEvent {
  /** Day from which the changes apply (may be fractional). */
  day: number;
  changes: Partial<ModelInputs>;
}

export interface RunRequest {
  inputs: ModelInputs;
  events?: readonly ModelEvent[];
  days: number;
  /** Intake of the healthy steady state the run starts from (mg/day); default the reference intake. */
  baselineIntakeMgPerDay?: number;
  /** Start from this state instead of the healthy steady state. */
  initialState?: Float64Array;
  /** First day number of the output (for runs that continue an earlier one). */
  startDay?: number;
  outputEveryDays?: number;
  stepsPerDay?: number;
  params?: ParameterValues;
}

export interface RunResult {
  series: Series;
  rows: number;
  finalState: Float64Array;
  finalInputs: ModelInputs;
}

export function contextFor(inputs: ModelInputs, p: ParameterValues = DEFAULT_PARAMETERS): Context {
  return makeContext(p, calibratedTheta(p), effectsOf(validateInputs(inputs).inputs, p));
}

/** The healthy steady state (no drug, no condition) at a given intake. */
export function healthyState(intakeMgPerDay: number, p: ParameterValues = DEFAULT_PARAMETERS): Float64Array {
  return steadyState(contextFor({ ...DEFAULT_INPUTS, intakeMgPerDay }, p));
}

export function simulate(req: RunRequest): RunResult {
  const run = simulateInSlices(req, Infinity);
  let step = run.next();
  while (!step.done) step = run.next();
  return step.value;
}

/**
 * The same run, computed a slice at a time: each `next()` computes up to `rowsPerSlice` more output
 * rows and yields how many are done; the last returns the result. The page spreads a long run over
 * short tasks this way (a long task keeps a phone from answering a tap).
 */
export function* simulateInSlices(req: RunRequest, rowsPerSlice: number): Generator<number, RunResult> {
  const p = req.params ?? DEFAULT_PARAMETERS;
  const every = req.outputEveryDays ?? 1;
  const stepsPerDay = req.stepsPerDay ?? DEFAULT_STEPS_PER_DAY;
  const startDay = req.startDay ?? 0;
  const rows = Math.floor(req.days / every + 1e-9) + 1;
  const y = req.initialState
    ? Float64Array.from(req.initialState)
    : healthyState(req.baselineIntakeMgPerDay ?? p.referenceIntakeMgPerDay, p);
  const events = [...(req.events ?? [])].sort((a, b) => a.day - b.day);
  let inputs = validateInputs(req.inputs).inputs;
  let c = contextFor(inputs, p);
  let next = 0;
  const applyDueEvents = (t: number) => {
    let changed = false;
    while (next < events.length && events[next].day <= t + 1e-9) {
      inputs = validateInputs({ ...inputs, ...events[next++].changes }).inputs;
      changed = true;
    }
    if (changed) c = contextFor(inputs, p);
  };
  const rk = new Rk4();
  const f = emptyFluxes();
  const series = emptySeries(rows);
  let t = startDay;
  applyDueEvents(t);
  recordRow(series, 0, t, y, evaluateFluxes(y, c, f), c);
  for (let row = 1; row < rows; row++) {
    if (row % rowsPerSlice === 0) yield row;
    const end = startDay + row * every;
    while (t < end - 1e-9) {
      const stop = next < events.length ? Math.min(end, events[next].day) : end;
      if (stop > t + 1e-12) rk.advance(y, stop - t, c, stepsPerDay);
      t = stop;
      applyDueEvents(t);
    }
    t = end;
    recordRow(series, row, t, y, evaluateFluxes(y, c, f), c);
  }
  return { series, rows, finalState: y, finalInputs: inputs };
}
