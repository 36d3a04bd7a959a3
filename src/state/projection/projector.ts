/**
 * The course ahead (the projection line) is a year of model days: a few milliseconds of work at
 * every slider move, four times that on an old laptop. In the page it is computed in a Web Worker,
 * so a move shows on the slider, the numbers and the diagram at once and the charts' projection
 * follows as soon as the worker answers; where there is no worker (tests, a browser without
 * workers) it is computed at once. Pure TypeScript; no Svelte.
 */
import { simulate, type ModelEvent, type ModelInputs, type Series } from '../../model/index.ts';

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

export const projectNow = (request: ProjectionRequest): Series =>
  simulate({
    inputs: request.inputs,
    events: request.events,
    days: request.days,
    initialState: request.initialState,
    startDay: request.startDay,
  }).series;

/** Computes on the spot (tests, and the first projection of the page). */
export class ImmediateProjector implements Projector {
  project(request: ProjectionRequest, done: ProjectionDone): void {
    done(projectNow(request));
  }
  dispose(): void {}
}

/**
 * Computes in a task of its own, soon after being asked: the page's opening state is then made in
 * two shorter tasks (the opening run, then its course ahead) instead of one long one. Only the
 * newest request is computed. A pending one is still answered after `dispose` (its answer is
 * right for the state it was asked for; the course it belongs to decides whether to show it).
 */
export class NextTaskProjector implements Projector {
  #pending: { request: ProjectionRequest; done: ProjectionDone } | null = null;

  project(request: ProjectionRequest, done: ProjectionDone): void {
    const scheduled = this.#pending !== null;
    this.#pending = { request, done };
    if (scheduled) return;
    setTimeout(() => {
      const job = this.#pending;
      this.#pending = null;
      if (job) job.done(projectNow(job.request));
    }, 0);
  }

  dispose(): void {}
}

/** The arrays of a series, to hand them over between threads without copying. */
export const seriesBuffers = (series: Series): ArrayBuffer[] =>
  Object.values(series).map((a: Float64Array) => a.buffer as ArrayBuffer);
