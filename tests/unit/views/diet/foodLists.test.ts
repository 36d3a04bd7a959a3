import { describe, expect, it } from 'vitest';
import { FOOD_GROUPS, FOODS, getFood, mgPerPortion } from '../../../../src/nutrition/index.ts';
import {
  groupedFoods,
  mgOnBasis,
  otherBasis,
  portionCount,
  ranking,
  shortName,
  stepPortion,
  waterIdFor,
} from '../../../../src/views/diet/foodLists.ts';

describe('shortName (chart labels)', () => {
  it.each([
    ['Pompoenpitten, geroosterd', 'Pompoenpitten'],
    ['Fondantchocolade (70–85% cacao)', 'Fondantchocolade'],
    ["Pinda's (apennootjes), droog geroosterd", "Pinda's"],
    ['Banaan', 'Banaan'],
    ['Potato, baked with skin', 'Potato'],
  ])('%s → %s', (name, short) => expect(shortName(name)).toBe(short));
});

describe('Mg on a basis', () => {
  it.each([
    ['pumpkin-seeds', 'per100g', 550],
    ['pumpkin-seeds', 'perPortion', 137.5],
    ['wholemeal-bread', 'per100g', 75],
    ['wholemeal-bread', 'perPortion', 26.25],
    ['cocoa-powder', 'perPortion', 24.95],
  ] as const)('%s %s → %s mg', (id, basis, mg) => expect(mgOnBasis(getFood(id), basis)).toBeCloseTo(mg, 9));

  it('switches basis', () => {
    expect(otherBasis('per100g')).toBe('perPortion');
    expect(otherBasis('perPortion')).toBe('per100g');
  });
});

describe('the picker groups', () => {
  it('holds every food once, in the table’s group order', () => {
    for (const basis of ['per100g', 'perPortion'] as const) {
      const groups = groupedFoods(basis);
      expect(groups.map((g) => g.group)).toEqual([...FOOD_GROUPS]);
      const ids = groups.flatMap((g) => g.foods.map((f) => f.id));
      expect(ids.sort()).toEqual(FOODS.map((f) => f.id).sort());
    }
  });

  it('sorts each group richest first on the chosen basis', () => {
    for (const basis of ['per100g', 'perPortion'] as const) {
      for (const g of groupedFoods(basis)) {
        const values = g.foods.map((f) => mgOnBasis(f, basis));
        expect(values).toEqual([...values].sort((a, b) => b - a));
      }
    }
  });
});

describe('ranking: per 100 g versus per portion (the article’s point)', () => {
  it('keeps pumpkin seeds on top both ways', () => {
    expect(ranking('per100g', 3)[0].food.id).toBe('pumpkin-seeds');
    expect(ranking('perPortion', 3)[0].food.id).toBe('pumpkin-seeds');
  });

  it('drops cocoa powder out of the top ten per portion, and lifts cooked beans into it', () => {
    const per100 = ranking('per100g', 10).map((r) => r.food.id);
    const perPortion = ranking('perPortion', 10).map((r) => r.food.id);
    expect(per100).toContain('cocoa-powder');
    expect(perPortion).not.toContain('cocoa-powder');
    expect(perPortion).toContain('black-beans');
    expect(per100).not.toContain('black-beans');
  });

  it('gives ranks 1…n and the rank on the other basis', () => {
    const rows = ranking('perPortion', 5);
    expect(rows.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5]);
    const full100 = ranking('per100g', FOODS.length);
    for (const r of rows) {
      expect(r.mg).toBeCloseTo(mgPerPortion(r.food), 9);
      expect(full100.find((x) => x.food.id === r.food.id)?.rank).toBe(r.otherRank);
    }
  });

  it.each([0, -1])('returns nothing for limit %s', (limit) => expect(ranking('per100g', limit)).toEqual([]));
});

describe('portions', () => {
  it.each([
    [105, 35, 3],
    [25, 25, 1],
    [12.5, 25, 0.5],
    [0, 25, 0],
    [-10, 25, 0],
    [NaN, 25, 0],
    [50, 0, 0],
  ])('%s g of a %s g portion = %s portions', (grams, portion, count) =>
    expect(portionCount(grams, portion)).toBeCloseTo(count, 9),
  );

  it.each([
    [105, 35, 1, 140],
    [105, 35, -1, 70],
    [20, 35, -1, 0],
    [0, 35, -1, 0],
    [NaN, 25, 1, 25],
    [12.4, 25, 1, 37],
  ])('%s g, portion %s g, step %s → %s g', (grams, portion, delta, result) =>
    expect(stepPortion(grams, portion, delta)).toBe(result),
  );
});

describe('which water a mg/L value stands for', () => {
  it.each([
    [5, 'tap'],
    [30, 'tap-hard'],
    [1000, 'donat-mg'],
    [31, 'custom'],
    [NaN, 'custom'],
  ] as const)('%s mg/L → %s', (mgPerL, id) => expect(waterIdFor(mgPerL)).toBe(id));
});
