import { describe, expect, it } from 'vitest';
import { aiFor, aiGroupKey, niceMax, percentOf, ulStatus } from '../../../src/views/diet/intakeReference.ts';

describe('the adequate intake for the person in the model', () => {
  it.each([
    ['male', 40, 350, 'aiGroup.man'],
    ['female', 40, 300, 'aiGroup.woman'],
    ['male', 15, 300, 'aiGroup.boy10to18'],
    ['female', 15, 250, 'aiGroup.girl10to18'],
    ['female', 5, 230, 'aiGroup.child3to10'],
    ['male', 2, 170, 'aiGroup.child1to3'],
    ['male', 0.8, 80, 'aiGroup.infant'],
    ['female', 18, 300, 'aiGroup.woman'],
  ] as const)('%s, %s y → %s mg/day for %s', (sex, age, mg, key) => {
    expect(aiFor(sex, age)).toEqual({ mgPerDay: mg, groupKey: key });
  });

  it.each([0.3, -1, NaN])('has none at age %s', (age) => expect(aiFor('male', age)).toBeUndefined());

  it('names the group by the band’s lower age', () => {
    expect(aiGroupKey('male', 10)).toBe('aiGroup.boy10to18');
    expect(aiGroupKey('female', 18)).toBe('aiGroup.woman');
  });
});

describe('percentOf', () => {
  it.each([
    [332.45, 350, 95],
    [350, 350, 100],
    [0, 350, 0],
    [100, 0, 0],
    [NaN, 300, 0],
  ])('%s of %s → %s percent', (value, ref, pct) => expect(percentOf(value, ref)).toBe(pct));
});

describe('the supplement against the upper limit (supplements only)', () => {
  it.each([
    [0, 40, { level: 'none', ulMgPerDay: 250 }],
    [80.8, 40, { level: 'below', ulMgPerDay: 250 }],
    [250, 40, { level: 'below', ulMgPerDay: 250 }],
    [250.1, 40, { level: 'above', ulMgPerDay: 250 }],
    [500, 4, { level: 'above', ulMgPerDay: 250 }],
    [100, 3, { level: 'no-ul' }],
    [NaN, 40, { level: 'none', ulMgPerDay: 250 }],
  ] as const)('%s mg/day at %s y → %o', (mg, age, status) => expect(ulStatus(mg, age)).toEqual(status));
});

describe('niceMax (end of a bar scale)', () => {
  it.each([
    [[332, 350], 100, 400],
    [[575, 350], 100, 800],
    [[138], 10, 150],
    [[0, 250], 100, 300],
    [[], 100, 120],
    [[NaN, 40], 10, 50],
    [[2400], 100, 3000],
    [[95], 100, 120],
  ])('%o (minimum %s) → %s', (values, minimum, max) => expect(niceMax(values, minimum)).toBe(max));

  it('is always above every value', () => {
    for (const v of [1, 7, 99, 101, 333, 999, 1001, 4321]) expect(niceMax([v])).toBeGreaterThan(v);
    for (const v of [1, 7, 99, 101, 333, 999, 1001, 4321]) expect(niceMax([v])).toBeLessThanOrEqual(1.5 * v);
  });
});
