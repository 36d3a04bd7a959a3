/**
 * Elapsed simulated time in words a student thinks in, exact to the unit below the largest:
 *
 *   0 → '0 dagen'   7 → '1 week'   45 → '6 weken en 3 dagen'   90 → '2 maanden en 4 weken'
 *   400 → '1 jaar en 1 maand'      1825 → '5 jaar'
 *
 * Whole days only (the clock's fractional day is floored). A year counts 365 days, a month a
 * twelfth of that. Never prints NaN: a non-finite day shows as '–'.
 */
import { NOT_A_NUMBER, translate, translatePlural, type Locale, type PluralKey } from '../../i18n/index.ts';

export const DAYS_PER_YEAR = 365;
export const DAYS_PER_MONTH = DAYS_PER_YEAR / 12;

/** Below this many days: days only; below WEEKS_UNTIL: weeks and days; below a year: months and weeks. */
export const DAYS_UNTIL = 7;
export const WEEKS_UNTIL = 61;

interface Part {
  key: PluralKey;
  count: number;
}

/** The two largest units of a whole number of days (the second is dropped when it is zero). */
export function elapsedParts(days: number): Part[] {
  const d = Math.floor(Math.max(0, days));
  if (d < DAYS_UNTIL) return [{ key: 'time.elapsed.days', count: d }];
  if (d < WEEKS_UNTIL) {
    return pair('time.elapsed.weeks', Math.floor(d / 7), 'time.elapsed.days', d % 7);
  }
  if (d < DAYS_PER_YEAR) {
    const months = Math.floor(d / DAYS_PER_MONTH);
    return pair(
      'time.elapsed.months',
      months,
      'time.elapsed.weeks',
      Math.floor((d - months * DAYS_PER_MONTH) / 7),
    );
  }
  const years = Math.floor(d / DAYS_PER_YEAR);
  const months = Math.floor((d - years * DAYS_PER_YEAR) / DAYS_PER_MONTH);
  return pair('time.elapsed.years', years, 'time.elapsed.months', months);
}

function pair(largeKey: PluralKey, large: number, smallKey: PluralKey, small: number): Part[] {
  const parts: Part[] = [{ key: largeKey, count: large }];
  if (small > 0) parts.push({ key: smallKey, count: small });
  return parts;
}

/** The elapsed time as a phrase in the locale, e.g. '6 weken en 3 dagen' / '6 weeks and 3 days'. */
export function formatElapsedTime(locale: Locale, days: number): string {
  if (typeof days !== 'number' || !Number.isFinite(days)) return NOT_A_NUMBER;
  const [large, small] = elapsedParts(days).map((p) => translatePlural(locale, p.key, p.count));
  return small === undefined
    ? large
    : translate(locale, 'timeControls.elapsed.and', { larger: large, smaller: small });
}

/** The whole simulated day shown to the user (the clock's day can be fractional while playing). */
export const wholeDay = (day: number): number =>
  Number.isFinite(day) ? Math.floor(Math.max(0, day) + 1e-9) : 0;
