import { describe, expect, it } from 'vitest';
import { niceMax } from '../../../../src/views/diet/intakeReference.ts';

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

  it('is always above every value, and at most half as much again', () => {
    for (const v of [1, 7, 99, 101, 333, 999, 1001, 4321]) expect(niceMax([v])).toBeGreaterThan(v);
    for (const v of [1, 7, 99, 101, 333, 999, 1001, 4321]) expect(niceMax([v])).toBeLessThanOrEqual(1.5 * v);
  });
});
