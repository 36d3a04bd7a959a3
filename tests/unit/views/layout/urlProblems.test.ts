/** One whole sentence per link problem, in both languages, every placeholder filled. */
import { describe, expect, it } from 'vitest';
import { translate, type Locale, type MessageKey } from '../../../../src/i18n/index.ts';
import type { UrlProblem, UrlProblemKind } from '../../../../src/state/url.ts';
import { problemLines, problemText } from '../../../../src/views/layout/urlProblems.ts';

const KINDS: Record<UrlProblemKind, UrlProblem> = {
  'unknown-parameter': { kind: 'unknown-parameter', parameter: 'foo', value: '1' },
  'unknown-value': { kind: 'unknown-value', parameter: 'locale', value: 'fr', used: 'nl' },
  repeated: { kind: 'repeated', parameter: 'intake-mg', value: '300', used: '200' },
  'not-a-number': { kind: 'not-a-number', parameter: 'gfr-ml-min', value: '0x10' },
  negative: { kind: 'negative', parameter: 'intake-mg', value: '-5' },
  'not-whole': { kind: 'not-whole', parameter: 'doses', value: '2.5', used: '3' },
  'out-of-range': { kind: 'out-of-range', parameter: 'intake-mg', value: '5000', used: '2000' },
  'unknown-condition': { kind: 'unknown-condition', parameter: 'condition', value: 'bogus', used: 'alcohol' },
  'none-combined': { kind: 'none-combined', parameter: 'condition', value: 'none,alcohol', used: 'alcohol' },
  'needs-female': { kind: 'needs-female', parameter: 'condition', value: 'lactation', used: 'male' },
};

describe('link problem sentences', () => {
  for (const locale of ['nl', 'en'] as const satisfies Locale[]) {
    const t = (key: MessageKey, params?: Record<string, string | number>) => translate(locale, key, params);

    it(`gives each kind its own sentence with no empty placeholder (${locale})`, () => {
      const sentences = Object.values(KINDS).map((p) =>
        t(problemText(p, t, locale).key, problemText(p, t, locale).params),
      );
      for (const s of sentences) expect(s).not.toMatch(/\{\w+\}|undefined|: \.$/);
      expect(new Set(sentences).size).toBe(sentences.length);
    });

    it(`says an unknown value was ignored when nothing was used instead (${locale})`, () => {
      const { key } = problemText({ kind: 'unknown-value', parameter: 'scenario', value: 'x' }, t, locale);
      expect(key).toBe('app.unknownParameter');
      const none = problemText({ kind: 'unknown-condition', parameter: 'condition', value: 'x' }, t, locale);
      expect(none.key).toBe('link.unknownCondition.ignored');
    });
  }

  it('shows all of eight remarks, and seven plus a count of the rest beyond', () => {
    const t = (key: MessageKey, params?: Record<string, string | number>) => translate('en', key, params);
    const many = (n: number) => Array.from({ length: n }, () => KINDS.negative);
    expect(problemLines(many(8), t, 'en')).toMatchObject({ more: 0 });
    expect(problemLines(many(8), t, 'en').lines).toHaveLength(8);
    expect(problemLines(many(9), t, 'en')).toMatchObject({ more: 2 });
    expect(problemLines(many(9), t, 'en').lines).toHaveLength(7);
  });
});
