/**
 * Number formatting per locale (nl-BE: 0,85 and 1.234; en-GB: 0.85 and 1,234). Never prints
 * 'NaN' or 'Infinity': a value the model could not compute shows as a dash.
 */
import { decimalText, significantText, type DecimalMarks } from './decimalText.ts';
import { INTL_LOCALE, type Locale } from './locale.ts';

/** What a non-finite value (NaN, ±Infinity) formats as. */
export const NOT_A_NUMBER = '–';

/** A minus sign followed by no non-zero digit: '-0', '-0,00'. */
const NEGATIVE_ZERO = /^[-\u2212][^1-9]*$/;

/** Decimal and thousands marks as Intl prints them for nl-BE and en-GB. */
const DECIMAL_MARKS: Readonly<Record<Locale, DecimalMarks>> = {
  nl: { decimal: ',', group: '.' },
  en: { decimal: '.', group: ',' },
};

/** Below this size decimalText formats exactly as Intl does; above it Intl writes the digits out. */
const PLAIN_LIMIT = 1e21;

const clampDigits = (n: number): number => Math.min(20, Math.max(0, Math.floor(Number.isFinite(n) ? n : 0)));

/** Huge values only (never while the page opens): Intl's first use costs a long task. */
function intlText(locale: Locale, value: number, max: number, min: number, useGrouping: boolean): string {
  const text = new Intl.NumberFormat(INTL_LOCALE[locale], {
    maximumFractionDigits: max,
    minimumFractionDigits: min,
    useGrouping,
  }).format(value);
  return NEGATIVE_ZERO.test(text) ? text.slice(1) : text;
}

/**
 * Format a number for display. `minimumFractionDigits` defaults to 0 and is raised to at most
 * `maximumFractionDigits`; digit counts outside 0–20 are clamped. `grouping: false` leaves out the
 * thousands separator (text fields, so what is shown reads back as the same number).
 */
export function formatNumber(
  locale: Locale,
  value: number,
  maximumFractionDigits: number,
  minimumFractionDigits = 0,
  grouping = true,
): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return NOT_A_NUMBER;
  const max = clampDigits(maximumFractionDigits);
  const min = Math.min(max, clampDigits(minimumFractionDigits));
  if (Math.abs(value) >= PLAIN_LIMIT) return intlText(locale, value, max, min, grouping);
  const marks = DECIMAL_MARKS[locale];
  return decimalText(value, max, min, grouping ? marks : { ...marks, group: '' });
}

/** A value to `significant` digits (0.000274, 13.6, 1.230), as Intl's maximumSignificantDigits. */
export function formatSignificant(locale: Locale, value: number, significant: number): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return NOT_A_NUMBER;
  const digits = Math.min(21, Math.max(1, Math.floor(significant)));
  if (Math.abs(value) >= PLAIN_LIMIT)
    return new Intl.NumberFormat(INTL_LOCALE[locale], { maximumSignificantDigits: digits }).format(value);
  return significantText(value, digits, DECIMAL_MARKS[locale]);
}

/** The word that joins the last two items of a list ('and'/'or'), as Intl.ListFormat has it. */
const LIST_WORDS: Readonly<Record<Locale, Record<'and' | 'or', string>>> = {
  nl: { and: 'en', or: 'of' },
  en: { and: 'and', or: 'or' },
};

// Written out rather than Intl.ListFormat (whose first use loads the locale's data, a long task):
// both languages join 'a, b and c' without a comma before the last word (nl-BE, en-GB).
function formatList(locale: Locale, items: readonly string[], word: 'and' | 'or'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${LIST_WORDS[locale][word]} ${items[items.length - 1]}`;
}

/** 'a, b and c' ('a, b en c'). */
export const formatAndList = (locale: Locale, items: readonly string[]): string =>
  formatList(locale, items, 'and');

/** 'a, b or c' ('a, b of c'). */
export const formatOrList = (locale: Locale, items: readonly string[]): string =>
  formatList(locale, items, 'or');
