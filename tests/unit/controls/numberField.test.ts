/** Number fields in the page's language, clamped to their range (issue 10 #2, issue 9 #7). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatFieldNumber,
  formatGiven,
  liveFieldValue,
  parseFieldNumber,
  settleField,
  stepField,
} from '../../../src/views/controls/numberField.ts';

const litres = { min: 0, max: 5, decimals: 2 };
const mgPerL = { min: 0, max: 1200, decimals: 0 };

describe('formatFieldNumber', () => {
  it('writes the decimal separator of the page and never groups thousands', () => {
    expect(formatFieldNumber('nl', 1.5, 2)).toBe('1,5');
    expect(formatFieldNumber('en', 1.5, 2)).toBe('1.5');
    expect(formatFieldNumber('nl', 1200, 0)).toBe('1200');
    expect(formatFieldNumber('en', 1200, 0)).toBe('1200');
    expect(formatFieldNumber('nl', 328.32000000000005, 0)).toBe('328');
    expect(formatFieldNumber('nl', Number.NaN, 0)).toBe('');
    expect(formatFieldNumber('nl', -0, 0)).toBe('0');
  });

  it('reads back as the number it shows, in both languages (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('nl' as const, 'en' as const),
        fc.integer({ min: 0, max: 3 }),
        fc.double({ min: 0, max: 100_000, noNaN: true }),
        (locale, decimals, v) => {
          const shown = formatFieldNumber(locale, v, decimals);
          const back = parseFieldNumber(shown);
          return back !== undefined && Math.abs(back - v) <= 0.5 * 10 ** -decimals + 1e-9;
        },
      ),
      { seed: 20_251_011, numRuns: 300 },
    );
  });
});

describe('parseFieldNumber', () => {
  it.each([
    ['1,5', 1.5],
    ['1.5', 1.5],
    [' 42 ', 42],
    ['1e308', 1e308],
    ['-3', -3],
    [',5', 0.5],
    ['0x10', undefined],
    ['1e400', undefined],
    ['abc', undefined],
    ['', undefined],
    ['1.2.3', undefined],
  ])('%j → %s', (text, expected) => expect(parseFieldNumber(text)).toBe(expected));
});

describe('settleField', () => {
  it('clamps 1e308 to the top of the range and says so (issue 10 #2)', () => {
    expect(settleField('1e308', mgPerL, 5)).toEqual({ value: 1200, problem: 'tooHigh' });
    expect(settleField('1e308', litres, 1)).toEqual({ value: 5, problem: 'tooHigh' });
    expect(settleField('-2', litres, 1)).toEqual({ value: 0, problem: 'tooLow' });
  });

  it('keeps the previous value for text that is no number, and takes empty as the empty value', () => {
    expect(settleField('abc', litres, 1.25)).toEqual({ value: 1.25, problem: 'notANumber' });
    expect(settleField('  ', litres, 1.25)).toEqual({ value: 0 });
    expect(settleField('', { min: 1, max: 6, decimals: 0 }, 3)).toEqual({ value: 1 });
  });

  it('rounds to the decimals a user types', () => {
    expect(settleField('1,257', litres, 0)).toEqual({ value: 1.26 });
    expect(settleField('80.81677983121743', mgPerL, 0)).toEqual({ value: 81 });
  });

  it('never leaves the range, whatever is typed (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.double({ min: -1e308, max: 1e308, noNaN: true }), (junk, n) => {
        for (const text of [junk, String(n)]) {
          const { value } = settleField(text, mgPerL, 5);
          if (!(value >= 0 && value <= 1200)) return false;
        }
        return true;
      }),
      { seed: 20_251_011, numRuns: 300 },
    );
  });
});

describe('liveFieldValue and stepField', () => {
  it('follow typing only inside the range', () => {
    expect(liveFieldValue('1,5', litres)).toBe(1.5);
    expect(liveFieldValue('1e3', litres)).toBeUndefined();
    expect(liveFieldValue('1,', litres)).toBe(1);
    expect(liveFieldValue('', litres)).toBe(0);
    expect(liveFieldValue('-', litres)).toBeUndefined();
  });

  it('step on the range', () => {
    expect(stepField(1.2, 1, 0.25, litres)).toBe(1.45);
    expect(stepField(4.9, 1, 0.25, litres)).toBe(5);
    expect(stepField(0.1, -1, 0.25, litres)).toBe(0);
    expect(stepField(Number.NaN, 1, 0.25, litres)).toBe(0.25);
  });
});

describe('formatGiven', () => {
  it('shortens huge values instead of printing 309 digits', () => {
    expect(formatGiven('nl', 2500)).toBe('2.500');
    expect(formatGiven('en', 1e308)).toBe('1E308');
    expect(formatGiven('nl', 1e308).length).toBeLessThan(10);
  });
});
