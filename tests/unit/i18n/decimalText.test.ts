import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  INTL_LOCALE,
  LOCALES,
  formatAndList,
  formatNumber,
  formatOrList,
  formatSignificant,
} from '../../../src/i18n/index.ts';

/** What Intl prints (the reference formatNumber follows), without a minus on a zero. */
function intl(locale: (typeof LOCALES)[number], value: number, max: number, min: number, grouping = true) {
  const text = new Intl.NumberFormat(INTL_LOCALE[locale], {
    maximumFractionDigits: max,
    minimumFractionDigits: min,
    useGrouping: grouping,
  }).format(value);
  return /^-[^1-9]*$/.test(text) ? text.slice(1) : text;
}

describe('formatNumber without Intl', () => {
  it('rounds the shortest decimal form half away from zero, as Intl does', () => {
    // 1.005 is stored as 1.00499999…; Intl (and so the app) rounds the written form 1.005.
    expect(formatNumber('en', 1.005, 2)).toBe('1.01');
    expect(formatNumber('nl', -2.5, 0)).toBe('-3');
    expect(formatNumber('en', 999.995, 2)).toBe('1,000');
    expect(formatNumber('nl', 0.1, 20)).toBe('0,1');
    expect(formatNumber('nl', 1234.5, 1, 1, false)).toBe('1234,5');
  });

  it('prints the same text as Intl.NumberFormat for nl-BE and en-GB', () => {
    const magnitude = fc.integer({ min: -12, max: 20 });
    const value = fc.oneof(
      fc.tuple(fc.double({ min: -1, max: 1, noNaN: true }), magnitude).map(([x, e]) => x * 10 ** e),
      fc
        .tuple(fc.integer({ min: -1e6, max: 1e6 }), fc.integer({ min: 0, max: 6 }))
        .map(([n, d]) => n / 10 ** d),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...LOCALES),
        value,
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: 0, max: 20 }),
        fc.boolean(),
        (locale, x, max, minAsked, grouping) => {
          const min = Math.min(max, minAsked);
          expect(formatNumber(locale, x, max, min, grouping)).toBe(intl(locale, x, max, min, grouping));
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('hands values of 1e21 and more to Intl, digits written out', () => {
    expect(formatNumber('nl', 1e21, 0)).toBe(intl('nl', 1e21, 0, 0));
    expect(formatNumber('en', -3e25, 2, 0, false)).toBe(intl('en', -3e25, 2, 0, false));
  });
});

describe('lists without Intl', () => {
  const cases = [[], ['a'], ['a', 'b'], ['a', 'b', 'c'], ['urine', 'faeces', 'zweet', 'melk']];
  it.each(cases)('joins %j as Intl.ListFormat does', (...items) => {
    for (const locale of LOCALES) {
      const tag = INTL_LOCALE[locale];
      expect(formatAndList(locale, items)).toBe(
        new Intl.ListFormat(tag, { type: 'conjunction' }).format(items),
      );
      expect(formatOrList(locale, items)).toBe(
        new Intl.ListFormat(tag, { type: 'disjunction' }).format(items),
      );
    }
  });
});

describe('formatSignificant without Intl', () => {
  it('prints the same text as Intl maximumSignificantDigits', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LOCALES),
        fc.tuple(fc.double({ min: -1, max: 1, noNaN: true }), fc.integer({ min: -12, max: 20 })),
        fc.integer({ min: 1, max: 6 }),
        (locale, [x, e], digits) => {
          const value = x * 10 ** e;
          const reference = new Intl.NumberFormat(INTL_LOCALE[locale], {
            maximumSignificantDigits: digits,
          }).format(value);
          expect(formatSignificant(locale, value, digits)).toBe(
            /^-[^1-9]*$/.test(reference) ? reference.slice(1) : reference,
          );
        },
      ),
      { numRuns: 3000 },
    );
    expect(formatSignificant('nl', 1234.5, 3)).toBe('1.230');
    expect(formatSignificant('en', 0.000274, 3)).toBe('0.000274');
  });
});
