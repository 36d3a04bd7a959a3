/**
 * The Evidence section's data: every calibration target of the model (src/model/evidence, the
 * same list the validation tests check) with the model's values computed live by the engine.
 *
 * Computing all targets takes a few hundred milliseconds (some run the model for years), so it
 * runs only when asked (the section is opened) and in slices: a few targets per idle period, so
 * the page keeps answering clicks and the animation keeps running meanwhile. Results never change
 * (the targets are fixed set-ups, independent of the sliders), so they are computed once.
 */
import { evaluateTarget, TARGETS, type CalibrationTarget } from '../model/evidence/targets.ts';
import type { Grade } from '../model/index.ts';
import type { Localized } from '../model/evidence/types.ts';

export type { Localized };

/** One comparison: the published value and its accepted range, the model's value, the verdict. */
export interface EvidenceCheck {
  id: string;
  label: Localized;
  unit: string;
  /** As printed in the source; null for a bound derived from the source. */
  published: string | null;
  low: number;
  high: number;
  value: number;
  /** Inside the accepted range (as the validation tests decide it). */
  pass: boolean;
  /** Why the model is known to fall outside (shown beside the failing check). */
  knownMismatch?: Localized;
}

export interface EvidenceTarget {
  id: string;
  title: Localized;
  setUp: Localized;
  source: string;
  grade: Grade;
  checks: EvidenceCheck[];
}

export interface EvidenceSummary {
  targets: number;
  checks: number;
  inside: number;
  outside: number;
  /** Outside with a stated reason. */
  explained: number;
}

/** The model's values for one target, with its texts and source. */
export function evidenceFor(target: CalibrationTarget): EvidenceTarget {
  const results = evaluateTarget(target);
  return {
    id: target.id,
    title: target.title,
    setUp: target.setUp,
    source: target.source,
    grade: target.grade,
    checks: target.checks.map((check, i) => ({
      id: check.id,
      label: check.label,
      unit: check.unit,
      published: check.published,
      low: check.low,
      high: check.high,
      value: results[i].value,
      pass: results[i].pass,
      ...(check.knownMismatch ? { knownMismatch: check.knownMismatch } : {}),
    })),
  };
}

export function summarise(targets: readonly EvidenceTarget[]): EvidenceSummary {
  const checks = targets.flatMap((t) => t.checks);
  const outside = checks.filter((c) => !c.pass);
  return {
    targets: targets.length,
    checks: checks.length,
    inside: checks.length - outside.length,
    outside: outside.length,
    explained: outside.filter((c) => c.knownMismatch).length,
  };
}

/** How many targets there are, without computing any. */
export const TARGET_COUNT = TARGETS.length;

/** Runs `slice` when the page has time; `hasTime()` says whether this slice may do more work. */
export type Scheduler = (slice: (hasTime: () => boolean) => void) => void;

/** Idle periods where the browser has them (with a deadline so a busy page still finishes). */
export const idleScheduler: Scheduler = (slice) => {
  if (typeof requestIdleCallback === 'function') {
    requestIdleCallback((deadline) => slice(() => deadline.timeRemaining() > 4), { timeout: 250 });
  } else {
    setTimeout(() => {
      const end = performance.now() + 12;
      slice(() => performance.now() < end);
    }, 0);
  }
};

export interface EvidenceTiming {
  /** Time spent computing, summed over the slices, ms. */
  busyMs: number;
  /** The longest single target, ms (the longest the page is kept busy at once). */
  longestMs: number;
  /** From start to the last result, ms (includes the pauses between slices). */
  wallMs: number;
}

/**
 * Computes every target in slices, at least one target per slice, and reports each as it comes.
 * Returns a function that stops the remaining work.
 */
export function computeEvidence(
  onTarget: (target: EvidenceTarget) => void,
  onDone: (timing: EvidenceTiming) => void,
  schedule: Scheduler = idleScheduler,
  targets: readonly CalibrationTarget[] = TARGETS,
): () => void {
  let next = 0;
  let stopped = false;
  const timing: EvidenceTiming = { busyMs: 0, longestMs: 0, wallMs: 0 };
  const started = performance.now();
  const slice = (hasTime: () => boolean) => {
    if (stopped) return;
    do {
      const t0 = performance.now();
      const result = evidenceFor(targets[next++]);
      const ms = performance.now() - t0;
      // Visible in the browser's performance panel and to scripts/bench-evidence.ts.
      performance.measure?.(`evidence ${result.id}`, { start: t0, duration: ms });
      timing.busyMs += ms;
      timing.longestMs = Math.max(timing.longestMs, ms);
      onTarget(result);
    } while (next < targets.length && hasTime());
    if (next < targets.length) schedule(slice);
    else onDone({ ...timing, wallMs: performance.now() - started });
  };
  if (targets.length) schedule(slice);
  else onDone(timing);
  return () => {
    stopped = true;
  };
}
