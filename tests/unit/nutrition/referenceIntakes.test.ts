import { describe, expect, it } from 'vitest';
import {
  adequateIntake,
  adequateIntakeMgPerDay,
  iomNonFoodUpperLimitMgPerDay,
  supplementUpperLimitMgPerDay,
  type Sex,
} from '../../../src/nutrition/index.ts';

// EFSA 2015 adequate intakes, mg/day (seed article table 1).
const AI_CASES: [Sex, number, number | undefined][] = [
  ['male', 0, undefined],
  ['female', 0.5, undefined],
  ['male', 7 / 12, 80],
  ['female', 0.75, 80],
  ['male', 11.5 / 12, 80],
  ['female', 1, 170],
  ['male', 2.99, 170],
  ['female', 3, 230],
  ['male', 9.99, 230],
  ['male', 10, 300],
  ['female', 10, 250],
  ['male', 17.9, 300],
  ['female', 17.9, 250],
  ['male', 18, 350],
  ['female', 18, 300],
  ['male', 40, 350],
  ['female', 40, 300],
  ['female', 85, 300],
];

describe('adequate intake (EFSA 2015)', () => {
  it.each(AI_CASES)('%s aged %s years: %s mg/day', (sex, age, expected) => {
    expect(adequateIntakeMgPerDay(sex, age)).toBe(expected);
  });

  it('says why there is no AI', () => {
    const infant = adequateIntake('female', 0.3);
    expect(infant.mgPerDay).toBeUndefined();
    expect(infant.reason).toBe('infant');
    expect(adequateIntake('male', Number.NaN).reason).toBe('invalid-age');
    expect(adequateIntake('male', -1).mgPerDay).toBeUndefined();
  });

  it('reports the age band it used', () => {
    expect(adequateIntake('female', 30).band?.fromYears).toBe(18);
  });
});

describe('upper limit for supplemental Mg (SCF 2001 / EFSA)', () => {
  it.each([
    [0.5, undefined],
    [1, undefined],
    [2, undefined],
    [3, undefined],
    [3.99, undefined],
    [4, 250],
    [10, 250],
    [40, 250],
    [90, 250],
  ])('aged %s years: %s mg/day', (age, expected) => {
    expect(supplementUpperLimitMgPerDay(age)).toBe(expected);
  });

  it('keeps the IOM non-food UL of 350 mg/day for adults as a second reference', () => {
    expect(iomNonFoodUpperLimitMgPerDay(40)).toBe(350);
    expect(iomNonFoodUpperLimitMgPerDay(2)).toBe(65);
    expect(iomNonFoodUpperLimitMgPerDay(6)).toBe(110);
    expect(iomNonFoodUpperLimitMgPerDay(0.5)).toBeUndefined();
  });
});
