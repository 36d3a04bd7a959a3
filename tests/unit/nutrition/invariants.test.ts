import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COMPOUNDS,
  FOODS,
  dayTotals,
  foodMgPerDay,
  phyticAcidMmolPerMeal,
  type CompoundId,
  type FoodId,
  type Menu,
  type MenuItem,
} from '../../../src/nutrition/index.ts';

const foodId = fc.constantFrom(...FOODS.map((f) => f.id as FoodId));
const compoundId = fc.constantFrom(...COMPOUNDS.map((c) => c.id as CompoundId));
const sane = fc.double({ min: 0, max: 5000, noNaN: true });
// What a half-typed field can hold: negatives, NaN and infinities as well as ordinary amounts.
const anyAmount = fc.oneof(
  fc.double({ min: -1e4, max: 1e5, noNaN: true }),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0),
);

const items = (amount: fc.Arbitrary<number>) =>
  fc.array(fc.record({ foodId, grams: amount }), { maxLength: 30 }) as fc.Arbitrary<MenuItem[]>;

const menu = (amount: fc.Arbitrary<number>): fc.Arbitrary<Menu> =>
  fc.record({
    items: items(amount),
    water: fc.record({ mgPerL: amount, litres: amount }),
    supplement: fc.record({ compoundId, compoundMassMg: amount, dosesPerDay: amount }),
  });

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

describe('menu totals: invariants', () => {
  it('are non-negative and finite, whatever is typed', () => {
    fc.assert(
      fc.property(menu(anyAmount), (m) => {
        const t = dayTotals(m);
        for (const v of [t.foodMgPerDay, t.waterMgPerDay, t.supplementMgPerDay, t.totalMgPerDay]) {
          expect(Number.isFinite(v)).toBe(true);
          expect(v).toBeGreaterThanOrEqual(0);
        }
        const pa = phyticAcidMmolPerMeal(m.items);
        expect(Number.isFinite(pa) && pa >= 0).toBe(true);
      }),
    );
  });

  it('are additive: two lists together give the sum of their totals', () => {
    fc.assert(
      fc.property(items(sane), items(sane), (a, b) => {
        expect(close(foodMgPerDay([...a, ...b]), foodMgPerDay(a) + foodMgPerDay(b))).toBe(true);
        expect(
          close(phyticAcidMmolPerMeal([...a, ...b]), phyticAcidMmolPerMeal(a) + phyticAcidMmolPerMeal(b)),
        ).toBe(true);
      }),
    );
  });

  it('the day total is food + water + supplement', () => {
    fc.assert(
      fc.property(menu(sane), (m) => {
        const t = dayTotals(m);
        expect(close(t.totalMgPerDay, t.foodMgPerDay + t.waterMgPerDay + t.supplementMgPerDay)).toBe(true);
      }),
    );
  });

  it('scale with the amount eaten', () => {
    fc.assert(
      fc.property(items(sane), fc.double({ min: 0, max: 10, noNaN: true }), (list, k) => {
        const scaled = list.map((i) => ({ ...i, grams: i.grams * k }));
        expect(close(foodMgPerDay(scaled), k * foodMgPerDay(list))).toBe(true);
      }),
    );
  });
});
