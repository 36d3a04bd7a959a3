import { describe, expect, it } from 'vitest';
import { DEFAULT_INPUTS, validateInputs, type ModelInputs } from '../../../src/model/inputs.ts';
import {
  NO_SUPPLEMENT,
  NO_WATER,
  dayTotals,
  foodContributions,
  foodMgPerDay,
  foodRankByMg,
  getFood,
  hasOxalateRichFoods,
  menuToModelInputs,
  mgForItem,
  mgPerDayFromPortions,
  mgPerPortion,
  oxalateRichFoods,
  phyticAcidMmolPerMeal,
  rankFoodsByMg,
  supplementMgPerDay,
  waterMgPerDay,
  type CompoundId,
  type Menu,
} from '../../../src/nutrition/index.ts';

const PA_MG_PER_MMOL = 660.04;

describe('Mg per item (mg/100 g × grams / 100)', () => {
  it.each([
    ['pumpkin-seeds', 25, 137.5],
    ['pumpkin-seeds', 100, 550],
    ['almonds', 50, 139.5],
    ['black-beans', 150, 105],
    ['whole-milk', 500, 50],
    ['spinach', 0, 0],
  ] as const)('%s, %s g → %s mg', (foodId, grams, mg) => {
    expect(mgForItem({ foodId, grams })).toBeCloseTo(mg, 9);
  });
});

describe('per-food contributions and totals', () => {
  const items = [
    { foodId: 'wholemeal-bread', grams: 70 },
    { foodId: 'almonds', grams: 25 },
    { foodId: 'wholemeal-bread', grams: 35 },
  ] as const;

  it('merges a food listed twice and ranks by mg', () => {
    const contributions = foodContributions(items);
    expect(contributions.map((c) => c.foodId)).toEqual(['wholemeal-bread', 'almonds']);
    expect(contributions[0].grams).toBe(105);
    expect(contributions[0].mgPerDay).toBeCloseTo(78.75, 9); // 75 mg/100 g × 105 g
    expect(contributions.reduce((s, c) => s + c.share, 0)).toBeCloseTo(1, 12);
  });

  it('sums food, water and supplement into the day total', () => {
    const menu: Menu = {
      items,
      water: { mgPerL: 108, litres: 1.5 }, // Gerolsteiner
      supplement: { compoundId: 'citrate', compoundMassMg: 500, dosesPerDay: 2 },
    };
    const t = dayTotals(menu);
    expect(t.foodMgPerDay).toBeCloseTo(78.75 + 69.75, 9);
    expect(t.waterMgPerDay).toBeCloseTo(162, 9);
    expect(t.supplementMgPerDay).toBeGreaterThanOrEqual(160);
    expect(t.supplementMgPerDay).toBeLessThanOrEqual(162);
    expect(t.totalMgPerDay).toBeCloseTo(t.foodMgPerDay + t.waterMgPerDay + t.supplementMgPerDay, 9);
  });

  it('counts nothing for an empty day', () => {
    expect(dayTotals({ items: [], water: NO_WATER, supplement: NO_SUPPLEMENT }).totalMgPerDay).toBe(0);
    expect(foodContributions([])).toEqual([]);
  });

  it('water and supplement helpers', () => {
    expect(waterMgPerDay({ mgPerL: 1000, litres: 0.5 })).toBe(500);
    expect(supplementMgPerDay({ compoundId: 'elemental', compoundMassMg: 125, dosesPerDay: 2 })).toBe(250);
  });
});

describe('phytic acid per meal', () => {
  it('divides the day’s phytic acid over three meals', () => {
    // Oats 1.0 g/100 g × 80 g + wholemeal bread 0.4 g/100 g × 140 g = 0.80 + 0.56 = 1.36 g a day.
    const items = [
      { foodId: 'oats', grams: 80 },
      { foodId: 'wholemeal-bread', grams: 140 },
      { foodId: 'white-bread', grams: 60 },
      { foodId: 'banana', grams: 120 },
    ] as const;
    expect(phyticAcidMmolPerMeal(items)).toBeCloseTo(1360 / PA_MG_PER_MMOL / 3, 9);
  });

  it('is zero for a day without whole grains, legumes, nuts or seeds', () => {
    expect(phyticAcidMmolPerMeal([{ foodId: 'white-rice', grams: 300 }])).toBe(0);
  });
});

