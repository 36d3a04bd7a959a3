/**
 * The sentences that say where the model cannot tell the clinical band: one for now, the end of
 * the projection and the steady state, each only when its 5–95% range spans a band edge.
 */
import { bandKey, formatNumber, formatOrList, translate, type Locale } from '../../i18n/index.ts';
import type { Certainty, CertaintyNow } from '../../state/analysis/presentation.ts';
import { formatSerum } from '../format.ts';

type When = 'now' | 'end' | 'steady';

/** 'Hypomagnesaemia or Normal' in the locale's words. */
export const bandList = (locale: Locale, bands: readonly Certainty['bands'][number][]): string =>
  formatOrList(
    locale,
    bands.map((b) => translate(locale, bandKey(b))),
  );

export function cannotTellSentences(
  locale: Locale,
  c: CertaintyNow,
  when: readonly When[] = ['now', 'end', 'steady'],
): string[] {
  const sentence = (key: When, at: Certainty) => {
    if (!when.includes(key) || at.bands.length < 2) return [];
    const bands = bandList(locale, at.bands);
    return [
      translate(locale, `analysis.cannotTell.${key}`, {
        bands,
        low: formatSerum(locale, at.low),
        high: formatSerum(locale, at.high),
        day: formatNumber(locale, Math.round(c.endDay), 0),
      }),
    ];
  };
  return [...sentence('now', c.now), ...sentence('end', c.end), ...sentence('steady', c.steady)];
}
