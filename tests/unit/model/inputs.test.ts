import { describe, expect, it } from 'vitest';
import { DEFAULT_INPUTS, simulate, validateInputs } from '../../../src/model/index.ts';

describe('input validation', () => {
  it('clamps out-of-range values and says what it changed', () => {
    const { inputs, adjustments } = validateInputs({
      ...DEFAULT_INPUTS,
      intakeMgPerDay: -5,
      gfrMlPerMin: 900,
    });
    expect(inputs.intakeMgPerDay).toBe(0);
    expect(inputs.gfrMlPerMin).toBe(180);
    expect(adjustments.map((a) => a.input).sort()).toEqual(['gfrMlPerMin', 'intakeMgPerDay']);
  });

  it('replaces NaN and Infinity by the default and reports it', () => {
    const { inputs, adjustments } = validateInputs({
      ...DEFAULT_INPUTS,
      intakeMgPerDay: NaN,
      waterLPerDay: Infinity,
    });
    expect(inputs.intakeMgPerDay).toBe(350);
    expect(inputs.waterLPerDay).toBe(0);
    expect(adjustments).toHaveLength(2);
  });

  it('rounds whole-number inputs (doses, age)', () => {
    expect(
      validateInputs({ ...DEFAULT_INPUTS, supplementDosesPerDay: 2.6 }).inputs.supplementDosesPerDay,
    ).toBe(3);
  });

  it('a run with absurd inputs still returns finite numbers', () => {
    const r = simulate({
      inputs: { ...DEFAULT_INPUTS, intakeMgPerDay: 1e12, gfrMlPerMin: -1, ageYears: NaN },
      days: 5,
    });
    for (const v of Object.values(r.series)) for (const x of v) expect(Number.isFinite(x)).toBe(true);
  });
});
