/**
 * Turns status-story sentences into text in a language: numbers formatted for the locale with the
 * decimals the story chose, and the band name (lower case inside the sentence) for {band}.
 */
import { bandKey, formatNumber, translate, type Locale } from '../../i18n/index.ts';
import type { AmountUnit } from '../../state/appState.svelte.ts';
import { formatAmount } from '../format.ts';
import type { StorySentence } from '../../state/statusStory.ts';

/** The parameters of a sentence as display strings; amounts per day follow the mg/mmol toggle. */
export function storyParams(
  sentence: StorySentence,
  locale: Locale,
  unit: AmountUnit = 'mg',
): Record<string, string> {
  const params: Record<string, string> = {};
  for (const [name, n] of Object.entries(sentence.params)) {
    if (n.perDayMg) {
      params[name] = formatAmount(locale, n.value, unit);
      params.unit = translate(locale, unit === 'mg' ? 'unit.mgPerDay' : 'unit.mmolPerDay');
    } else params[name] = formatNumber(locale, n.value, n.digits, n.fixed ? n.digits : 0);
  }
  if (sentence.band) params.band = lowerFirst(translate(locale, bandKey(sentence.band)), locale);
  return params;
}

export const storyText = (sentence: StorySentence, locale: Locale, unit: AmountUnit = 'mg'): string =>
  translate(locale, sentence.key, storyParams(sentence, locale, unit));

function lowerFirst(text: string, locale: Locale): string {
  return text.charAt(0).toLocaleLowerCase(locale) + text.slice(1);
}
