/**
 * Pure helpers for the food picker, the ranking and the menu rows: the value of a food on the
 * chosen basis (per 100 g or per usual portion), the picker's groups, the ranking with the rank on
 * the other basis, portion counts and steps, and which known water a mg/L value stands for.
 */
import {
  FOOD_GROUPS,
  FOODS,
  WATERS,
  foodsInGroup,
  isWaterId,
  mgPerPortion,
  rankFoodsByMg,
  type Food,
  type FoodGroup,
  type MgBasis,
  type WaterId,
} from '../../nutrition/index.ts';

export const BASES: readonly MgBasis[] = ['perPortion', 'per100g'];

export const otherBasis = (basis: MgBasis): MgBasis => (basis === 'per100g' ? 'perPortion' : 'per100g');

/** Mg of a food on a basis: mg per 100 g (100 mL for drinks) or mg in one usual portion. */
export const mgOnBasis = (food: Food, basis: MgBasis): number =>
  basis === 'per100g' ? food.mgPer100g : mgPerPortion(food);

/** The name without its qualifier, for chart labels: 'Pompoenpitten, geroosterd' → 'Pompoenpitten'. */
export function shortName(name: string): string {
  const cut = name.search(/,| \(/);
  return (cut > 0 ? name.slice(0, cut) : name).trim();
}

export interface FoodGroupOptions {
  group: FoodGroup;
  /** Richest first on the chosen basis. */
  foods: Food[];
}

/** The picker's option groups in the table's order, each sorted by Mg on the basis. */
export const groupedFoods = (basis: MgBasis): FoodGroupOptions[] =>
  FOOD_GROUPS.map((group) => ({ group, foods: rankFoodsByMg(basis, foodsInGroup(group)) })).filter(
    (g) => g.foods.length > 0,
  );

export interface RankingRow {
  food: Food;
  /** 1 = most Mg on the chosen basis. */
  rank: number;
  mg: number;
  /** Rank of the same food on the other basis: shows the jump. */
  otherRank: number;
}

/** The `limit` richest foods on a basis, with their rank on the other basis. */
export function ranking(basis: MgBasis, limit: number, foods: readonly Food[] = FOODS): RankingRow[] {
  const ranked = rankFoodsByMg(basis, foods);
  const other = rankFoodsByMg(otherBasis(basis), foods).map((f) => f.id);
  return ranked.slice(0, Math.max(0, limit)).map((food, i) => ({
    food,
    rank: i + 1,
    mg: mgOnBasis(food, basis),
    otherRank: other.indexOf(food.id) + 1,
  }));
}

/** How many usual portions an amount is (0 for an empty or negative amount). */
export function portionCount(grams: number, portionGrams: number): number {
  if (!Number.isFinite(grams) || grams <= 0 || !(portionGrams > 0)) return 0;
  return grams / portionGrams;
}

/**
 * One portion more (delta +1) or less (−1), never below 0. A half-typed amount counts as 0, and
 * the result is rounded to whole grams.
 */
export function stepPortion(grams: number, portionGrams: number, delta: number): number {
  const start = Number.isFinite(grams) && grams > 0 ? grams : 0;
  return Math.max(0, Math.round(start + delta * portionGrams));
}

/** The known water with exactly this Mg content, or 'custom'. */
export function waterIdFor(mgPerL: number): WaterId | 'custom' {
  const id = WATERS.find((w) => w.mgPerL === mgPerL)?.id;
  return id !== undefined && isWaterId(id) ? id : 'custom';
}
