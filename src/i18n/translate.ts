/**
 * Message lookup. Whole sentences with `{name}` placeholders; the view never glues strings.
 * Number parameters are formatted for the locale (at most 2 decimals); pass a string from
 * formatNumber for any other precision. The reference values of facts.ts (`{ul}`, `{normalLow}`,
 * …) are filled in every message, so texts name them instead of repeating their numbers.
 */
import { en } from './en.ts';
import { FACTS } from './facts.ts';
import { formatNumber } from './format.ts';
import type { Locale } from './locale.ts';
import { nl, type MessageKey, type Messages } from './nl.ts';

export const CATALOGUES: Readonly<Record<Locale, Messages>> = { nl, en };

export type MessageParams = Readonly<Record<string, string | number>>;

/** Decimals used for number parameters that are not pre-formatted. */
export const DEFAULT_PARAM_DIGITS = 2;

const PLACEHOLDER = /\{(\w+)\}/g;

/** The placeholder names in a message, e.g. ['intake', 'percent']. */
export function placeholdersOf(message: string): string[] {
  return [...new Set([...message.matchAll(PLACEHOLDER)].map((m) => m[1]))];
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(nl, key);
}

/**
 * The message for `key` in `locale`, placeholders filled. A placeholder without a parameter is
 * left as `{name}`, so a forgotten parameter shows up instead of silently disappearing.
 */
export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const message = CATALOGUES[locale][key] ?? nl[key] ?? key;
  if (!message.includes('{')) return message;
  return message.replace(PLACEHOLDER, (whole, name: string) => {
    const from =
      params && Object.hasOwn(params, name) ? params : Object.hasOwn(FACTS, name) ? FACTS : undefined;
    if (!from) return whole;
    const value = (from as MessageParams)[name];
    return typeof value === 'number' ? formatNumber(locale, value, DEFAULT_PARAM_DIGITS) : value;
  });
}

/** Keys that have a singular form `<key>.one`; the key itself is the plural form. */
export type PluralKey = {
  [K in MessageKey]: `${K}.one` extends MessageKey ? K : never;
}[MessageKey];

const pluralRules = new Map<Locale, Intl.PluralRules>();

/**
 * Singular or plural by the locale's rules; fills `{count}` with `count` formatted to at most
 * `maximumFractionDigits` decimals (the rule is applied to the number as shown).
 */
export function translatePlural(
  locale: Locale,
  key: PluralKey,
  count: number,
  params: MessageParams = {},
  maximumFractionDigits = 0,
): string {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  const shown = formatNumber(locale, count, maximumFractionDigits);
  const rounded = Number(count.toFixed(Math.max(0, Math.min(20, maximumFractionDigits))));
  const form: MessageKey = Number.isFinite(count) && rules.select(rounded) === 'one' ? `${key}.one` : key;
  return translate(locale, form, { ...params, count: shown });
}

const DAYS_PER_MONTH = 365.25 / 12;

/**
 * Elapsed simulated time in the unit a student thinks in: days up to two weeks, then weeks up to
 * about two months, months up to two years, then years with one decimal.
 */
export function formatElapsed(locale: Locale, days: number): string {
  if (!Number.isFinite(days))
    return translate(locale, 'time.elapsed.days', { count: formatNumber(locale, NaN, 0) });
  const d = Math.max(0, days);
  if (d < 14) return translatePlural(locale, 'time.elapsed.days', Math.round(d));
  if (d < 60) return translatePlural(locale, 'time.elapsed.weeks', Math.round(d / 7));
  if (d < 730) return translatePlural(locale, 'time.elapsed.months', Math.round(d / DAYS_PER_MONTH));
  return translatePlural(locale, 'time.elapsed.years', d / 365.25, {}, 1);
}
