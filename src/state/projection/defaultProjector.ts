/**
 * The page's projector. The course shown when the page opens is computed at once (by AppState,
 * before this projector is used); the worker starts once the reader starts to use the page
 * (warmUp: a pointer, a key, a touch), or at the latest with the first projection asked for. Every
 * projection after the page has opened is computed in the worker, the first one too: a first
 * slider move never waits for a year of simulation (until the worker answers, the line shown is
 * the one before). A page that is only looked at starts no worker. Without workers everything is
 * computed at once.
 */
import { createAnalysisWorker } from '../analysis/workerSource.ts';
import {
  ImmediateProjector,
  type ProjectionDone,
  type ProjectionRequest,
  type Projector,
} from './projector.ts';
import { WorkerProjector } from './workerProjector.ts';

function startWorker(): Projector {
  if (typeof Worker === 'undefined') return new ImmediateProjector();
  try {
    return new WorkerProjector(createAnalysisWorker());
  } catch {
    // No worker allowed here (an unusual browser or policy): the projection is computed at once.
    return new ImmediateProjector();
  }
}

export class PageProjector implements Projector {
  #inner: Projector | null = null;

  constructor(private readonly start: () => Projector = startWorker) {}

  /**
   * Starts the worker before the first projection is asked for (the reader has started to use
   * the page): the first slider move then waits for nothing either.
   */
  warmUp(): void {
    this.#inner ??= this.start();
  }

  project(request: ProjectionRequest, done: ProjectionDone): void {
    this.warmUp();
    this.#inner!.project(request, done);
  }

  dispose(): void {
    this.#inner?.dispose();
    // Asked again after the page has closed (a test), it computes at once; it starts no worker.
    this.#inner = new ImmediateProjector();
  }
}
