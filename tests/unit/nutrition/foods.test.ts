import { describe, expect, it } from 'vitest';
import {
  FOOD_GROUPS,
  FOODS,
  SOURCES,
  getFood,
  isFoodId,
  mgPerPortion,
  type FoodId,
} from '../../../src/nutrition/index.ts';

// Model spec §8 (USDA SR legacy): NDB number, mg/100 g, portion and mg per portion (rounded).
const PUBLISHED: [FoodId, string, number, number, number][] = [
  ['pumpkin-seeds', '12016', 550, 25, 138],
  ['almonds', '12063', 279, 25, 70],
  ['cashews', '12085', 260, 25, 65],
  ['hazelnuts', '12120', 163, 25, 41],
  ['walnuts', '12155', 158, 25, 40],
  ['peanuts', '16390', 176, 25, 44],
  ['dark-chocolate', '19904', 228, 20, 46],
  ['cocoa-powder', '19165', 499, 5, 25],
  ['wholemeal-bread', '18075', 75, 35, 26],
  ['white-bread', '18069', 25, 30, 8],
  ['oats', '08120', 138, 40, 55],
  ['brown-rice', '20037', 43, 150, 64],
  ['white-rice', '20045', 12, 150, 18],
  ['spaghetti', '20121', 18, 180, 32],
  ['quinoa', '20137', 64, 150, 96],
  ['lentils', '16070', 36, 150, 54],
  ['black-beans', '16015', 70, 150, 105],
  ['kidney-beans', '16033', 45, 150, 68],
  ['chickpeas', '16057', 48, 150, 72],
  ['tofu', '16426', 58, 100, 58],
  ['spinach', '11458', 87, 150, 130],
  ['broccoli', '11091', 21, 150, 32],
  ['potato', '11674', 28, 200, 56],
  ['banana', '09040', 27, 120, 32],
  ['avocado', '09037', 29, 75, 22],
  ['raspberries', '09302', 22, 125, 28],
  ['salmon', '15237', 30, 125, 38],
  ['mussels', '15165', 37, 150, 56],
  ['shrimp', '15151', 37, 100, 37],
  ['whole-milk', '01077', 10, 250, 25],
  ['yoghurt', '01117', 17, 150, 26],
  ['gouda', '01022', 29, 30, 9],
  ['coffee', '14209', 3, 150, 4],
  ['espresso', '14210', 80, 30, 24],
];

// A Belgian student's day (USDA SR legacy, read second-hand: grade S2; the soup is our estimate, E):
// id, NDB or FDC id, mg/100 g, portion.
const BELGIAN: [FoodId, string, number, number][] = [
  ['chicken', '05064', 29, 125],
  ['minced-beef', '23569', 22, 100],
  ['pork-chop', '10163', 27, 125],
  ['egg', '01129', 10, 50],
  ['apple', '09003', 5, 150],
  ['lettuce', '11250', 13, 50],
  ['boiled-potatoes', '11367', 20, 200],
  ['fries', 'FDC 170698', 35, 200],
  ['chocolate-spread', 'FDC 168000', 64, 20],
  ['vegetable-soup', '', 11, 250],
];

