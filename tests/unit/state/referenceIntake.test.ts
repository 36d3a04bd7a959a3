/** The person's intake against the adequate intake and the supplement against the UL (EFSA 2015, SCF 2001). */
import { describe, expect, it } from 'vitest';
import { translate } from '../../../src/i18n/index.ts';
import { aiFor, percentOf, supplementVsUl } from '../../../src/state/referenceIntake.ts';

describe('aiFor: the adequate intake and who it is for', () => {
  it.each([
    ['male', 40, 350, 'aiGroup.man', 'men'],
    ['female', 40, 300, 'aiGroup.woman', 'women, including during pregnancy and breastfeeding'],
    ['male', 15, 300, 'aiGroup.boy', 'boys aged 10 to 18'],
    ['female', 15, 250, 'aiGroup.girl', 'girls aged 10 to 18'],
    ['female', 10, 250, 'aiGroup.girl', 'girls aged 10 to 18'],
    ['female', 5, 230, 'aiGroup.child', 'children aged 3 to 10'],
    ['male', 2, 170, 'aiGroup.child', 'children aged 1 to 3'],
    ['female', 1, 170, 'aiGroup.child', 'children aged 1 to 3'],
    ['male', 0.8, 80, 'aiGroup.infant', 'infants aged 7 to 11 months'],
    ['female', 18, 300, 'aiGroup.woman', 'women, including during pregnancy and breastfeeding'],
  ] as const)('%s, %s y → %s mg/day for %s', (sex, age, mg, key, words) => {
    const ai = aiFor(sex, age);
    expect(ai.kind).toBe('ai');
    if (ai.kind !== 'ai') return;
    expect(ai.mgPerDay).toBe(mg);
    expect(ai.group.key).toBe(key);
    expect(translate('en', ai.group.key, ai.group.params)).toBe(words);
  });

  it.each([0.3, -1, NaN])('has none at age %s, and says why', (age) => {
    const ai = aiFor('male', age);
    expect(ai.kind).toBe('none');
    if (ai.kind === 'none') expect(ai.reason.key).toMatch(/^intake\.noAi\./);
  });

  it('explains the infant case with the breast milk of the model (25 mg/day)', () => {
    const ai = aiFor('female', 0.2);
    if (ai.kind !== 'none') throw new Error('expected no AI');
    expect(translate('nl', ai.reason.key, ai.reason.params)).toMatch(/onder 7 maanden.*25 mg/);
  });
});

describe('percentOf', () => {
  it.each([
    [332.45, 350, 95],
    [350, 350, 100],
    [175, 350, 50],
    [350, 300, 117],
    [0, 350, 0],
    [100, 0, 0],
    [NaN, 300, 0],
  ])('%s of %s → %s percent', (value, ref, pct) => expect(percentOf(value, ref)).toBe(pct));
});

describe('supplementVsUl: supplements only, from 4 years', () => {
  const ul = { ulMgPerDay: 250, toxicMgPerDay: 2500 };
  it.each([
    [0, 40, { level: 'none', ...ul }],
    [NaN, 40, { level: 'none', ...ul }],
    [80.8, 40, { level: 'below', ...ul }],
    [250, 40, { level: 'below', ...ul }],
    [250.1, 40, { level: 'above', ...ul }],
    [2500, 40, { level: 'above', ...ul }],
    [2510, 40, { level: 'toxic', ...ul }],
    [500, 4, { level: 'above', ...ul }],
    [100, 3, { level: 'no-ul' }],
    [0, 2, { level: 'no-ul' }],
  ] as const)('%s mg/day at %s y → %o', (mg, age, status) => expect(supplementVsUl(mg, age)).toEqual(status));
});
