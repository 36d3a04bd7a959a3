/** Phytate levels, condition toggles and which conditions fit the person. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_INPUTS, type ModelInputs } from '../../../src/model/index.ts';
import {
  conditionsForSex,
  conditionState,
  PHYTATE_LEVELS,
  phytateLevelOf,
  toggleCondition,
} from '../../../src/views/controls/choices.ts';
import { changedGroups } from '../../../src/views/controls/groups.ts';

const person = (changes: Partial<ModelInputs>): ModelInputs => ({ ...DEFAULT_INPUTS, ...changes });

describe('phytate levels (published intakes: Western ≈ 0.8 g/day, vegetarian ≈ 2 g/day)', () => {
  it('are 0, 0.4 and 1.0 mmol per meal', () => {
    expect(PHYTATE_LEVELS.map((l) => [l.id, l.mmolPerMeal])).toEqual([
      ['none', 0],
      ['some', 0.4],
      ['high', 1.0],
    ]);
  });
  it.each([
    [0, 'none'],
    [0.4, 'some'],
    [1.0, 'high'],
    [0.75, undefined],
    [3, undefined],
  ])('%d mmol → %s', (mmol, id) => expect(phytateLevelOf(mmol)).toBe(id));
});

describe('toggleCondition', () => {
  it.each([
    [[], 'alcohol', true, ['alcohol']],
    [['alcohol'], 'alcohol', true, ['alcohol']],
    [['alcohol', 'elderly'], 'alcohol', false, ['elderly']],
    [['elderly'], 'gi-disease', false, ['elderly']],
  ] as const)('%j %s %s → %j', (list, c, on, out) => expect(toggleCondition(list, c, on)).toEqual(out));
});

describe('conditionState', () => {
  it('disables breastfeeding for a man, with a note', () => {
    const s = conditionState(person({ sex: 'male' }), 'lactation');
    expect(s).toMatchObject({
      checked: false,
      disabled: true,
      note: { key: 'controlsPanel.lactation.womenOnly' },
    });
  });
  it('lets a woman choose breastfeeding', () => {
    expect(conditionState(person({ sex: 'female' }), 'lactation')).toEqual({
      checked: false,
      disabled: false,
    });
    expect(conditionState(person({ sex: 'female', conditions: ['lactation'] }), 'lactation').checked).toBe(
      true,
    );
  });
  it('applies older age automatically from 70', () => {
    expect(conditionState(person({ ageYears: 69 }), 'elderly')).toEqual({ checked: false, disabled: false });
    expect(conditionState(person({ ageYears: 70 }), 'elderly')).toMatchObject({
      checked: true,
      disabled: true,
    });
  });
  it('follows the inputs for the other conditions', () => {
    expect(conditionState(person({ conditions: ['alcohol'] }), 'alcohol')).toEqual({
      checked: true,
      disabled: false,
    });
  });
});

describe('conditionsForSex', () => {
  it('drops breastfeeding for a man only', () => {
    expect(conditionsForSex(['lactation', 'alcohol'], 'male')).toEqual(['alcohol']);
    expect(conditionsForSex(['lactation', 'alcohol'], 'female')).toEqual(['lactation', 'alcohol']);
  });
});

describe('changedGroups', () => {
  it.each([
    [{}, []],
    [{ supplementMgPerDay: 300 }, ['supplements']],
    [{ supplementDosesPerDay: 2 }, ['supplements']],
    [{ ppi: 'typical' }, ['medicines']],
    [{ diuretic: 'loop' }, ['medicines']],
    [{ conditions: ['alcohol'] }, ['conditions']],
    [{ sex: 'female', gfrMlPerMin: 10 }, ['person']],
    [{ intakeMgPerDay: 100 }, []],
  ] as const)('%j → %j', (changes, groups) => {
    const changed = changedGroups(person(changes as Partial<ModelInputs>));
    expect(Object.keys(changed).filter((k) => changed[k as keyof typeof changed])).toEqual(groups);
  });
});
