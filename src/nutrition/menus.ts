/**
 * Ready-made days for the diet builder. Only amounts are stored here: every Mg and phytic acid
 * figure comes from the food table, so the totals can be recomputed (and are, in the tests).
 * Intended ranges: European adult means are 232–439 mg/day (EFSA 2015 via the seed article).
 */
import type { FoodId } from './foods.ts';
import { NO_SUPPLEMENT, type Menu, type MenuItem } from './menu.ts';
import type { LocalizedText } from './types.ts';
import { getWater } from './waters.ts';

export interface ReadyMenu extends Menu {
  id: string;
  name: LocalizedText;
  description: LocalizedText;
}

const items = (...pairs: [FoodId, number][]): MenuItem[] =>
  pairs.map(([foodId, grams]) => ({ foodId, grams }));
const tap = (litres: number) => ({ mgPerL: getWater('tap').mgPerL, litres });

/** A typical Belgian day, around the European mean (about 300–350 mg). */
const typicalBelgian: ReadyMenu = {
  id: 'typical-belgian',
  name: { nl: 'Gewone Belgische dag', en: 'Typical Belgian day' },
  description: {
    nl: 'Boterhammen met choco en kaas, koffie met melk, een appel, groentesoep, aardappelen met kip, broccoli en sla, en een yoghurt.',
    en: 'Sandwiches with chocolate spread and cheese, coffee with milk, an apple, vegetable soup, potatoes with chicken, broccoli and lettuce, and a yoghurt.',
  },
  // prettier-ignore
  items: items(
    ['wholemeal-bread', 105], ['white-bread', 60], ['chocolate-spread', 20], ['gouda', 30], ['whole-milk', 250],
    ['coffee', 300], ['apple', 150], ['vegetable-soup', 250], ['boiled-potatoes', 200], ['chicken', 125],
    ['broccoli', 150], ['lettuce', 50], ['yoghurt', 150],
  ),
  water: tap(1),
  supplement: NO_SUPPLEMENT,
};

/** White bread, frieten and a burger, few vegetables: a low-Mg fast-food day (about 150–200 mg). */
const fastFood: ReadyMenu = {
  id: 'fast-food',
  name: { nl: 'Fastfooddag', en: 'Fast-food day' },
  description: {
    nl: 'Witte boterhammen met kaas, frieten met een burger, koffie en melk: weinig volkoren, noten of groenten.',
    en: 'White bread with cheese, chips with a burger, coffee and milk: little whole grain, few nuts or vegetables.',
  },
  // prettier-ignore
  items: items(
    ['white-bread', 180], ['gouda', 30], ['fries', 200], ['minced-beef', 100], ['coffee', 300], ['whole-milk', 250],
  ),
  water: tap(1),
  supplement: NO_SUPPLEMENT,
};

/** Nuts, seeds, whole grain and green vegetables: a Mg-rich day (over 500 mg). */
const mgRich: ReadyMenu = {
  id: 'mg-rich',
  name: { nl: 'Magnesiumrijke dag', en: 'Magnesium-rich day' },
  description: {
    nl: 'Havermout, pompoenpitten en amandelen, volkorenbrood, zilvervliesrijst en spinazie.',
    en: 'Porridge, pumpkin seeds and almonds, wholemeal bread, brown rice and spinach.',
  },
  // prettier-ignore
  items: items(
    ['oats', 40], ['whole-milk', 250], ['banana', 120], ['pumpkin-seeds', 25], ['almonds', 25],
    ['wholemeal-bread', 70], ['spinach', 150], ['brown-rice', 150],
  ),
  water: tap(1.5),
  supplement: NO_SUPPLEMENT,
};

/** A vegan day: legumes, whole grain, nuts, fruit (about 400–550 mg, but rich in phytic acid). */
const vegan: ReadyMenu = {
  id: 'vegan',
  name: { nl: 'Veganistische dag', en: 'Vegan day' },
  description: {
    nl: 'Havervlokken met frambozen, volkorenbrood, tofu, linzen, quinoa, broccoli en walnoten.',
    en: 'Oats with raspberries, wholemeal bread, tofu, lentils, quinoa, broccoli and walnuts.',
  },
  // prettier-ignore
  items: items(
    ['oats', 40], ['raspberries', 125], ['wholemeal-bread', 105], ['tofu', 100], ['lentils', 150],
    ['quinoa', 150], ['broccoli', 150], ['banana', 120], ['walnuts', 25], ['coffee', 300],
  ),
  water: tap(1.5),
  supplement: NO_SUPPLEMENT,
};

export const READY_MENUS: readonly ReadyMenu[] = Object.freeze([typicalBelgian, fastFood, mgRich, vegan]);

export type ReadyMenuId = 'typical-belgian' | 'fast-food' | 'mg-rich' | 'vegan';

/** The ready-made menu with this id; throws on an unknown id. */
export function getReadyMenu(id: ReadyMenuId): ReadyMenu {
  const found = READY_MENUS.find((m) => m.id === id);
  if (!found) throw new Error(`Unknown menu id: ${String(id)}`);
  return found;
}
