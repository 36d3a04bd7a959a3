import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE, INTL_LOCALE, LOCALES, isLocale, parseLocale } from '../../../src/i18n/index.ts';

describe('parseLocale', () => {
  it.each([
    ['nl', 'nl'],
    ['en', 'en'],
    ['EN', 'en'],
    [' nl ', 'nl'],
    ['nl-BE', 'nl'],
    ['en_GB', 'en'],
    ['en-US', 'en'],
  ] as const)('reads %j as %s', (value, locale) => {
    expect(parseLocale(value)).toEqual({ locale });
  });

  it.each([null, undefined, '', '   '])('falls back to Dutch without complaint for %j', (value) => {
    expect(parseLocale(value)).toEqual({ locale: 'nl' });
  });

  it.each(['fr', 'de-DE', 'english', 'xx', '<script>'])('falls back to Dutch and reports %j', (value) => {
    expect(parseLocale(value)).toEqual({ locale: 'nl', unknown: value });
  });
});

describe('locales', () => {
  it('are Dutch first, English second', () => {
    expect(LOCALES).toEqual(['nl', 'en']);
    expect(DEFAULT_LOCALE).toBe('nl');
    expect(INTL_LOCALE).toEqual({ nl: 'nl-BE', en: 'en-GB' });
  });

  it('isLocale accepts only the known codes', () => {
    expect(isLocale('nl')).toBe(true);
    expect(isLocale('en')).toBe(true);
    expect(isLocale('fr')).toBe(false);
    expect(isLocale(undefined)).toBe(false);
    expect(isLocale(1)).toBe(false);
  });
});
