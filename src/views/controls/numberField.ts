/**
 * Numbers in text fields, in the page's language: '1,5' in Dutch and '1.5' in English, never with
 * a thousands separator (so what a field shows reads back as the same number). Typing takes a
 * comma or a point, and an exponent ('1e308'); hexadecimal and words are not numbers. A committed
 * value is rounded to the field's decimals and kept inside its range, and the field says so.
 */
import { INTL_LOCALE, formatNumber, type Locale } from '../../i18n/index.ts';
import { roundTo } from '../../state/typedPrecision.ts';

export interface FieldRange {
  min: number;
  max: number;
  /** Decimals a user types (and the field shows). */
  decimals: number;
}

/** The text a field shows for a value: '' for no value. */
export function formatFieldNumber(locale: Locale, value: number, decimals: number): string {
  if (!Number.isFinite(value)) return '';
  return formatNumber(locale, value, decimals, 0, false);
}

const NUMBER_TEXT = /^[-+]?(\d+([.,]\d*)?|[.,]\d+)(e[-+]?\d+)?$/i;

/** A number typed in a field (comma or point, optional exponent); undefined for empty or other text. */
export function parseFieldNumber(text: string): number | undefined {
  const trimmed = text.trim();
  if (!NUMBER_TEXT.test(trimmed)) return undefined;
  const n = Number(trimmed.replace(',', '.'));
  return Number.isFinite(n) ? n : undefined;
}

/** A typed value for a message: in full when it is reasonable, in scientific notation when huge. */
export function formatGiven(locale: Locale, value: number, decimals = 2): string {
  if (Math.abs(value) < 1e9) return formatNumber(locale, value, decimals);
  return new Intl.NumberFormat(INTL_LOCALE[locale], {
    notation: 'scientific',
    maximumFractionDigits: 2,
  }).format(value);
}

export type FieldProblem = 'notANumber' | 'tooLow' | 'tooHigh';

export interface SettledField {
  value: number;
  /** Why the field does not hold exactly what was typed. */
  problem?: FieldProblem;
}

/**
 * What a committed field holds: the typed number rounded to the field's decimals, kept inside the
 * range (with the reason), `empty` for an empty field, and the previous value for text that is no number.
 */
export function settleField(
  text: string,
  range: FieldRange,
  previous: number,
  empty = range.min,
): SettledField {
  if (text.trim() === '') return { value: empty };
  const n = parseFieldNumber(text);
  if (n === undefined) return { value: previous, problem: 'notANumber' };
  if (n > range.max) return { value: range.max, problem: 'tooHigh' };
  if (n < range.min) return { value: range.min, problem: 'tooLow' };
  return { value: roundTo(n, range.decimals) };
}

/** While typing: the value to follow live, or undefined to wait for Enter (outside the range, half typed). */
export function liveFieldValue(text: string, range: FieldRange, empty = range.min): number | undefined {
  if (text.trim() === '') return empty;
  const n = parseFieldNumber(text);
  if (n === undefined || n < range.min || n > range.max) return undefined;
  return roundTo(n, range.decimals);
}

/** One step up (+1) or down (−1) from a value, on the range, rounded to the field's decimals. */
export function stepField(value: number, direction: 1 | -1, step: number, range: FieldRange): number {
  const start = Number.isFinite(value) ? value : range.min;
  return roundTo(Math.min(range.max, Math.max(range.min, start + direction * step)), range.decimals);
}
