/**
 * The explanation section's state: whether it is open, the latest time scales and sensitivities,
 * and the uncertainty band. Nothing runs while the section is closed. When open, every change of
 * the course is answered only after it settles (a drag has ended: no change for SETTLE_MS), in the
 * worker, so a slider move never waits for it. A stale band is hidden until the new one is ready.
 */
import { untrack } from 'svelte';
import type { ModelInputs, Series } from '../../model/index.ts';
import {
  DEFAULT_ENSEMBLE_SIZE,
  DEFAULT_SEED,
  type CoursePlan,
  type Uncertainty,
} from '../../model/analysis/index.ts';
import type { AnalysisClient } from './client.ts';
import {
  bandFromIndex,
  bandStartIndex,
  certaintyFromIndex,
  sensitivityBars,
  timeScaleRows,
  type SensitivityOutput,
} from './presentation.ts';
import type { Explanation } from './protocol.ts';

/** What the analysis reads from the app state. */
export interface CourseSource {
  readonly projection: Series;
  readonly inputs: ModelInputs;
  readonly horizonDays: number;
  readonly day: number;
  readonly courseRevision: number;
  coursePlan(): CoursePlan;
}

export type AnalysisStatus = 'idle' | 'waiting' | 'running' | 'ready' | 'error';
export type AnalysisView = 'time' | 'sensitivity' | 'uncertainty';

/** Quiet time after the last change before the analyses run (the end of a drag). */
export const SETTLE_MS = 300;

export class AnalysisState {
  open = $state(false);
  explanation = $state.raw<Explanation | null>(null);
  explainStatus = $state<AnalysisStatus>('idle');
  uncertainty = $state.raw<Uncertainty | null>(null);
  uncertaintyStatus = $state<AnalysisStatus>('idle');
  /** Share of the ensemble done, 0–1, while it runs. */
  progress = $state(0);
  failed = $state(false);
  /** Which of the three views the section shows, and which output the sensitivities are for. */
  view = $state<AnalysisView>('time');
  sensitivityOutput = $state<SensitivityOutput>('serum');

  readonly #source: CourseSource;
  readonly #createClient: () => AnalysisClient;
  #client: AnalysisClient | null = null;
  #stopWatching: (() => void) | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #courseKey = '';
  #inputsKey = '';
  #coveredUntilDay = -Infinity;
  /** A renewal of a still valid band is on its way (while the clock runs). */
  #renewing = false;

  constructor(source: CourseSource, createClient: () => AnalysisClient) {
    this.#source = source;
    this.#createClient = createClient;
  }

  /** The section was opened or closed (the view's toggle). */
  setOpen(open: boolean): void {
    if (open === this.open) return;
    this.open = open;
    if (open) this.#start();
    else this.#stop();
  }

  /** The band is shown only while it belongs to the course on screen. */
  get bandReady(): boolean {
    return this.open && this.uncertaintyStatus === 'ready' && this.uncertainty !== null;
  }

  timeScales = $derived(this.explanation ? timeScaleRows(this.explanation.timeScales) : null);
  bars = $derived(
    this.explanation ? sensitivityBars(this.explanation.sensitivity, this.sensitivityOutput) : null,
  );

  /**
   * The band's row for today, −1 while there is no current band. A number, so what depends on it
   * is recomputed once a simulated day while the clock runs, not every frame.
   */
  #bandStart = $derived.by(() =>
    this.bandReady && this.uncertainty ? bandStartIndex(this.uncertainty, this.#today()) : -1,
  );
  /** The band from today on, while it is current; null otherwise (nothing to draw). */
  band = $derived.by(() =>
    this.#bandStart >= 0 && this.uncertainty ? bandFromIndex(this.uncertainty, this.#bandStart) : null,
  );
  certainty = $derived.by(() =>
    this.#bandStart >= 0 && this.uncertainty ? certaintyFromIndex(this.uncertainty, this.#bandStart) : null,
  );

  dispose(): void {
    this.#stop();
    this.#client?.dispose();
    this.#client = null;
  }

  #today(): number {
    return this.#source.day;
  }

  #start(): void {
    this.#stopWatching = $effect.root(() => {
      $effect(() => {
        void this.#source.projection;
        untrack(() => this.#courseMoved());
      });
    });
  }

  #stop(): void {
    this.#stopWatching?.();
    this.#stopWatching = null;
    clearTimeout(this.#timer);
    this.#courseKey = '';
    this.#inputsKey = '';
    this.#renewing = false;
  }

  #courseMoved(): void {
    const opening = this.#courseKey === '';
    const courseKey = `${this.#source.courseRevision}|${this.#source.horizonDays}`;
    const inputsKey = JSON.stringify(this.#source.inputs);
    const courseChanged = courseKey !== this.#courseKey;
    const inputsChanged = inputsKey !== this.#inputsKey;
    this.#courseKey = courseKey;
    this.#inputsKey = inputsKey;
    if (courseChanged || inputsChanged) {
      if (courseChanged) this.uncertaintyStatus = 'waiting';
      if (inputsChanged) this.explainStatus = 'waiting';
      clearTimeout(this.#timer);
      const explainToo = this.explainStatus === 'waiting';
      // Just opened: nothing is being dragged, so start at once.
      if (opening) this.#run(explainToo);
      else this.#timer = setTimeout(() => this.#run(explainToo), SETTLE_MS);
      return;
    }
    // The clock runs on an unchanged course: the band stays valid; renew it before it runs out
    // (at once: the projection moves too often while playing fast for a quiet time to come).
    const runningOut = this.#source.day + this.#source.horizonDays / 2 > this.#coveredUntilDay;
    if (runningOut && this.uncertaintyStatus === 'ready' && !this.#renewing) {
      const client = this.#ensureClient();
      if (client) this.#ensemble(client);
    }
  }

  #ensureClient(): AnalysisClient | null {
    if (this.#client || this.failed) return this.#client;
    try {
      this.#client = this.#createClient();
    } catch {
      this.failed = true;
    }
    return this.#client;
  }

  #run(explainToo: boolean): void {
    const client = this.#ensureClient();
    if (!client) {
      this.explainStatus = this.uncertaintyStatus = 'error';
      return;
    }
    if (explainToo) this.#explain(client);
    this.#ensemble(client);
  }

  #explain(client: AnalysisClient): void {
    const key = this.#inputsKey;
    this.explainStatus = 'running';
    client.explain($state.snapshot(this.#source.inputs) as ModelInputs).then(
      (result) => {
        // A later change may have made this answer stale: keep waiting for the newer one.
        if (!result || key !== this.#inputsKey) return;
        this.explanation = result;
        this.explainStatus = 'ready';
      },
      () => key === this.#inputsKey && (this.explainStatus = 'error'),
    );
  }

  #ensemble(client: AnalysisClient): void {
    const key = this.#courseKey;
    const plan = this.#source.coursePlan();
    this.#renewing = this.uncertaintyStatus === 'ready';
    if (!this.#renewing) this.uncertaintyStatus = 'running';
    this.progress = 0;
    client
      .uncertainty(plan, DEFAULT_ENSEMBLE_SIZE, DEFAULT_SEED, (done, total) => (this.progress = done / total))
      .then(
        (result) => {
          this.#renewing = false;
          if (!result || key !== this.#courseKey) return;
          this.uncertainty = result;
          this.#coveredUntilDay = plan.today + plan.horizonDays;
          this.progress = 1;
          this.uncertaintyStatus = 'ready';
        },
        () => {
          this.#renewing = false;
          if (key === this.#courseKey) this.uncertaintyStatus = 'error';
        },
      );
  }
}
