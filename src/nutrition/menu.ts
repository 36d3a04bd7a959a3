/**
 * A day's menu and the sums the diet builder shows: Mg per item, per food, from water and from a
 * supplement, phytic acid per meal, and the model inputs the menu stands for.
 * Amounts that are negative or not finite (a half-typed field) count as 0, so sums never go negative.
 */
import type { ModelInputs } from '../model/inputs.ts';
import { elementalMgMg, supplementFormOf, type CompoundId } from './compounds.ts';
import { FOODS, getFood, type Food, type FoodId } from './foods.ts';
import { MEALS_PER_DAY, phyticAcidMmolInAmount } from './phytate.ts';

export interface MenuItem {
  foodId: FoodId;
  /** Amount eaten, g (mL for drinks). */
  grams: number;
}

export interface MenuWater {
  mgPerL: number;
  litres: number;
}

export interface MenuSupplement {
  compoundId: CompoundId;
  /** Compound mass per dose as on the label, mg (for 'elemental' it is the Mg itself). */
  compoundMassMg: number;
  dosesPerDay: number;
}

export interface Menu {
  items: readonly MenuItem[];
  water: MenuWater;
  supplement: MenuSupplement;
}

export const NO_WATER: Readonly<MenuWater> = Object.freeze({ mgPerL: 0, litres: 0 });
export const NO_SUPPLEMENT: Readonly<MenuSupplement> = Object.freeze({
  compoundId: 'elemental',
  compoundMassMg: 0,
  dosesPerDay: 1,
});

const amount = (x: number): number => (Number.isFinite(x) && x > 0 ? x : 0);

/** Mg in an amount of one food: mg/100 g × grams / 100. */
export const mgForAmount = (food: Food, grams: number): number => (food.mgPer100g * amount(grams)) / 100;

export const mgForItem = (item: MenuItem): number => mgForAmount(getFood(item.foodId), item.grams);

export interface FoodContribution {
  foodId: FoodId;
  grams: number;
  mgPerDay: number;
  /** Share of the food total, 0–1 (0 when the food total is 0). */
  share: number;
}

/** Mg per food, the same food listed twice counted together, largest first. */
export function foodContributions(items: readonly MenuItem[]): FoodContribution[] {
  const byFood = new Map<FoodId, { grams: number; mgPerDay: number }>();
  for (const item of items) {
    const prev = byFood.get(item.foodId) ?? { grams: 0, mgPerDay: 0 };
    byFood.set(item.foodId, {
      grams: prev.grams + amount(item.grams),
      mgPerDay: prev.mgPerDay + mgForItem(item),
    });
  }
  const total = [...byFood.values()].reduce((s, c) => s + c.mgPerDay, 0);
  return [...byFood.entries()]
    .map(([foodId, c]) => ({ foodId, ...c, share: total > 0 ? c.mgPerDay / total : 0 }))
    .sort((a, b) => b.mgPerDay - a.mgPerDay);
}

export const foodMgPerDay = (items: readonly MenuItem[]): number =>
  items.reduce((sum, item) => sum + mgForItem(item), 0);

export const waterMgPerDay = (water: MenuWater): number => amount(water.mgPerL) * amount(water.litres);

/** Elemental Mg from the supplement, mg/day (per-dose mass × doses). */
export const supplementMgPerDay = (s: MenuSupplement): number =>
  elementalMgMg(s.compoundId, s.compoundMassMg) * amount(s.dosesPerDay);

export interface DayTotals {
  foodMgPerDay: number;
  waterMgPerDay: number;
  supplementMgPerDay: number;
  totalMgPerDay: number;
}

export function dayTotals(menu: Menu): DayTotals {
  const food = foodMgPerDay(menu.items);
  const water = waterMgPerDay(menu.water);
  const supplement = supplementMgPerDay(menu.supplement);
  return {
    foodMgPerDay: food,
    waterMgPerDay: water,
    supplementMgPerDay: supplement,
    totalMgPerDay: food + water + supplement,
  };
}

export const dayTotalMgPerDay = (menu: Menu): number => dayTotals(menu).totalMgPerDay;

/** Phytic acid of the whole day, mmol. */
export const phyticAcidMmolPerDay = (items: readonly MenuItem[]): number =>
  items.reduce(
    (sum, item) => sum + phyticAcidMmolInAmount(getFood(item.foodId).phyticAcidGPer100g, amount(item.grams)),
    0,
  );

/** Phytic acid per meal, mmol: the day's amount spread over three meals (the model's input). */
export const phyticAcidMmolPerMeal = (items: readonly MenuItem[]): number =>
  phyticAcidMmolPerDay(items) / MEALS_PER_DAY;

/** Oxalate-rich foods eaten (amount > 0), e.g. spinach: its Mg is absorbed less well. */
export const oxalateRichFoods = (items: readonly MenuItem[]): FoodId[] => [
  ...new Set(items.filter((i) => amount(i.grams) > 0 && getFood(i.foodId).oxalateRich).map((i) => i.foodId)),
];

export const hasOxalateRichFoods = (items: readonly MenuItem[]): boolean =>
  oxalateRichFoods(items).length > 0;

export type MenuModelInputs = Pick<
  ModelInputs,
  | 'intakeMgPerDay'
  | 'waterMgPerL'
  | 'waterLPerDay'
  | 'supplementMgPerDay'
  | 'supplementDosesPerDay'
  | 'supplementForm'
  | 'phytateMmolPerMeal'
>;

/** The model inputs a menu stands for. Food Mg only in intakeMgPerDay; water and supplement apart. */
export function menuToModelInputs(menu: Menu): MenuModelInputs {
  const supplement = supplementMgPerDay(menu.supplement);
  return {
    intakeMgPerDay: foodMgPerDay(menu.items),
    waterMgPerL: amount(menu.water.mgPerL),
    waterLPerDay: amount(menu.water.litres),
    supplementMgPerDay: supplement,
    // The model needs at least one dose; with no supplement the count does not matter.
    supplementDosesPerDay: supplement > 0 ? Math.max(1, Math.round(menu.supplement.dosesPerDay)) : 1,
    supplementForm: supplementFormOf(menu.supplement.compoundId),
    phytateMmolPerMeal: phyticAcidMmolPerMeal(menu.items),
  };
}

// Per 100 g versus per portion: pumpkin seeds win per portion too, while bread is low per 100 g
// but eaten several times a day.

/** Mg in one typical portion of a food, mg. */
export const mgPerPortion = (food: Food): number => mgForAmount(food, food.portionGrams);

/** Mg a day from a number of portions, mg/day. */
export const mgPerDayFromPortions = (food: Food, portionsPerDay: number): number =>
  mgPerPortion(food) * amount(portionsPerDay);

export type MgBasis = 'per100g' | 'perPortion';

/** Foods ranked by Mg, largest first, on the chosen basis. */
export function rankFoodsByMg(basis: MgBasis, foods: readonly Food[] = FOODS): Food[] {
  const value = (f: Food) => (basis === 'per100g' ? f.mgPer100g : mgPerPortion(f));
  return [...foods].sort((a, b) => value(b) - value(a));
}

/** Rank (1 = most Mg) of a food on the chosen basis. */
export const foodRankByMg = (foodId: FoodId, basis: MgBasis, foods: readonly Food[] = FOODS): number =>
  rankFoodsByMg(basis, foods).findIndex((f) => f.id === foodId) + 1;
