/**
 * The course ahead (the projection line) is a year of model days: a few milliseconds of work at
 * every slider move, four times that on an old laptop. In the page it is computed in a Web Worker,
 * so a move shows on the slider, the numbers and the diagram at once and the charts' projection
 * follows as soon as the worker answers; where there is no worker (tests, a browser without
 * workers) it is computed at once. Pure TypeScript; no Svelte.
 */
import {
  simulate,
  simulateInSlices,
  type ModelEvent,
  type ModelInputs,
  type RunResult,
  type Series,
} from '../../model/index.ts';

/** What it takes to compute the course ahead (structured-clone safe). */
export interface ProjectionRequest {
  inputs: ModelInputs;
  /** Changes still to come (a scenario's events), applied on their day. */
  events: readonly ModelEvent[];
  days: number;
  /** The model's state today (a copy: it may be handed over to the worker). */
  initialState: Float64Array;
  startDay: number;
}

export type ProjectionDone = (series: Series) => void;

export interface Projector {
  /**
   * Computes the course of `request` and hands it to `done`, at once or later. While one is being
   * computed, a newer request replaces any that waits: only the latest is computed next.
   */
  project(request: ProjectionRequest, done: ProjectionDone): void;
  dispose(): void;
}

const runRequest = (request: ProjectionRequest) => ({
  inputs: request.inputs,
  events: request.events,
  days: request.days,
  initialState: request.initialState,
  startDay: request.startDay,
});

export const projectNow = (request: ProjectionRequest): Series => simulate(runRequest(request)).series;

/** Computes on the spot (tests, and the first projection of the page). */
export class ImmediateProjector implements Projector {
  project(request: ProjectionRequest, done: ProjectionDone): void {
    done(projectNow(request));
  }
  dispose(): void {}
}

/**
 * Model days per task when computing in slices. The page's first year runs in code not yet
 * optimised: its first 50 days took 13 ms on this machine (later slices a few ms), four times that
 * on a phone; 25 days keep even the first slice short enough to answer a tap in between.
 */
export const DAYS_PER_SLICE = 25;

/**
 * Computes in short tasks of their own, soon after being asked: the page's opening course is then
 * made between the other opening tasks instead of in one long one. Only the newest request is
 * computed: a newer one replaces a course half done. A pending one is still answered after
 * `dispose` (its answer is right for the state it was asked for; the course it belongs to decides
 * whether to show it).
 */
export class NextTaskProjector implements Projector {
  #job: { run: Generator<number, RunResult>; done: ProjectionDone } | null = null;
  #waiting: (() => void)[] = [];

  constructor(private readonly schedule: (task: () => void) => void = (task) => setTimeout(task, 0)) {}

  project(request: ProjectionRequest, done: ProjectionDone): void {
    const running = this.#job !== null;
    this.#job = { run: simulateInSlices(runRequest(request), DAYS_PER_SLICE), done };
    if (!running) this.schedule(this.#slice);
  }

  readonly #slice = (): void => {
    const job = this.#job;
    if (!job) return;
    const step = job.run.next();
    if (!step.done) {
      this.schedule(this.#slice);
      return;
    }
    this.#job = null;
    job.done(step.value.series);
    if (this.#job === null) for (const task of this.#waiting.splice(0)) this.schedule(task);
  };

  /** Runs `task` in a task of its own once no course is being computed (the page is built then). */
  whenDone(task: () => void): void {
    if (this.#job === null) this.schedule(task);
    else this.#waiting.push(task);
  }

  dispose(): void {}
}

/** The arrays of a series, to hand them over between threads without copying. */
export const seriesBuffers = (series: Series): ArrayBuffer[] =>
  Object.values(series).map((a: Float64Array) => a.buffer as ArrayBuffer);
