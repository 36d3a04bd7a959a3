import { describe, expect, it } from 'vitest';
import {
  READY_MENUS,
  adequateIntakeMgPerDay,
  dayTotalMgPerDay,
  getReadyMenu,
  hasOxalateRichFoods,
  isFoodId,
  menuToModelInputs,
  type ReadyMenuId,
} from '../../../src/nutrition/index.ts';

// Intended day totals (mg/day): European adult means are 232–439 mg/day (EFSA 2015, seed article).
const RANGES: [ReadyMenuId, number, number][] = [
  ['typical-belgian', 300, 350],
  ['fast-food', 150, 200],
  ['mg-rich', 500, 700],
  ['vegan', 400, 550],
];

describe('ready-made menus', () => {
  it.each(RANGES)('%s totals %s–%s mg/day', (id, min, max) => {
    const total = dayTotalMgPerDay(getReadyMenu(id));
    expect(total).toBeGreaterThanOrEqual(min);
    expect(total).toBeLessThanOrEqual(max);
  });

  it('has one entry per range, names in both languages, known foods only', () => {
    expect(READY_MENUS.map((m) => m.id).sort()).toEqual(RANGES.map(([id]) => id).sort());
    for (const m of READY_MENUS) {
      expect(m.name.nl && m.name.en && m.description.nl && m.description.en).toBeTruthy();
      for (const item of m.items) expect(isFoodId(item.foodId)).toBe(true);
    }
  });

  it('the typical day lies within the European mean range; fast food falls short of the AI', () => {
    const typical = dayTotalMgPerDay(getReadyMenu('typical-belgian'));
    expect(typical).toBeGreaterThanOrEqual(232);
    expect(typical).toBeLessThanOrEqual(439);
    expect(dayTotalMgPerDay(getReadyMenu('fast-food'))).toBeLessThan(adequateIntakeMgPerDay('female', 30)!);
    expect(dayTotalMgPerDay(getReadyMenu('mg-rich'))).toBeGreaterThan(adequateIntakeMgPerDay('male', 30)!);
  });

  it('whole-grain and vegan days carry more phytic acid than the fast-food day', () => {
    const pa = (id: ReadyMenuId) => menuToModelInputs(getReadyMenu(id)).phytateMmolPerMeal;
    expect(pa('fast-food')).toBe(0);
    expect(pa('vegan')).toBeGreaterThan(pa('typical-belgian'));
    expect(pa('mg-rich')).toBeGreaterThan(pa('typical-belgian'));
  });

  it('the Mg-rich day contains spinach, flagged as oxalate-rich', () => {
    expect(hasOxalateRichFoods(getReadyMenu('mg-rich').items)).toBe(true);
  });

  it('throws on an unknown menu', () => {
    expect(() => getReadyMenu('keto' as ReadyMenuId)).toThrow(/Unknown menu/);
  });
});
