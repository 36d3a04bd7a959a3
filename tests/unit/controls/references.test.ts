/** Intake against the AI and supplement against the UL, as the controls show them. */
import { describe, expect, it } from 'vitest';
import {
  aiGroupKey,
  barPercent,
  intakeScaleMax,
  intakeVsAi,
  ulLevel,
} from '../../../src/views/controls/references.ts';

describe('aiGroupKey', () => {
  it.each([
    ['male', 7 / 12, 'aiGroup.infant'],
    ['female', 1, 'aiGroup.child1to3'],
    ['male', 3, 'aiGroup.child3to10'],
    ['male', 10, 'aiGroup.boy10to18'],
    ['female', 10, 'aiGroup.girl10to18'],
    ['male', 18, 'aiGroup.man'],
    ['female', 18, 'aiGroup.woman'],
  ] as const)('%s from %d years → %s', (sex, from, key) => expect(aiGroupKey(sex, from)).toBe(key));
});

describe('intakeVsAi', () => {
  it.each([
    [350, 'male', 40, 350, 100, 'aiGroup.man'],
    [300, 'female', 40, 300, 100, 'aiGroup.woman'],
    [175, 'male', 40, 350, 50, 'aiGroup.man'],
    [350, 'female', 30, 300, 117, 'aiGroup.woman'],
    [170, 'male', 2, 170, 100, 'aiGroup.child1to3'],
    [300, 'female', 15, 250, 120, 'aiGroup.girl10to18'],
  ] as const)('%d mg, %s, %d y → AI %d, %d%%', (intake, sex, age, ai, percent, group) => {
    expect(intakeVsAi(intake, sex, age)).toEqual({ kind: 'ai', aiMgPerDay: ai, percent, groupKey: group });
  });

  it('gives the reason when no AI applies', () => {
    const r = intakeVsAi(100, 'male', 0.2);
    expect(r.kind).toBe('none');
    if (r.kind === 'none') expect(r.reason.nl).toMatch(/moedermelk/);
  });
});

describe('ulLevel', () => {
  it.each([
    [0, 40, 'below', 250],
    [250, 40, 'below', 250],
    [260, 40, 'above', 250],
    [2500, 40, 'above', 250],
    [2510, 40, 'toxic', 250],
    [500, 4, 'above', 250],
    [500, 2, 'none', undefined],
    [0, 3, 'none', undefined],
  ])('%d mg at %d years → %s', (supplement, age, level, ul) => {
    expect(ulLevel(supplement, age)).toEqual(ul === undefined ? { level } : { level, ul });
  });
});

describe('bar geometry', () => {
  it.each([
    [0, 700, 0],
    [350, 700, 50],
    [700, 700, 100],
    [900, 700, 100],
    [-5, 700, 0],
    [NaN, 700, 0],
    [10, 0, 0],
  ])('barPercent(%d, %d) = %d', (value, max, percent) => expect(barPercent(value, max)).toBe(percent));

  it('shows at least twice the AI, more when the intake is larger', () => {
    expect(intakeScaleMax(350, 350)).toBe(700);
    expect(intakeScaleMax(1000, 350)).toBe(1000);
  });
});
