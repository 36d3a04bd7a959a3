/**
 * The live run behind the app: one model state advanced by the clock, with inputs that change at
 * the current simulated day (an event, as in real life), a daily history for the charts and a
 * projection of the course ahead. Pure TypeScript (no Svelte), so it is unit-tested directly.
 */
import {
  CUM_INTAKE,
  contextFor,
  emptyFluxes,
  emptySeries,
  evaluateFluxes,
  healthyState,
  recordRow,
  REFERENCE_INTAKE_MG_PER_DAY,
  rowOf,
  Rk4,
  settlingDays,
  simulate,
  steadyState,
  validateInputs,
  type Context,
  type Fluxes,
  type ModelEvent,
  type ModelInputs,
  type RunResult,
  type SeriesName,
  type Settling,
} from '../model/index.ts';
import type { CourseChange, CoursePlan } from '../model/analysis/index.ts';
import { GrowingSeries } from './growingSeries.ts';
import type { ProjectionRequest } from './projection/projector.ts';

export class LiveSimulation {
  readonly history = new GrowingSeries();
  #y: Float64Array;
  #day = 0;
  #inputs: ModelInputs;
  #context: Context;
  #events: ModelEvent[] = [];
  /** Future changes (a scenario's events), applied when the clock reaches their day. */
  #scheduled: ModelEvent[] = [];
  readonly #rk = new Rk4();
  readonly #fluxes = emptyFluxes();
  /** Scratch row for `now()` (one per simulation, not one per call: it runs on every frame). */
  readonly #nowRow = emptySeries(1);
  /** What it takes to replay the course (the uncertainty ensemble re-runs it per parameter set). */
  #baselineIntakeMgPerDay: number;
  #startInputs: ModelInputs;
  #changes: CourseChange[] = [];
  #revision = 0;

  constructor(inputs: ModelInputs, baselineIntakeMgPerDay = REFERENCE_INTAKE_MG_PER_DAY) {
    this.#baselineIntakeMgPerDay = baselineIntakeMgPerDay;
    this.#inputs = validateInputs(inputs).inputs;
    this.#startInputs = this.#inputs;
    this.#context = contextFor(this.#inputs);
    this.#y = healthyState(baselineIntakeMgPerDay);
    this.#record();
  }

  get day(): number {
    return this.#day;
  }

  get inputs(): ModelInputs {
    return this.#inputs;
  }

  /** Input changes so far, with the day each took effect. */
  get events(): readonly ModelEvent[] {
    return this.#events;
  }