describe('oxalate-rich foods', () => {
  it('notices spinach, but not a zero amount', () => {
    expect(hasOxalateRichFoods([{ foodId: 'spinach', grams: 150 }])).toBe(true);
    expect(
      oxalateRichFoods([
        { foodId: 'spinach', grams: 150 },
        { foodId: 'spinach', grams: 50 },
      ]),
    ).toEqual(['spinach']);
    expect(hasOxalateRichFoods([{ foodId: 'spinach', grams: 0 }])).toBe(false);
    expect(hasOxalateRichFoods([{ foodId: 'broccoli', grams: 150 }])).toBe(false);
  });
});

describe('menuToModelInputs', () => {
  const menu: Menu = {
    items: [
      { foodId: 'pumpkin-seeds', grams: 25 },
      { foodId: 'oats', grams: 40 },
    ],
    water: { mgPerL: 126, litres: 1 },
    supplement: { compoundId: 'oxide', compoundMassMg: 400, dosesPerDay: 1 },
  };

  it('puts food Mg only in intakeMgPerDay and uses the model’s input names', () => {
    const inputs = menuToModelInputs(menu);
    expect(Object.keys(inputs).sort()).toEqual(
      [
        'intakeMgPerDay',
        'phytateMmolPerMeal',
        'supplementDosesPerDay',
        'supplementForm',
        'supplementMgPerDay',
        'waterLPerDay',
        'waterMgPerL',
      ].sort(),
    );
    expect(inputs.intakeMgPerDay).toBeCloseTo(137.5 + 55.2, 9);
    expect(inputs.waterMgPerL).toBe(126);
    expect(inputs.waterLPerDay).toBe(1);
    expect(inputs.supplementMgPerDay).toBeCloseTo(400 * (24.305 / 40.304), 9);
    expect(inputs.supplementDosesPerDay).toBe(1);
    expect(inputs.supplementForm).toBe('oxide');
    // Pumpkin seeds 2.0 g/100 g × 25 g + oats 1.0 g/100 g × 40 g = 0.9 g a day.
    expect(inputs.phytateMmolPerMeal).toBeCloseTo(900 / PA_MG_PER_MMOL / 3, 9);
  });

  it('fits the model’s input ranges without adjustment', () => {
    const merged: ModelInputs = { ...DEFAULT_INPUTS, ...menuToModelInputs(menu) };
    expect(validateInputs(merged).adjustments).toEqual([]);
  });

  it('gives the salt form of the compound: oxide and hydroxide dissolve poorly, the others are soluble', () => {
    const formOf = (compoundId: CompoundId) =>
      menuToModelInputs({ ...menu, supplement: { ...menu.supplement, compoundId } }).supplementForm;
    expect(formOf('oxide')).toBe('oxide');
    expect(formOf('hydroxide')).toBe('oxide');
    for (const id of ['citrate', 'chloride', 'sulfate', 'bisglycinate', 'elemental'] as const)
      expect(formOf(id), id).toBe('soluble');
  });

  it('uses one dose when there is no supplement', () => {
    const inputs = menuToModelInputs({ ...menu, supplement: { ...NO_SUPPLEMENT, dosesPerDay: 0 } });
    expect(inputs.supplementMgPerDay).toBe(0);
    expect(inputs.supplementDosesPerDay).toBe(1);
  });
});

describe('per 100 g versus per portion', () => {
  it('pumpkin seeds lead on both bases', () => {
    expect(foodRankByMg('pumpkin-seeds', 'per100g')).toBe(1);
    expect(foodRankByMg('pumpkin-seeds', 'perPortion')).toBe(1);
    expect(rankFoodsByMg('perPortion')[0].id).toBe('pumpkin-seeds');
  });

  it('cocoa is rich per 100 g but a spoonful gives little', () => {
    expect(foodRankByMg('cocoa-powder', 'per100g')).toBe(2);
    expect(mgPerPortion(getFood('cocoa-powder'))).toBeLessThan(mgPerPortion(getFood('banana')));
  });

  it('bread is low per 100 g but four slices a day beat a handful of almonds', () => {
    const bread = getFood('wholemeal-bread');
    const almonds = getFood('almonds');
    expect(bread.mgPer100g).toBeLessThan(almonds.mgPer100g / 3);
    // Spec §8: 26 mg per slice × 4 ≈ 104 mg versus 70 mg per handful.
    expect(mgPerDayFromPortions(bread, 4)).toBeCloseTo(105, 9);
    expect(mgPerDayFromPortions(bread, 4)).toBeGreaterThan(mgPerDayFromPortions(almonds, 1));
  });

  it('food total equals the sum of the items', () => {
    expect(
      foodMgPerDay([
        { foodId: 'banana', grams: 120 },
        { foodId: 'avocado', grams: 75 },
      ]),
    ).toBeCloseTo(32.4 + 21.75, 9);
  });
});
