/**
 * One sentence per link problem (src/state/url.ts), with the given value and parameter name
 * escaped and shortened: a link may carry 10,000 characters or control characters.
 */
import { conditionKey, formatNumber, type Locale, type MessageKey } from '../../i18n/index.ts';
import type { Condition } from '../../model/index.ts';
import { CONDITIONS, SHOWN_CHARS, shortenValue } from '../../state/modelFacts.ts';
import type { UrlProblem } from '../../state/url.ts';

export interface ProblemText {
  key: MessageKey;
  params: Record<string, string>;
}

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** At most this many sentences; the rest are counted ("and 12 more"). */
export const MAX_SHOWN = 8;

export function problemText(p: UrlProblem, t: Translate, locale: Locale): ProblemText {
  const note = (length: number) => t('link.characters', { count: formatNumber(locale, length, 0) });
  const shorten = (text: string) => shortenValue(text, SHOWN_CHARS, false, note);
  const params = { parameter: shorten(p.parameter), value: shorten(p.value), used: p.used ?? '' };
  const conditions = () => conditionNames(p.used ?? '', t);
  switch (p.kind) {
    case 'unknown-parameter':
      return { key: 'link.unknownParameter', params };
    case 'unknown-value':
      return { key: p.used === undefined ? 'app.unknownParameter' : 'link.unknownValueUsed', params };
    case 'repeated':
      return { key: 'link.repeated', params };
    case 'not-a-number':
      return { key: 'link.notANumber', params };
    case 'negative':
      return { key: 'link.negative', params };
    case 'not-whole':
      return { key: 'link.notWhole', params };
    case 'out-of-range':
      return { key: 'layout.urlAdjusted', params };
    case 'unknown-condition':
      return conditions()
        ? { key: 'link.unknownCondition', params: { ...params, used: conditions() } }
        : { key: 'link.unknownCondition.ignored', params };
    case 'none-combined': // always with other, known names (an unknown one is reported first)
      return { key: 'link.noneCombined', params: { ...params, used: conditions() } };
    case 'needs-female':
      return { key: 'link.needsFemale', params };
  }
}

/** "alcohol,elderly" → "Excessive alcohol use, Older age" (empty for none). */
function conditionNames(ids: string, t: Translate): string {
  const known = ids.split(',').filter((c): c is Condition => (CONDITIONS as readonly string[]).includes(c));
  return known.map((c) => t(conditionKey(c))).join(', ');
}

/** The sentences to show: all, or the first MAX_SHOWN - 1 and a count of the rest. */
export function problemLines(
  problems: readonly UrlProblem[],
  t: Translate,
  locale: Locale,
): { lines: string[]; more: number } {
  const shown = problems.length > MAX_SHOWN ? problems.slice(0, MAX_SHOWN - 1) : problems;
  const lines = shown.map((p) => {
    const { key, params } = problemText(p, t, locale);
    return t(key, params);
  });
  return { lines, more: problems.length - shown.length };
}