describe('food table (model spec §8)', () => {
  it('holds every food of the spec and of a Belgian student’s day, once', () => {
    expect(FOODS).toHaveLength(PUBLISHED.length + BELGIAN.length);
    expect(new Set(FOODS.map((f) => f.id)).size).toBe(FOODS.length);
  });

  it.each(PUBLISHED)(
    '%s: NDB %s, %d mg/100 g, %d g portion ≈ %d mg',
    (id, ndb, mgPer100g, portion, mgPortion) => {
      const food = getFood(id);
      expect(food.ndb).toBe(ndb);
      expect(food.mgPer100g).toBe(mgPer100g);
      expect(food.portionGrams).toBe(portion);
      // The spec rounds mg per portion to whole mg.
      expect(Math.abs(mgPerPortion(food) - mgPortion)).toBeLessThanOrEqual(0.5 + 1e-9);
    },
  );

  it.each(BELGIAN)('%s: %s, %d mg/100 g, %d g portion, with a graded source', (id, ref, mg, portion) => {
    const food = getFood(id);
    expect(ref.startsWith('FDC ') ? `FDC ${food.fdcId}` : food.ndb).toBe(ref);
    expect(food.mgPer100g).toBe(mg);
    expect(food.portionGrams).toBe(portion);
    expect(SOURCES[food.mgSource].grade).toBe(ref === '' ? 'E' : 'S2');
  });

  it('every food names where its Mg value comes from', () => {
    for (const f of FOODS) {
      expect(SOURCES[f.mgSource]).toBeDefined();
      expect(f.ndb !== '' || f.fdcId !== undefined || SOURCES[f.mgSource].grade === 'E').toBe(true);
    }
    expect(getFood('almonds').mgSource).toBe('usdaSr');
  });

  it('pumpkin seeds: a handful of 25 g gives about 138 mg', () => {
    expect(mgPerPortion(getFood('pumpkin-seeds'))).toBeCloseTo(137.5, 6);
    expect(getFood('pumpkin-seeds').portionLabel).toEqual({
      nl: 'een handje (25 g)',
      en: 'a handful (25 g)',
    });
  });

  it('names, groups and portion labels are complete; drinks are in mL', () => {
    for (const f of FOODS) {
      expect(f.name.nl.length).toBeGreaterThan(0);
      expect(f.name.en.length).toBeGreaterThan(0);
      expect(FOOD_GROUPS).toContain(f.group);
      expect(f.portionLabel.nl).toContain(`(${f.portionGrams} ${f.portionUnit})`);
      expect(f.portionLabel.en).toContain(`(${f.portionGrams} ${f.portionUnit})`);
      if (f.group === 'drinks') expect(f.portionUnit).toBe('mL');
    }
    expect(getFood('pumpkin-seeds').name.nl).toBe('Pompoenpitten, geroosterd');
  });

  it('phytic acid only in whole grains, legumes, nuts and seeds, each with a graded source', () => {
    const phytateGroups = new Set(['grains', 'legumes', 'nuts-seeds']);
    for (const f of FOODS) {
      if (!phytateGroups.has(f.group)) expect(f.phyticAcidGPer100g).toBe(0);
      expect(SOURCES[f.phyticAcidSource]).toBeDefined();
      if (f.phyticAcidGPer100g > 0) expect(['S2', 'E', 'A']).toContain(SOURCES[f.phyticAcidSource].grade);
    }
    for (const refined of ['white-bread', 'white-rice', 'spaghetti'] as const) {
      expect(getFood(refined).phyticAcidMmolPerPortion).toBe(0);
    }
    for (const whole of ['wholemeal-bread', 'oats', 'brown-rice', 'lentils', 'almonds'] as const) {
      expect(getFood(whole).phyticAcidMmolPerPortion).toBeGreaterThan(0);
    }
  });

  it('phytic acid per portion uses the molar mass 660.04 g/mol', () => {
    // Oats: 1.0 g/100 g × 40 g = 0.40 g = 400 mg / 660.04 mg/mmol.
    const oats = getFood('oats');
    expect(oats.phyticAcidMmolPerPortion).toBeCloseTo((oats.phyticAcidGPer100g * 400) / 660.04, 9);
    expect(oats.phyticAcidMmolPerPortion).toBeCloseTo(400 / 660.04, 9);
  });

  it('flags spinach, and only spinach, as oxalate-rich', () => {
    expect(FOODS.filter((f) => f.oxalateRich).map((f) => f.id)).toEqual(['spinach']);
  });

  it('recognises ids and rejects unknown ones', () => {
    expect(isFoodId('almonds')).toBe(true);
    expect(isFoodId('pizza')).toBe(false);
    expect(() => getFood('pizza' as FoodId)).toThrow(/Unknown food/);
  });
});
