/**
 * How a calibration check is written in the page: its unit in the page's language, the range in
 * words ("0,75 tot 0,95", "at least 1.2"), and the model's value with just enough decimals to
 * compare it with the range. The verdict shown always agrees with the number shown: a value that
 * would round onto the other side of a bound gets another decimal.
 */
import { formatNumber, translate, type Locale, type MessageKey } from '../../i18n/index.ts';
import type { EvidenceCheck } from '../../state/evidence.ts';

const UNIT_KEYS: Readonly<Record<string, MessageKey>> = {
  'mmol/L': 'evidence.unit.mmolPerL',
  'mg/d': 'evidence.unit.mgPerDay',
  'mmol/d': 'evidence.unit.mmolPerDay',
  g: 'evidence.unit.grams',
  wk: 'evidence.unit.weeks',
  y: 'evidence.unit.years',
};

/** The unit in the page's language (a unit without a translation is shown as the target gives it). */
export const unitText = (locale: Locale, unit: string): string =>
  Object.hasOwn(UNIT_KEYS, unit) ? translate(locale, UNIT_KEYS[unit]) : unit;

const MAX_DECIMALS = 5;
const clampDecimals = (d: number): number => (Number.isFinite(d) ? Math.min(3, Math.max(0, d)) : 2);
const decimalsFor = (size: number): number => clampDecimals(Math.ceil(-Math.log10(Math.abs(size))) + 1);
const roundTo = (v: number, d: number): number => Number(v.toFixed(d));

/** Decimals for the model's value: two significant digits, finer than the range, and honest at a bound. */
export function valueDecimals(check: Pick<EvidenceCheck, 'low' | 'high' | 'value' | 'pass'>): number {
  const { low, high, value, pass } = check;
  if (!Number.isFinite(value)) return 0;
  const ends = [low, high].filter(Number.isFinite);
  const span = ends.length === 2 ? high - low : Math.max(Math.abs(value), ...ends.map(Math.abs));
  let d = Math.max(decimalsFor(span), value === 0 ? 0 : decimalsFor(value));
  const insideWhenShown = (digits: number) => {
    const shown = roundTo(value, digits);
    return shown >= low && shown <= high;
  };
  while (d < MAX_DECIMALS && insideWhenShown(d) !== pass) d++;
  return d;
}

/** The model's value, always with the same number of decimals (0,85 and 0,80, never 0,8). */
export function formatValue(locale: Locale, check: EvidenceCheck): string {
  const decimals = valueDecimals(check);
  return formatNumber(locale, check.value, decimals, decimals);
}

/** A bound as the source gives it (up to four decimals, no trailing zeros). */
const bound = (locale: Locale, v: number): string => formatNumber(locale, v, 4);

/** The accepted range in words, without its unit. */
export function rangeText(locale: Locale, check: Pick<EvidenceCheck, 'low' | 'high'>): string {
  const { low, high } = check;
  const lowKnown = Number.isFinite(low);
  const highKnown = Number.isFinite(high);
  if (lowKnown && highKnown)
    return translate(locale, 'evidence.range.between', {
      low: bound(locale, low),
      high: bound(locale, high),
    });
  if (lowKnown && low > 0 && bound(locale, low) === '0') return translate(locale, 'evidence.range.aboveZero');
  if (lowKnown) return translate(locale, 'evidence.range.atLeast', { low: bound(locale, low) });
  if (highKnown) return translate(locale, 'evidence.range.atMost', { high: bound(locale, high) });
  return translate(locale, 'evidence.range.any');
}

/** A number (or a range) with its unit, in the page's language. */
export const withUnit = (locale: Locale, value: string, unit: string): string =>
  unit === '%'
    ? translate(locale, 'value.percent', { value })
    : translate(locale, 'value.withUnit', { value, unit: unitText(locale, unit) });
