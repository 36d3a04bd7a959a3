import { describe, expect, it } from 'vitest';
import {
  EU_CONTAINS_MAGNESIUM_MIN_MG_PER_L,
  WATERS,
  getWater,
  isWaterId,
  mayClaimContainsMagnesium,
  type WaterId,
} from '../../../src/nutrition/index.ts';

// Model spec §8 (mg/L).
const PUBLISHED: [WaterId, number][] = [
  ['donat-mg', 1000],
  ['apollinaris', 126],
  ['gerolsteiner', 108],
  ['hepar', 110],
  ['san-pellegrino', 57],
  ['vittel', 38],
  ['evian', 24],
  ['tap-hard', 30],
];

describe('waters', () => {
  it.each(PUBLISHED)('%s holds %d mg/L', (id, mgPerL) => {
    expect(getWater(id).mgPerL).toBe(mgPerL);
  });

  it('tap water holds a few mg/L', () => {
    expect(getWater('tap').mgPerL).toBeGreaterThan(0);
    expect(getWater('tap').mgPerL).toBeLessThan(10);
  });

  it('EU: "contains magnesium" from 50 mg/L', () => {
    expect(EU_CONTAINS_MAGNESIUM_MIN_MG_PER_L).toBe(50);
    expect(mayClaimContainsMagnesium(50)).toBe(true);
    expect(mayClaimContainsMagnesium(getWater('san-pellegrino').mgPerL)).toBe(true);
    expect(mayClaimContainsMagnesium(getWater('vittel').mgPerL)).toBe(false);
    expect(mayClaimContainsMagnesium(getWater('tap-hard').mgPerL)).toBe(false);
  });

  it('warns that Donat Mg is laxative; every water has names in both languages', () => {
    expect(getWater('donat-mg').note?.en).toMatch(/laxative/);
    for (const w of WATERS) expect(w.name.nl && w.name.en).toBeTruthy();
    expect(new Set(WATERS.map((w) => w.id)).size).toBe(WATERS.length);
    expect(isWaterId('gerolsteiner')).toBe(true);
    expect(isWaterId('lemonade')).toBe(false);
  });
});
