/** The page's projector: a worker of the analysis code, or none (then the app computes at once). */
import { createAnalysisWorker } from '../analysis/workerSource.ts';
import type { Projector } from './projector.ts';
import { WorkerProjector } from './workerProjector.ts';

export function createWorkerProjector(): Projector | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new WorkerProjector(createAnalysisWorker());
  } catch {
    // No worker allowed here (an unusual browser or policy): the projection is computed at once.
    return null;
  }
}
