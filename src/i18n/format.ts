/**
 * Number formatting per locale (nl-BE: 0,85 and 1.234; en-GB: 0.85 and 1,234). Never prints
 * 'NaN' or 'Infinity': a value the model could not compute shows as a dash.
 */
import { INTL_LOCALE, type Locale } from './locale.ts';

/** What a non-finite value (NaN, ±Infinity) formats as. */
export const NOT_A_NUMBER = '–';

/** A minus sign followed by no non-zero digit: '-0', '-0,00'. */
const NEGATIVE_ZERO = /^[-\u2212][^1-9]*$/;

const formatters = new Map<string, Intl.NumberFormat>();

const clampDigits = (n: number): number => Math.min(20, Math.max(0, Math.floor(Number.isFinite(n) ? n : 0)));

function formatter(locale: Locale, max: number, min: number): Intl.NumberFormat {
  const id = `${locale}|${max}|${min}`;
  let f = formatters.get(id);
  if (!f) {
    f = new Intl.NumberFormat(INTL_LOCALE[locale], {
      maximumFractionDigits: max,
      minimumFractionDigits: min,
    });
    formatters.set(id, f);
  }
  return f;
}

/**
 * Format a number for display. `minimumFractionDigits` defaults to 0 and is raised to at most
 * `maximumFractionDigits`; digit counts outside 0–20 are clamped.
 */
export function formatNumber(
  locale: Locale,
  value: number,
  maximumFractionDigits: number,
  minimumFractionDigits = 0,
): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return NOT_A_NUMBER;
  const max = clampDigits(maximumFractionDigits);
  const min = Math.min(max, clampDigits(minimumFractionDigits));
  const text = formatter(locale, max, min).format(value);
  // A small negative value that rounds to zero prints as 0, not -0.
  return NEGATIVE_ZERO.test(text) ? text.slice(1) : text;
}

const listFormats = new Map<Locale, Intl.ListFormat>();

/** 'a, b and c' ('a, b en c'): one formatter per language, made once (they are slow to make). */
export function formatAndList(locale: Locale, items: readonly string[]): string {
  let f = listFormats.get(locale);
  if (!f) listFormats.set(locale, (f = new Intl.ListFormat(INTL_LOCALE[locale], { type: 'conjunction' })));
  return f.format(items);
}
