/**
 * Turns status-story sentences into text in a language: numbers formatted for the locale with the
 * decimals the story chose, and the band name (lower case inside the sentence) for {band}.
 */
import { bandKey, formatNumber, translate, type Locale } from '../../i18n/index.ts';
import type { StorySentence } from './statusStory.ts';

/** The parameters of a sentence as display strings. */
export function storyParams(sentence: StorySentence, locale: Locale): Record<string, string> {
  const params: Record<string, string> = {};
  for (const [name, n] of Object.entries(sentence.params))
    params[name] = formatNumber(locale, n.value, n.digits, n.fixed ? n.digits : 0);
  if (sentence.band) params.band = lowerFirst(translate(locale, bandKey(sentence.band)), locale);
  return params;
}

export const storyText = (sentence: StorySentence, locale: Locale): string =>
  translate(locale, sentence.key, storyParams(sentence, locale));

function lowerFirst(text: string, locale: Locale): string {
  return text.charAt(0).toLocaleLowerCase(locale) + text.slice(1);
}
