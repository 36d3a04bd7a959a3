/**
 * The Evidence section's reactive state (Svelte 5 runes): nothing is computed until `start()`
 * (the section is opened); then the targets arrive one by one, and stay for the page's life.
 */
import {
  computeEvidence,
  idleScheduler,
  summarise,
  TARGET_COUNT,
  type EvidenceTarget,
  type EvidenceTiming,
  type Scheduler,
} from './evidence.ts';

export type EvidenceStatus = 'idle' | 'computing' | 'done';

export class EvidenceRun {
  status = $state<EvidenceStatus>('idle');
  /** The targets computed so far, in order. */
  targets = $state.raw<EvidenceTarget[]>([]);
  timing = $state.raw<EvidenceTiming | null>(null);
  readonly total = TARGET_COUNT;
  summary = $derived(summarise(this.targets));
  #schedule: Scheduler;

  constructor(schedule: Scheduler = idleScheduler) {
    this.#schedule = schedule;
  }

  /** Compute every target (once; later calls do nothing). */
  start(): void {
    if (this.status !== 'idle') return;
    this.status = 'computing';
    computeEvidence(
      (target) => (this.targets = [...this.targets, target]),
      (timing) => {
        this.timing = timing;
        this.status = 'done';
      },
      this.#schedule,
    );
  }
}

let shared: EvidenceRun | undefined;

/** The page's one run: opening, closing and reopening the section never computes twice. */
export const sharedEvidenceRun = (): EvidenceRun => (shared ??= new EvidenceRun());
