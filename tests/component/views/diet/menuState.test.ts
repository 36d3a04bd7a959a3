import { describe, expect, it } from 'vitest';
import { dayTotals, getReadyMenu, menuToModelInputs } from '../../../../src/nutrition/index.ts';
import { MenuState, shown } from '../../../../src/views/diet/menuState.svelte.ts';

describe('MenuState', () => {
  it('starts from the typical Belgian day and sums like the nutrition helpers', () => {
    const m = new MenuState();
    const ready = getReadyMenu('typical-belgian');
    expect(m.readyMenuId).toBe('typical-belgian');
    expect(m.rows.map((r) => [r.foodId, r.grams])).toEqual(ready.items.map((i) => [i.foodId, i.grams]));
    expect(m.totals).toEqual(dayTotals(ready));
    expect(m.modelInputs).toEqual(menuToModelInputs(ready));
    expect(m.water.waterId).toBe('tap');
  });

  it('loads another ready menu with fresh row keys', () => {
    const m = new MenuState();
    const keys = new Set(m.rows.map((r) => r.key));
    m.load('mg-rich');
    expect(m.readyMenuId).toBe('mg-rich');
    expect(m.totals.totalMgPerDay).toBeCloseTo(dayTotals(getReadyMenu('mg-rich')).totalMgPerDay, 9);
    expect(m.rows.some((r) => keys.has(r.key))).toBe(false);
    expect(m.oxalateFoods).toEqual(['spinach']);
  });

  it('adds a usual portion, or one more portion of a food already on the menu', () => {
    const m = new MenuState('fast-food');
    const before = m.totals.foodMgPerDay;
    expect(m.addFood('pumpkin-seeds').added).toBe(true);
    expect(m.totals.foodMgPerDay).toBeCloseTo(before + 137.5, 9);
    const again = m.addFood('pumpkin-seeds');
    expect(again.added).toBe(false);
    expect(again.row.grams).toBe(50);
    expect(m.rows.filter((r) => r.foodId === 'pumpkin-seeds')).toHaveLength(1);
  });

  it('changes, steps and removes rows; an empty field counts as nothing', () => {
    const m = new MenuState('fast-food');
    const row = m.rows.find((r) => r.foodId === 'white-bread')!;
    m.setGrams(row.key, null);
    expect(shown(m.rows.find((r) => r.key === row.key)!.grams)).toBeNull();
    const withoutBread = m.totals.foodMgPerDay;
    m.stepPortions(row.key, 1);
    expect(m.rows.find((r) => r.key === row.key)!.grams).toBe(30);
    expect(m.totals.foodMgPerDay).toBeCloseTo(withoutBread + 7.5, 9);
    m.remove(row.key);
    expect(m.rows.find((r) => r.key === row.key)).toBeUndefined();
    expect(m.totals.foodMgPerDay).toBeCloseTo(withoutBread, 9);
  });

  it('turns water and a supplement label into elemental Mg', () => {
    const m = new MenuState('fast-food');
    m.chooseWater('gerolsteiner');
    expect(m.water).toEqual({ waterId: 'gerolsteiner', mgPerL: 108, litres: 1 });
    m.setWaterLitres(1.5);
    expect(m.totals.waterMgPerDay).toBeCloseTo(162, 9);
    m.setWaterMgPerL(31);
    expect(m.water.waterId).toBe('custom');
    m.setCompound('citrate');
    m.setCompoundMass(500);
    m.setDoses(2);
    expect(m.totals.supplementMgPerDay).toBeGreaterThan(2 * 78);
    expect(m.totals.supplementMgPerDay).toBeLessThan(2 * 84);
    expect(m.modelInputs.supplementDosesPerDay).toBe(2);
  });

  it('fills in a litre when a known water is chosen and nothing is drunk yet', () => {
    const m = new MenuState();
    m.setWaterLitres(0);
    m.chooseWater('hepar');
    expect(m.water.litres).toBe(1);
    m.setWaterLitres(2);
    m.chooseWater('custom');
    expect(m.water).toEqual({ waterId: 'custom', mgPerL: 110, litres: 2 });
  });
});
