// How a calibration check is written: units in the page's language, ranges in words, and values
// whose shown digits always agree with the verdict.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  formatValue,
  rangeText,
  unitText,
  valueDecimals,
  withUnit,
} from '../../../src/views/evidence/checkFormat.ts';
import type { EvidenceCheck } from '../../../src/state/evidence.ts';

const check = (low: number, high: number, value: number, unit = 'mmol/L'): EvidenceCheck => ({
  id: 'x',
  label: { nl: 'x', en: 'x' },
  unit,
  published: null,
  low,
  high,
  value,
  pass: value >= low && value <= high,
});

describe('ranges in words', () => {
  it('writes a closed range, one-sided bounds and "more than 0" in each language', () => {
    expect(rangeText('nl', check(0.75, 0.95, 0.85))).toBe('0,75 tot 0,95');
    expect(rangeText('en', check(0.75, 0.95, 0.85))).toBe('0.75 to 0.95');
    expect(rangeText('en', check(1.2, Infinity, 2))).toBe('at least 1.2');
    expect(rangeText('nl', check(-Infinity, 1.83, 1))).toBe('hoogstens 1,83');
    expect(rangeText('en', check(1e-9, Infinity, 1))).toBe('more than 0');
    expect(rangeText('nl', check(-0.016, -0.007, -0.01))).toBe('-0,016 tot -0,007');
  });

  it('puts the unit after the number, in the page’s language', () => {
    expect(unitText('nl', 'mg/d')).toBe('mg/dag');
    expect(unitText('en', 'wk')).toBe('weeks');
    expect(unitText('en', 'furlong')).toBe('furlong');
    expect(withUnit('nl', '112', 'mg/d')).toBe('112 mg/dag');
    expect(withUnit('en', '40', '%')).toBe('40%');
  });
});

describe('the model’s value', () => {
  it('gets decimals finer than the range and two significant digits', () => {
    expect(formatValue('nl', check(0.75, 0.95, 0.8502))).toBe('0,85');
    expect(formatValue('en', check(100, 140, 111.96, 'mg/d'))).toBe('112');
    expect(formatValue('en', check(20, 60, 0.4286, 'wk'))).toBe('0.43');
    expect(formatValue('en', check(0.75, 0.95, 0.8))).toBe('0.80');
  });

  it('gets another decimal when rounding would put it on the other side of a bound', () => {
    // 0.0199 would show as 0.020, which is inside 0.02–0.06, while the verdict says outside.
    expect(formatValue('en', check(0.02, 0.06, 0.0199))).toBe('0.0199');
    expect(formatValue('en', check(0.75, 0.95, 0.9504))).toBe('0.9504');
  });

  it('never shows a number that contradicts the verdict (property, fixed seed)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -10, max: 10, noNaN: true }),
        fc.double({ min: 0.001, max: 10, noNaN: true }),
        fc.double({ min: -20, max: 20, noNaN: true }),
        (low, width, value) => {
          const c = check(low, low + width, value);
          const d = valueDecimals(c);
          const shown = Number(value.toFixed(d));
          const looksInside = shown >= c.low && shown <= c.high;
          // Up to five decimals; beyond that a value this close to a bound is a tie for the reader.
          return d >= 5 || looksInside === c.pass;
        },
      ),
      { seed: 7, numRuns: 2000 },
    );
  });
});
