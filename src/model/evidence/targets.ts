/**
 * Calibration targets: the model against published human data, as data.
 *
 * Every target (C1 … ) has an id, a title and a set-up in Dutch and English, its source, and one
 * or more checks. A check holds the published value as printed in the source, the range the source
 * supports (low–high, in the check's unit), and a function that computes the model's value live
 * from the engine. The validation tests (tests/validation/targets.test.ts) iterate over TARGETS, so
 * anything that shows TARGETS (the Evidence view) can never show a target the tests do not check.
 *
 * Use:
 *   import { TARGETS, evaluateTarget } from '../model/evidence/targets.ts';
 *   for (const t of TARGETS) for (const r of evaluateTarget(t)) r.value, r.low, r.high, r.pass;
 * `evaluateTarget` runs the model (a few ms per target; long runs are computed once and kept).
 * A check with `knownMismatch` lies outside its range for a stated reason; show it as failing.
 * Pure TypeScript: no UI imports.
 */
import { BASE_TARGETS } from './baseTargets.ts';
import { NEW_TARGETS } from './newTargets.ts';
import type { CalibrationTarget, CheckResult, TargetCheck } from './types.ts';

export type { CalibrationTarget, CheckResult, Localized, TargetCheck } from './types.ts';

export const TARGETS: readonly CalibrationTarget[] = Object.freeze([...BASE_TARGETS, ...NEW_TARGETS]);

export const inRange = (value: number, check: Pick<TargetCheck, 'low' | 'high'>): boolean =>
  Number.isFinite(value) && value >= check.low && value <= check.high;

/** The model's value for each check of a target, and whether it lies in the accepted range. */
export function evaluateTarget(target: CalibrationTarget): CheckResult[] {
  return target.checks.map((check) => {
    const value = check.model();
    return {
      targetId: target.id,
      checkId: check.id,
      value,
      low: check.low,
      high: check.high,
      pass: inRange(value, check),
      ...(check.knownMismatch ? { knownMismatch: check.knownMismatch } : {}),
    };
  });
}

export const findTarget = (id: string): CalibrationTarget | undefined => TARGETS.find((t) => t.id === id);
