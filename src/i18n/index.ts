/**
 * Message catalogues (Dutch first, British English alongside) and translation helpers.
 *
 *   translate('nl', 'time.day', { day: 12 })                → 'Dag 12'
 *   translate('en', 'status.serumBand', { value: 0.8, band }) → 'Serum Mg 0.8 mmol/L: …'
 *   formatNumber('nl', 0.853, 2)                             → '0,85'
 *   parseLocale(new URLSearchParams(location.search).get('locale'))
 */
export {
  DEFAULT_LOCALE,
  INTL_LOCALE,
  LOCALES,
  isLocale,
  parseLocale,
  type Locale,
  type ParsedLocale,
} from './locale.ts';
export { NOT_A_NUMBER, formatAndList, formatNumber, formatOrList, formatSignificant } from './format.ts';
export { nl, type MessageKey, type Messages } from './nl.ts';
export { en } from './en.ts';
export {
  CATALOGUES,
  DEFAULT_PARAM_DIGITS,
  formatElapsed,
  isMessageKey,
  placeholdersOf,
  translate,
  translatePlural,
  type MessageParams,
  type PluralKey,
} from './translate.ts';
export * from './keys.ts';
export { ARTICLE, ARTICLE_REFERENCES, LEARN_SECTIONS, type LearnFact, type LearnSection } from './learn.ts';
