import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LOCALES, NOT_A_NUMBER, formatAndList, formatNumber } from '../../../src/i18n/index.ts';

describe('formatNumber', () => {
  it('uses a decimal comma in Dutch and a point in English', () => {
    expect(formatNumber('nl', 0.853, 2)).toBe('0,85');
    expect(formatNumber('en', 0.853, 2)).toBe('0.85');
    expect(formatNumber('nl', 1234.5, 1)).toBe('1.234,5');
    expect(formatNumber('en', 1234.5, 1)).toBe('1,234.5');
  });

  it('honours minimum and maximum fraction digits', () => {
    expect(formatNumber('nl', 0.8, 2, 2)).toBe('0,80');
    expect(formatNumber('en', 350, 0)).toBe('350');
    expect(formatNumber('en', 0.756, 1)).toBe('0.8');
    // A minimum above the maximum is lowered instead of throwing.
    expect(formatNumber('en', 1.23456, 1, 4)).toBe('1.2');
    // Digit counts outside 0–20 are clamped.
    expect(formatNumber('en', 1.5, -3)).toBe('2');
    expect(() => formatNumber('en', 1 / 3, 99)).not.toThrow();
  });

  it.each([NaN, Infinity, -Infinity])('formats %s as a dash', (value) => {
    for (const locale of LOCALES) expect(formatNumber(locale, value, 2)).toBe(NOT_A_NUMBER);
  });

  it('prints a negative value that rounds to zero as zero', () => {
    expect(formatNumber('nl', -0.001, 2)).toBe('0');
    expect(formatNumber('en', -0, 0)).toBe('0');
    expect(formatNumber('en', -0.001, 2, 2)).toBe('0.00');
    expect(formatNumber('en', -0.5, 1)).toBe('-0.5');
  });

  it('never yields NaN or Infinity text, for any double and digit count', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LOCALES),
        fc.double(),
        fc.integer({ min: -5, max: 25 }),
        fc.integer({ min: -5, max: 25 }),
        (locale, value, max, min) => {
          const text = formatNumber(locale, value, max, min);
          expect(text).not.toMatch(/NaN|Infinity|∞/);
          expect(text.length).toBeGreaterThan(0);
        },
      ),
    );
  });
});

describe('formatAndList', () => {
  it('joins in each language, with the right word for "and"', () => {
    expect(formatAndList('nl', ['urine', 'faeces', 'zweet'])).toBe('urine, faeces en zweet');
    expect(formatAndList('en', ['urine', 'faeces', 'sweat'])).toBe('urine, faeces and sweat');
    expect(formatAndList('en', ['urine'])).toBe('urine');
    expect(formatAndList('nl', [])).toBe('');
  });
});
