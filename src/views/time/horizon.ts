/** Names of the projection horizons: 30 → '1 maand', 90 → '3 maanden', 730 → '2 jaar'. */
import { translatePlural, type Locale } from '../../i18n/index.ts';
import { DAYS_PER_MONTH, DAYS_PER_YEAR } from './elapsed.ts';

export function horizonLabel(locale: Locale, days: number): string {
  if (days < DAYS_PER_YEAR)
    return translatePlural(locale, 'time.elapsed.months', Math.max(1, Math.round(days / DAYS_PER_MONTH)));
  return translatePlural(locale, 'time.elapsed.years', days / DAYS_PER_YEAR, {}, 1);
}
