/**
 * θ is not typed in: it is the threshold that makes the reference adult (the reference intake, no
 * drug or condition) sit in balance at serum S_ref, with urine carrying what the gut nets in. Its
 * value, and how it compares with the measured TmMg, is in docs/model.md §3.3 and §5.2 (C9).
 */
import { absorption } from './absorption.ts';
import { DEFAULT_INPUTS } from './inputs.ts';
import { thresholdForUrine } from './kidney.ts';
import { effectsOf } from './modifiers.ts';
import { DEFAULT_PARAMETERS, type ParameterValues } from './parameters.ts';
import { mgToMmol } from './units.ts';

export interface ReferenceState {
  thetaMmolPerL: number;
  absorbedMmolPerDay: number;
  endogenousMmolPerDay: number;
  urineMmolPerDay: number;
}

export function calibrateReference(p: ParameterValues): ReferenceState {
  const e = effectsOf({ ...DEFAULT_INPUTS, intakeMgPerDay: p.referenceIntakeMgPerDay }, p);
  const a = absorption(p.serumRefMmolPerL, e, p);
  const absorbed = a.mealAbsorbedMmolPerDay + a.supplementAbsorbedMmolPerDay;
  const endogenous = p.endogenousFaecalMmolPerDay;
  const urine = absorbed - endogenous - mgToMmol(p.sweatMgPerDay);
  return {
    thetaMmolPerL: thresholdForUrine(urine, e.gfrLPerDay, p),
    absorbedMmolPerDay: absorbed,
    endogenousMmolPerDay: endogenous,
    urineMmolPerDay: urine,
  };
}

const cache = new WeakMap<object, number>();

/** Calibrated θ for a parameter set (memoised per parameter object). */
export function calibratedTheta(p: ParameterValues = DEFAULT_PARAMETERS): number {
  let theta = cache.get(p);
  if (theta === undefined) {
    theta = calibrateReference(p).thetaMmolPerL;
    cache.set(p, theta);
  }
  return theta;
}
