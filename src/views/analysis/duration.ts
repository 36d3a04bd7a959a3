/**
 * A half-time in the unit a student thinks in: hours below a day and a half, then days, weeks,
 * months and years, rounded to whole units ("about 3 days", never "2.87 days").
 */
import { translate, translatePlural, type Locale } from '../../i18n/index.ts';

const DAYS_PER_MONTH = 365.25 / 12;

export function formatDuration(locale: Locale, days: number): string {
  if (!Number.isFinite(days) || days < 0) return '–';
  const hours = days * 24;
  if (hours < 0.75) return translate(locale, 'analysis.duration.lessThanHour');
  if (days < 1.5) return translatePlural(locale, 'analysis.duration.hours', Math.round(hours));
  if (days < 14) return translatePlural(locale, 'time.elapsed.days', Math.round(days));
  if (days < 60) return translatePlural(locale, 'time.elapsed.weeks', Math.round(days / 7));
  if (days < 730) return translatePlural(locale, 'time.elapsed.months', Math.round(days / DAYS_PER_MONTH));
  return translatePlural(locale, 'time.elapsed.years', Math.round(days / 365.25));
}

/** An elasticity with its sign ('+0,63', '−0,32'), two decimals. */
export function formatElasticity(format: (v: number) => string, value: number): string {
  if (!Number.isFinite(value)) return '–';
  const text = format(Math.abs(value));
  return value > 0 ? `+${text}` : value < 0 ? `−${text}` : text;
}
