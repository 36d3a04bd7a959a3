/**
 * The course ahead as the projector last computed it (reactive), and which answers may still be
 * shown: one asked for before the history was rewritten (a reset, a jump to the steady state)
 * never replaces the line drawn after it.
 */
import { emptySeries, type Series } from '../../model/index.ts';
import { ImmediateProjector, type ProjectionRequest, type Projector } from './projector.ts';

export class ProjectedCourse {
  /** At once in tests; the page's worker after `use` (see defaultProjector.ts). */
  #projector: Projector = new ImmediateProjector();
  #series = $state.raw<Series>(emptySeries(0));
  #epoch = 0;

  get series(): Series {
    return this.#series;
  }

  use(projector: Projector): void {
    this.#projector.dispose();
    this.#projector = projector;
  }

  /** Ask for the course of `request`; its answer replaces the line unless the history was rewritten since. */
  ask(request: ProjectionRequest): void {
    const epoch = this.#epoch;
    this.#projector.project(request, (series) => {
      if (epoch === this.#epoch) this.#series = series;
    });
  }

  /** The history was rewritten: answers to earlier requests are no longer wanted. */
  historyRewritten(): void {
    this.#epoch++;
  }
}
