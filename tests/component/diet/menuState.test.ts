import { describe, expect, it } from 'vitest';
import { dayTotals, getReadyMenu, menuToModelInputs } from '../../../src/nutrition/index.ts';
import { PHYTATE_LEVELS } from '../../../src/views/controls/choices.ts';
import { DIET_FIELDS, menuInputsAsTyped, totalsOf } from '../../../src/views/diet/menuInputs.ts';
import { MenuState } from '../../../src/views/diet/menuState.svelte.ts';

describe('MenuState', () => {
  it('starts from the typical Belgian day and hands it over as a user would type it', () => {
    const m = new MenuState();
    const ready = getReadyMenu('typical-belgian');
    expect(m.readyMenuId).toBe('typical-belgian');
    expect(m.rows.map((r) => [r.foodId, r.grams])).toEqual(ready.items.map((i) => [i.foodId, i.grams]));
    const exact = menuToModelInputs(ready);
    expect(m.modelInputs).toEqual(menuInputsAsTyped(exact));
    expect(m.modelInputs.intakeMgPerDay).toBe(Math.round(exact.intakeMgPerDay));
    expect(m.modelInputs.phytateMmolPerMeal).toBe(0.24); // 0.238… shown and used as 0.24
    expect(m.totals).toEqual(totalsOf(m.modelInputs));
    expect(Math.abs(m.totals.totalMgPerDay - dayTotals(ready).totalMgPerDay)).toBeLessThanOrEqual(0.5);
    expect(m.water.waterId).toBe('tap');
  });

  it('never hands float noise to the model (issue 10 #6, issue 9 #7)', () => {
    const m = new MenuState();
    m.setCompound('citrate');
    m.setCompoundMass(500); // 80.81677983121743 mg Mg
    m.setGrams(m.rows[0].key, 112); // 84 mg of wholemeal bread
    for (const [name, v] of Object.entries(m.modelInputs)) {
      const decimals = String(v).split('.')[1]?.length ?? 0;
      expect(decimals, name).toBeLessThanOrEqual(
        name === 'phytateMmolPerMeal' || name === 'waterLPerDay' ? 2 : 0,
      );
    }
    expect(m.modelInputs.supplementMgPerDay).toBe(81);
  });

  it('snaps phytic acid to a radio option when the menu holds exactly that, from its one definition', () => {
    const m = new MenuState('fast-food');
    expect(m.modelInputs.phytateMmolPerMeal).toBe(PHYTATE_LEVELS.find((l) => l.id === 'none')!.mmolPerMeal);
  });

  it('loads another ready menu with fresh row keys', () => {
    const m = new MenuState();
    const keys = new Set(m.rows.map((r) => r.key));
    m.load('mg-rich');
    expect(m.readyMenuId).toBe('mg-rich');
    expect(m.totals.totalMgPerDay).toBe(
      totalsOf(menuInputsAsTyped(menuToModelInputs(getReadyMenu('mg-rich')))).totalMgPerDay,
    );
    expect(m.rows.some((r) => keys.has(r.key))).toBe(false);
    expect(m.oxalateFoods).toEqual(['spinach']);
  });

  it('adds a usual portion, or one more portion of a food already on the menu', () => {
    const m = new MenuState('fast-food');
    const before = m.contributions.reduce((s, c) => s + c.mgPerDay, 0);
    expect(m.addFood('pumpkin-seeds').added).toBe(true);
    expect(m.totals.foodMgPerDay).toBe(Math.round(before + 137.5));
    const again = m.addFood('pumpkin-seeds');
    expect(again.added).toBe(false);
    expect(again.row.grams).toBe(50);
    expect(m.rows.filter((r) => r.foodId === 'pumpkin-seeds')).toHaveLength(1);
  });

  it('changes, steps and removes rows, and says which row takes the removed one’s place', () => {
    const m = new MenuState('fast-food');
    const [first, second, third] = m.rows;
    m.setGrams(second.key, 0);
    m.stepPortions(second.key, 1);
    expect(m.rows.find((r) => r.key === second.key)!.grams).toBe(30);
    expect(m.remove(second.key)).toBe(third.key);
    expect(m.rows.find((r) => r.key === second.key)).toBeUndefined();
    const last = m.rows.at(-1)!;
    expect(m.remove(last.key)).toBe(m.rows.at(-1)!.key);
    while (m.rows.length > 1) m.remove(m.rows[0].key);
    expect(m.remove(m.rows[0].key)).toBeUndefined();
    expect(m.remove(first.key)).toBeUndefined();
  });

  it('keeps every amount inside its field, whatever is set (issue 10 #2)', () => {
    const m = new MenuState('fast-food');
    m.setGrams(m.rows[0].key, 1e308);
    m.setWaterMgPerL(1e308);
    m.setWaterLitres(1e308);
    m.setCompoundMass(1e308);
    m.setDoses(1e308);
    expect(m.rows[0].grams).toBe(DIET_FIELDS.amount.max);
    expect(m.water.mgPerL).toBe(DIET_FIELDS.waterMgPerL.max);
    expect(m.water.litres).toBe(DIET_FIELDS.waterLitres.max);
    expect(m.supplement.compoundMassMg).toBe(DIET_FIELDS.compoundMassMg.max);
    expect(m.supplement.dosesPerDay).toBe(DIET_FIELDS.doses.max);
    for (const v of Object.values(m.totals)) expect(Number.isFinite(v)).toBe(true);
    m.setWaterLitres(Number.NaN);
    expect(m.water.litres).toBe(0);
  });

  it('turns water and a supplement label into elemental Mg', () => {
    const m = new MenuState('fast-food');
    m.chooseWater('gerolsteiner');
    expect(m.water).toEqual({ waterId: 'gerolsteiner', mgPerL: 108, litres: 1 });
    m.setWaterLitres(1.5);
    expect(m.totals.waterMgPerDay).toBe(162);
    m.setWaterMgPerL(31);
    expect(m.water.waterId).toBe('custom');
    m.setCompound('citrate');
    m.setCompoundMass(500);
    m.setDoses(2);
    expect(m.totals.supplementMgPerDay).toBe(162); // 2 × 80.8 = 161.6 → 162
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
