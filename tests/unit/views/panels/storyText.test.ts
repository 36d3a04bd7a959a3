import { describe, expect, it } from 'vitest';
import type { Locale } from '../../../../src/i18n/index.ts';
import type { StorySentence } from '../../../../src/state/statusStory.ts';
import { storyParams, storyText } from '../../../../src/views/panels/storyText.ts';

const serum = (value: number, band: StorySentence['band']): StorySentence => ({
  key: 'status.serumBand',
  params: { value: { value, digits: 2, fixed: true } },
  band,
});

describe('storyText', () => {
  it.each<[Locale, StorySentence, string]>([
    ['nl', serum(0.8, 'normal'), 'Serum-Mg 0,80 mmol/L: normaal.'],
    ['en', serum(0.8, 'normal'), 'Serum Mg 0.80 mmol/L: normal.'],
    ['en', serum(0.217, 'severe-hypo'), 'Serum Mg 0.22 mmol/L: severe hypomagnesaemia.'],
    ['nl', serum(1.29, 'hyper'), 'Serum-Mg 1,29 mmol/L: hypermagnesiëmie.'],
    [
      'en',
      { key: 'status.urineFalling', params: { urine: { value: 25.4, digits: 0, perDayMg: true } } },
      'Urine has fallen to 25.4 mg/day: the kidneys are saving magnesium.',
    ],
    [
      'nl',
      { key: 'status.muscleHolds', params: { percent: { value: 3.74, digits: 1 } } },
      'De spieren houden hun magnesium goed vast: hun voorraad verandert slechts 3,7%.',
    ],
    [
      'en',
      {
        key: 'status.steadyState',
        params: {
          in: { value: 3350, digits: 0, perDayMg: true },
          out: { value: 3349.4, digits: 0, perDayMg: true },
        },
      },
      'Steady state: as much comes in (3,350 mg/day) as goes out (3,349 mg/day).',
    ],
  ])('%s: %j', (locale, sentence, expected) => {
    expect(storyText(sentence, locale)).toBe(expected);
  });

  it('shows amounts per day in mmol when the unit toggle says so', () => {
    const sentence: StorySentence = {
      key: 'status.urineFalling',
      params: { urine: { value: 24.305 * 1.5, digits: 0, perDayMg: true } },
    };
    expect(storyText(sentence, 'nl', 'mmol')).toBe(
      'De urine is gedaald tot 1,5 mmol/dag: de nieren sparen magnesium.',
    );
  });

  it('never shows NaN', () => {
    expect(storyParams({ key: 'status.milk', params: { milk: { value: NaN, digits: 0 } } }, 'nl').milk).toBe(
      '–',
    );
  });
});