  /** Fluxes at the current state and inputs. */
  fluxes(): Fluxes {
    return evaluateFluxes(this.#y, this.#context, this.#fluxes);
  }

  /** Every series at this moment, with the inputs in force now (also mid-day, also right after a change). */
  now(): Record<SeriesName, number> {
    recordRow(this.#nowRow, 0, this.#day, this.#y, this.fluxes(), this.#context);
    return rowOf(this.#nowRow, 0);
  }

  /** A copy of the current state vector. */
  state(): Float64Array {
    return Float64Array.from(this.#y);
  }

  /**
   * Start again from the healthy steady state at a baseline intake, with these inputs from day 0
   * and, optionally, changes scheduled for later days.
   */
  reset(
    inputs: ModelInputs,
    baselineIntakeMgPerDay = REFERENCE_INTAKE_MG_PER_DAY,
    scheduled: readonly ModelEvent[] = [],
  ): void {
    this.#inputs = validateInputs(inputs).inputs;
    this.#startInputs = this.#inputs;
    this.#baselineIntakeMgPerDay = baselineIntakeMgPerDay;
    this.#changes = [];
    this.#revision++;
    this.#context = contextFor(this.#inputs);
    this.#y = healthyState(baselineIntakeMgPerDay);
    this.#day = 0;
    this.#events = [];
    this.#scheduled = [...scheduled].sort((a, b) => a.day - b.day);
    this.history.clear();
    this.#applyDue();
    this.#record();
  }

  /** Changes still to come. */
  get scheduled(): readonly ModelEvent[] {
    return this.#scheduled;
  }

  /**
   * New inputs from the current day on. A scheduled change of an input the user has just set is
   * dropped: the user has taken that control over.
   */
  setInputs(inputs: ModelInputs): void {
    const changed = (Object.keys(inputs) as (keyof ModelInputs)[]).filter(
      (k) => JSON.stringify(inputs[k]) !== JSON.stringify(this.#inputs[k]),
    );
    this.#scheduled = this.#scheduled.filter((e) => !changed.some((k) => k in e.changes));
    this.#apply(inputs);
    this.#revision++;
  }

  #apply(inputs: ModelInputs): void {
    this.#inputs = validateInputs(inputs).inputs;
    this.#context = contextFor(this.#inputs);
    this.#events.push({ day: this.#day, changes: { ...this.#inputs } });
    this.#changes.push({ day: this.#day, kind: 'inputs', inputs: this.#inputs });
  }

  /**
   * Bumped when the course is changed by hand (reset, new inputs, a jump), not when the clock
   * moves or applies a scheduled change: those were part of the course already.
   */
  get revision(): number {
    return this.#revision;
  }

  /** The course so far and to come, for a replay with other parameters. */
  coursePlan(horizonDays: number): CoursePlan {
    return {
      baselineIntakeMgPerDay: this.#baselineIntakeMgPerDay,
      startInputs: this.#startInputs,
      changes: [...this.#changes],
      scheduled: [...this.#scheduled],
      today: this.#day,
      horizonDays,
    };
  }

  /** Advance the clock, recording a history row at every whole day crossed. */
  advance(days: number): void {
    let remaining = Math.max(0, days);
    while (remaining > 1e-12) {
      const nextWholeDay = Math.floor(this.#day + 1e-9) + 1;
      const nextEvent = this.#scheduled.length ? this.#scheduled[0].day : Infinity;
      const stepDays = Math.min(remaining, nextWholeDay - this.#day, Math.max(nextEvent - this.#day, 1e-9));
      this.#rk.advance(this.#y, stepDays, this.#context);
      this.#day += stepDays;
      remaining -= stepDays;
      this.#applyDue();
      if (Math.abs(this.#day - Math.round(this.#day)) < 1e-9) {
        this.#day = Math.round(this.#day);
        this.#record();
      }
    }
  }

  /**
   * Jump to the steady state of the current inputs (the clock does not move). Returns how long
   * the body would really take to get there from here.
   */
  jumpToSteadyState(): Settling {
    const settling = settlingDays(this.#y, this.#context);
    // The cumulative counters carry on; the pools and the PPI exposure take their steady values.
    const keep = this.#y.subarray(CUM_INTAKE);
    const ss = steadyState(this.#context);
    ss.set(keep, CUM_INTAKE);
    this.#y = ss;
    this.#changes.push({ day: this.#day, kind: 'steady-state' });
    this.#revision++;
    this.history.truncateAfter(this.#day - 1e-6);
    this.#record();
    return settling;
  }

  /** The course ahead with the current inputs and scheduled changes, one row per day from today. */
  project(days: number, inputs: ModelInputs = this.#inputs): RunResult {
    return simulate({ inputs, events: this.#scheduled, days, initialState: this.#y, startDay: this.#day });
  }

  /** What a projector needs to compute `project(days)` elsewhere (a worker): plain data, copies. */
  projectionRequest(days: number): ProjectionRequest {
    return {
      inputs: this.#inputs,
      events: [...this.#scheduled],
      days,
      initialState: this.state(),
      startDay: this.#day,
    };
  }

  #applyDue(): void {
    while (this.#scheduled.length && this.#scheduled[0].day <= this.#day + 1e-9) {
      const event = this.#scheduled.shift()!;
      this.#apply({ ...this.#inputs, ...event.changes });
    }
  }

  #record(): void {
    this.history.truncateAfter(this.#day - 1e-6);
    this.history.push(this.#day, this.#y, this.fluxes(), this.#context);
  }
}
