/**
 * The app's languages: Dutch (Flemish) first, English alongside. `?locale=` is read with
 * parseLocale, which never fails: an unknown value falls back to Dutch and is reported.
 */

export const LOCALES = ['nl', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'nl';

/** BCP 47 tags for Intl: Belgian Dutch (decimal comma), British English. */
export const INTL_LOCALE: Readonly<Record<Locale, string>> = { nl: 'nl-BE', en: 'en-GB' };

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (LOCALES as readonly string[]).includes(value);

export interface ParsedLocale {
  locale: Locale;
  /** The value that was given but not understood (the app may say it ignored it). */
  unknown?: string;
}

/**
 * Read a `?locale=` value. Accepts `nl`, `en`, any case and a region (`nl-BE`, `en_GB`).
 * Missing or empty: the default, without complaint. Anything else: the default, plus `unknown`.
 */
export function parseLocale(value: string | null | undefined): ParsedLocale {
  const given = (value ?? '').trim();
  if (given === '') return { locale: DEFAULT_LOCALE };
  const primary = given.toLowerCase().split(/[-_]/)[0];
  if (isLocale(primary)) return { locale: primary };
  return { locale: DEFAULT_LOCALE, unknown: given };
}
