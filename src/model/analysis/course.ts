/**
 * A course as the app ran it, replayable with any parameter set: the healthy start, the inputs
 * from day 0, every change since (new inputs from a day on, or a jump to the steady state), the
 * changes still to come and the horizon of the projection from today.
 */
import type { ModelInputs } from '../inputs.ts';
import { DEFAULT_PARAMETERS, type ParameterValues } from '../parameters.ts';
import { contextFor, healthyState, simulate, type ModelEvent } from '../simulate.ts';
import { DYNAMIC_COUNT } from '../state.ts';
import { steadyState } from '../steadyState.ts';

export type CourseChange =
  { day: number; kind: 'inputs'; inputs: ModelInputs } | { day: number; kind: 'steady-state' };

export interface CoursePlan {
  baselineIntakeMgPerDay: number;
  startInputs: ModelInputs;
  /** Changes up to today, in the order they happened. */
  changes: readonly CourseChange[];
  /** Changes still to come (a scenario's events). */
  scheduled: readonly ModelEvent[];
  today: number;
  horizonDays: number;
}

export interface Projection {
  /** Day numbers from today, one a day. */
  days: Float64Array;
  serumMmolPerL: Float64Array;
  /** Inputs in force today. */
  inputsToday: ModelInputs;
}

/** Replay the course to today with parameter set p, then project it over the horizon. */
export function replayCourse(plan: CoursePlan, p: ParameterValues = DEFAULT_PARAMETERS): Projection {
  let y = healthyState(plan.baselineIntakeMgPerDay, p);
  let inputs = plan.startInputs;
  let day = 0;
  let pending: ModelEvent[] = [];
  // Run the pending input changes up to `until` (one segment: no steady-state jump inside).
  const runTo = (until: number) => {
    if (until > day + 1e-12) {
      const days = until - day;
      const run = simulate({
        inputs,
        events: pending,
        days,
        initialState: y,
        startDay: day,
        outputEveryDays: days,
        params: p,
      });
      y = run.finalState;
      inputs = run.finalInputs;
    } else for (const e of pending) inputs = { ...inputs, ...e.changes };
    pending = [];
    day = Math.max(day, until);
  };
  for (const change of plan.changes) {
    if (change.kind === 'inputs') {
      pending.push({ day: change.day, changes: change.inputs });
      continue;
    }
    runTo(change.day);
    // As the app's jump: the pools and the PPI exposure take their steady values, counters carry on.
    const ss = steadyState(contextFor(inputs, p));
    y = Float64Array.from(y);
    y.set(ss.subarray(0, DYNAMIC_COUNT));
  }
  runTo(plan.today);
  const ahead = simulate({
    inputs,
    events: plan.scheduled,
    days: plan.horizonDays,
    initialState: y,
    startDay: plan.today,
    params: p,
  });
  return { days: ahead.series.day, serumMmolPerL: ahead.series.serumMgMmolPerL, inputsToday: inputs };
}
