/**
 * How far a parameter may plausibly lie from its value, by its grade of evidence. A value is
 * multiplied or divided by at most the grade's factor (sampled evenly on a log scale). Shares
 * between 0 and 1 (unit '1', such as the ultrafilterable fraction) are varied on their odds
 * p / (1 − p) instead, so they stay shares. The ranges are stated in the model notes.
 */
import { PARAMETERS, type Grade, type Parameter, type ParameterName } from '../parameters.ts';

/** ×/÷ factor per grade: S ±10%, S2 ±25%, E ×/÷ 1.5, A half to double. */
export const GRADE_FACTORS: Readonly<Record<Grade, number>> = { S: 1.1, S2: 1.25, E: 1.5, A: 2 };

const isShare = (p: Pick<Parameter, 'unit' | 'value'>): boolean =>
  p.unit === '1' && p.value > 0 && p.value < 1;

/** The value at position u ∈ [0, 1] of the parameter's range (u = 0.5: the parameter's own value). */
export function valueInRange(p: Pick<Parameter, 'unit' | 'value' | 'grade'>, u: number): number {
  const z = (2 * u - 1) * Math.log(GRADE_FACTORS[p.grade]);
  if (!isShare(p)) return p.value * Math.exp(z);
  const odds = (p.value / (1 - p.value)) * Math.exp(z);
  return odds / (1 + odds);
}

export interface ParameterRange {
  name: ParameterName;
  grade: Grade;
  value: number;
  low: number;
  high: number;
  /** Varied on the odds of a share rather than on the value. */
  onOdds: boolean;
}

export function parameterRange(name: ParameterName): ParameterRange {
  const p = PARAMETERS[name];
  return {
    name,
    grade: p.grade,
    value: p.value,
    low: valueInRange(p, 0),
    high: valueInRange(p, 1),
    onOdds: isShare(p),
  };
}
