import { describe, expect, it } from 'vitest';
import { dayTotals, foodContributions, type Menu } from '../../../../src/nutrition/index.ts';
import { sourceRows } from '../../../../src/views/diet/contributions.ts';

const menu = (water: number, supplementMg: number): Menu => ({
  items: [
    { foodId: 'pumpkin-seeds', grams: 25 }, // 137.5 mg
    { foodId: 'wholemeal-bread', grams: 105 }, // 78.75 mg
    { foodId: 'pumpkin-seeds', grams: 25 }, // counted with the first
    { foodId: 'spinach', grams: 0 }, // nothing: left out
  ],
  water: { mgPerL: water, litres: 1 },
  supplement: { compoundId: 'elemental', compoundMassMg: supplementMg, dosesPerDay: 1 },
});

const rows = (m: Menu) => sourceRows(foodContributions(m.items), dayTotals(m));

describe('sources of the day’s Mg', () => {
  it('lists foods (each once), water and supplement, largest first', () => {
    const r = rows(menu(100, 120));
    expect(r.map((s) => (s.kind === 'food' ? s.foodId : s.kind))).toEqual([
      'pumpkin-seeds',
      'supplement',
      'water',
      'wholemeal-bread',
    ]);
    expect(r[0].mgPerDay).toBeCloseTo(275, 9);
  });

  it('leaves out water and supplement when they add nothing', () => {
    expect(rows(menu(0, 0)).map((s) => s.kind)).toEqual(['food', 'food']);
  });

  it('gives shares of the whole day that add up to 1', () => {
    const r = rows(menu(5, 300));
    expect(r.reduce((sum, s) => sum + s.share, 0)).toBeCloseTo(1, 9);
  });

  it('is empty for an empty menu', () => {
    const empty: Menu = { ...menu(0, 0), items: [] };
    expect(rows(empty)).toEqual([]);
  });
});
