/** Where the controls' intake and supplement bars put their fill (what they compare with: state/referenceIntake). */
import { describe, expect, it } from 'vitest';
import { barPercent, intakeScaleMax } from '../../../../src/views/controls/references.ts';

describe('bar geometry', () => {
  it.each([
    [0, 700, 0],
    [350, 700, 50],
    [700, 700, 100],
    [900, 700, 100],
    [-5, 700, 0],
    [NaN, 700, 0],
    [10, 0, 0],
  ])('barPercent(%d, %d) = %d', (value, max, percent) => expect(barPercent(value, max)).toBe(percent));

  it('shows at least twice the AI, more when the intake is larger', () => {
    expect(intakeScaleMax(350, 350)).toBe(700);
    expect(intakeScaleMax(1000, 350)).toBe(1000);
  });
});
