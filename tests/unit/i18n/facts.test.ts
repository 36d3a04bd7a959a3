/**
 * Texts name reference values by placeholder (`{ul}`, `{normalLow}`, …) and never write their
 * numbers, so a value changed in model/referenceValues.ts changes every sentence that states it.
 * The article's own statements (`learn.*`) are quotations and keep the article's numbers.
 */
import { describe, expect, it } from 'vitest';
import { FACTS } from '../../../src/i18n/facts.ts';
import { en, nl, placeholdersOf, translate, type MessageKey } from '../../../src/i18n/index.ts';

const own = (Object.keys(nl) as MessageKey[]).filter((k) => !k.startsWith('learn.'));
const E = FACTS;

/** A reference value written as a number where a placeholder belongs. */
const WRITTEN: [string, RegExp][] = [
  [
    'serum band edge',
    new RegExp(
      `(^|[^\\d,.])(${[E.severeBelow, E.normalLow, E.normalHigh, E.hyperAbove].map((v) => `${v}`.replace('.', '[.,]')).join('|')})\\s?mmol`,
    ),
  ],
  ['upper limit', new RegExp(`(MTI|UL)\\D{0,25}${E.ul}\\b`)],
  ['adult adequate intake', new RegExp(`\\b(${E.aiMan}|${E.aiWoman}) mg\\b.{0,40}(adequate|AI)`)],
  ['breast milk', new RegExp(`\\b${E.milk} mg\\b.{0,40}(melk|milk|baby)`, 'i')],
];

describe('reference values in the texts', () => {
  for (const [locale, messages] of Object.entries({ nl, en }))
    it(`are never written as numbers (${locale})`, () => {
      for (const k of own)
        for (const [what, pattern] of WRITTEN) expect(messages[k], `${k}: ${what}`).not.toMatch(pattern);
    });

  it('are filled in every message that names them', () => {
    const named = new Set(own.flatMap((k) => placeholdersOf(nl[k])).filter((p) => Object.hasOwn(FACTS, p)));
    expect(named.size).toBeGreaterThan(5);
    expect(translate('nl', 'band.normal.description')).toMatch(/^Serum-Mg tussen 0,75 en 0,95 mmol\/L\./);
    expect(translate('en', 'alert.laxative-above-ul')).toMatch(/above the UL of 250 mg per day/);
  });

  it('leave parameters the caller gives alone', () => {
    expect(translate('en', 'supplement.aboveUl', { supplement: '300', ul: 'X', unit: 'mg/day' })).toMatch(
      /UL of X mg\/day/,
    );
  });
});
