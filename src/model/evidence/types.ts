/** Shapes of the calibration targets (see targets.ts for the API and how to use it). */
import type { Grade } from '../parameters.ts';

/** A short text in the two app languages. */
export interface Localized {
  nl: string;
  en: string;
}

/** One number the model must reproduce: what was measured, the accepted range, the model's value. */
export interface TargetCheck {
  /** Unique within its target, e.g. 'serum'. */
  id: string;
  /** What is compared, e.g. "serum Mg at steady state". */
  label: Localized;
  /** Unit of the published value, the range and the model's value ('mmol/L', '%', 'mg/d', 'd', …). */
  unit: string;
  /** What the source reports, as printed there (e.g. "0.24 [0.15–0.30]"); null for a derived bound. */
  published: string | null;
  /** The range the source supports, in `unit` (either end may be ±Infinity for a one-sided bound). */
  low: number;
  high: number;
  /** The model's value, computed live from the engine, in `unit`. */
  model: () => number;
  /**
   * Set when the model is known to fall outside the range, with the reason (shown, never hidden).
   * The tests hold such a check outside its range, so the note cannot outlive the mismatch.
   */
  knownMismatch?: Localized;
}

export interface CalibrationTarget {
  /** 'C1' … : stable ids, also used in test names. */
  id: string;
  title: Localized;
  /** How the model is set up to compare with the source. */
  setUp: Localized;
  /** Full citation(s). */
  source: string;
  /** How directly the numbers come from the source (S primary, S2 second-hand, E our reading). */
  grade: Grade;
  checks: readonly TargetCheck[];
}

export interface CheckResult {
  targetId: string;
  checkId: string;
  value: number;
  low: number;
  high: number;
  pass: boolean;
  knownMismatch?: Localized;
}
