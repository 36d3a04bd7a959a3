/**
 * The food table of the diet builder: Mg per 100 g from the USDA National Nutrient Database for
 * Standard Reference (SR legacy; the NDB number, or for two foods the FoodData Central id, lets
 * anyone check a value), typical European portions (model spec §8) and what a Belgian student
 * eats (meat, chicken, an egg, potatoes, frieten, soup, salad, an apple, chocolate spread), and
 * phytic acid for whole grains, legumes, nuts and seeds.
 * One food = one row of FOOD_ROWS. Drinks are measured in mL and counted as 1 mL ≈ 1 g.
 */
import { phyticAcidMmolInAmount } from './phytate.ts';
import { SOURCES, type SourceId } from './sources.ts';
import type { LocalizedText } from './types.ts';

export const FOOD_GROUPS = [
  'nuts-seeds',
  'grains',
  'legumes',
  'vegetables',
  'fruit',
  'fish-seafood',
  'meat-eggs',
  'dairy',
  'drinks',
] as const;
export type FoodGroup = (typeof FOOD_GROUPS)[number];
export type PortionUnit = 'g' | 'mL';

/** How a portion is described; the label adds the amount, e.g. 'een handje (25 g)'. */
const PORTION_KINDS = {
  handful: { nl: 'een handje', en: 'a handful' },
  piece: { nl: 'een stukje', en: 'a piece' },
  tablespoon: { nl: 'een eetlepel', en: 'a tablespoon' },
  slice: { nl: 'een boterham', en: 'a slice of bread' },
  bowl: { nl: 'een kom', en: 'a bowl' },
  serving: { nl: 'een portie', en: 'a serving' },
  plate: { nl: 'een bord', en: 'a plate' },
  fruitPiece: { nl: 'één stuk', en: 'one piece' },
  halfAvocado: { nl: 'een halve avocado', en: 'half an avocado' },
  punnet: { nl: 'een bakje', en: 'a punnet' },
  fishPiece: { nl: 'een stuk vis', en: 'a fillet' },
  glass: { nl: 'een glas', en: 'a glass' },
  pot: { nl: 'een potje', en: 'a pot' },
  cheeseSlices: { nl: 'twee sneetjes', en: 'two slices' },
  cup: { nl: 'een tas', en: 'a cup' },
  smallCup: { nl: 'een kopje', en: 'a small cup' },
  egg: { nl: 'één ei', en: 'one egg' },
  spread: { nl: 'een laagje op een boterham', en: 'a spread on one slice' },
  side: { nl: 'een slaatje', en: 'a side salad' },
} as const satisfies Record<string, LocalizedText>;
type PortionKind = keyof typeof PORTION_KINDS;

/** id, NDB (or 'fdc:ID' for a FoodData Central SR legacy id, '' for an estimate), group, name nl, name en, Mg mg/100 g, portion, unit, portion kind, phytic acid g/100 g, its source, oxalate-rich. */
// prettier-ignore
type FoodRow = readonly [
  string, string, FoodGroup, string, string, number, number, PortionUnit, PortionKind, number, SourceId, boolean,
];

// Phytic acid is g per 100 g as eaten; 0 = not a relevant source. Estimates (grade E) for cooked foods are
// dry-weight phytate × dry-matter share (1 − water share, USDA SR, rounded):
//   brown rice 0.9 g/100 g × 0.30 = 0.27; quinoa 1.0 × 0.30 = 0.30; lentils 6 mg/g (2–10) × 0.30 = 0.18;
//   black beans 12.5 mg/g (8–17) × 0.34 = 0.43; kidney beans 10.5 (8–13) × 0.33 = 0.35;
//   chickpeas 8 (3–13) × 0.40 = 0.32; tofu 13.5 (9–18) × 0.30 = 0.41; dark chocolate 1.7 × 228/499 = 0.78;
//   chocolate spread: 13% hazelnuts × 1.0 + 7.4% cocoa × 1.7 (label shares) = 0.13 + 0.13 = 0.26.
// Vegetable soup (grade E): a Flemish recipe per kg, 150 g leek (28 mg/100 g), 150 g carrot (12),
//   75 g celery (11), 75 g onion (10), 150 g potato (23), water: 110 mg/kg = 11 mg/100 g.
// prettier-ignore
const FOOD_ROWS = [
  ['pumpkin-seeds',   '12016', 'nuts-seeds',   'Pompoenpitten, geroosterd',               'Pumpkin seed kernels, roasted', 550,  25, 'g',  'handful',      2.0,  'assumed',          false],
  ['almonds',         '12063', 'nuts-seeds',   'Amandelen, droog geroosterd',             'Almonds, dry-roasted',          279,  25, 'g',  'handful',      1.28, 'harland1987',      false],
  ['cashews',         '12085', 'nuts-seeds',   'Cashewnoten, droog geroosterd',           'Cashews, dry-roasted',          260,  25, 'g',  'handful',      1.87, 'harland1987',      false],
  ['hazelnuts',       '12120', 'nuts-seeds',   'Hazelnoten',                              'Hazelnuts',                     163,  25, 'g',  'handful',      1.0,  'hazelnutChoice',   false],
  ['walnuts',         '12155', 'nuts-seeds',   'Walnoten (okkernoten)',                   'Walnuts',                       158,  25, 'g',  'handful',      0.76, 'harland1987',      false],
  ['peanuts',         '16390', 'nuts-seeds',   "Pinda's (apennootjes), droog geroosterd", 'Peanuts, dry-roasted',          176,  25, 'g',  'handful',      0.93, 'harland1987',      false],
  ['dark-chocolate',  '19904', 'nuts-seeds',   'Fondantchocolade (70–85% cacao)',         'Dark chocolate (70–85% cocoa)', 228,  20, 'g',  'piece',        0.78, 'cocoaScaled',      false],
  ['cocoa-powder',    '19165', 'nuts-seeds',   'Cacaopoeder, ongezoet',                   'Cocoa powder, unsweetened',     499,   5, 'g',  'tablespoon',   1.7,  'harland1987',      false],
  ['wholemeal-bread', '18075', 'grains',       'Volkorenbrood',                           'Wholemeal bread',                75,  35, 'g',  'slice',        0.4,  'schlemmer2009',    false],
  ['white-bread',     '18069', 'grains',       'Wit brood',                               'White bread',                    25,  30, 'g',  'slice',        0,    'none',             false],
  ['oats',            '08120', 'grains',       'Havervlokken (droog)',                    'Rolled oats (dry)',             138,  40, 'g',  'bowl',         1.0,  'schlemmer2009',    false],
  ['brown-rice',      '20037', 'grains',       'Zilvervliesrijst, gekookt',               'Brown rice, cooked',             43, 150, 'g',  'serving',      0.27, 'grainsDryWeight',  false],
  ['white-rice',      '20045', 'grains',       'Witte rijst, gekookt',                    'White rice, cooked',             12, 150, 'g',  'serving',      0,    'none',             false],
  ['spaghetti',       '20121', 'grains',       'Spaghetti, gekookt',                      'Spaghetti, cooked',              18, 180, 'g',  'plate',        0,    'none',             false],
  ['quinoa',          '20137', 'grains',       'Quinoa, gekookt',                         'Quinoa, cooked',                 64, 150, 'g',  'serving',      0.3,  'grainsDryWeight',  false],
  ['lentils',         '16070', 'legumes',      'Linzen, gekookt',                         'Lentils, boiled',                36, 150, 'g',  'serving',      0.18, 'legumesDryWeight', false],
  ['black-beans',     '16015', 'legumes',      'Zwarte bonen, gekookt',                   'Black beans, boiled',            70, 150, 'g',  'serving',      0.43, 'legumesDryWeight', false],
  ['kidney-beans',    '16033', 'legumes',      'Rode kidneybonen, gekookt',               'Kidney beans, boiled',           45, 150, 'g',  'serving',      0.35, 'legumesDryWeight', false],
  ['chickpeas',       '16057', 'legumes',      'Kikkererwten, gekookt',                   'Chickpeas, boiled',              48, 150, 'g',  'serving',      0.32, 'legumesDryWeight', false],
  ['tofu',            '16426', 'legumes',      'Tofu, stevig',                            'Tofu, firm',                     58, 100, 'g',  'serving',      0.41, 'legumesDryWeight', false],
  ['spinach',         '11458', 'vegetables',   'Spinazie, gekookt',                       'Spinach, boiled',                87, 150, 'g',  'serving',      0,    'none',             true],
  ['broccoli',        '11091', 'vegetables',   'Broccoli, gekookt',                       'Broccoli, boiled',               21, 150, 'g',  'serving',      0,    'none',             false],
  ['potato',          '11674', 'vegetables',   'Aardappel in de schil, uit de oven',      'Potato, baked with skin',        28, 200, 'g',  'serving',      0,    'none',             false],
  ['banana',          '09040', 'fruit',        'Banaan',                                  'Banana',                         27, 120, 'g',  'fruitPiece',   0,    'none',             false],
  ['avocado',         '09037', 'fruit',        'Avocado',                                 'Avocado',                        29,  75, 'g',  'halfAvocado',  0,    'none',             false],
  ['raspberries',     '09302', 'fruit',        'Frambozen',                               'Raspberries',                    22, 125, 'g',  'punnet',       0,    'none',             false],
  ['salmon',          '15237', 'fish-seafood', 'Zalm, gebakken',                          'Salmon, cooked',                 30, 125, 'g',  'fishPiece',    0,    'none',             false],
  ['mussels',         '15165', 'fish-seafood', 'Mosselen, gekookt (zonder schelp)',       'Mussels, cooked (shelled)',      37, 150, 'g',  'serving',      0,    'none',             false],
  ['shrimp',          '15151', 'fish-seafood', 'Garnalen, gekookt',                       'Shrimp, cooked',                 37, 100, 'g',  'serving',      0,    'none',             false],
  ['whole-milk',      '01077', 'dairy',        'Volle melk',                              'Whole milk',                     10, 250, 'mL', 'glass',        0,    'none',             false],
  ['yoghurt',         '01117', 'dairy',        'Yoghurt, natuur',                         'Plain yoghurt',                  17, 150, 'g',  'pot',          0,    'none',             false],
  ['gouda',           '01022', 'dairy',        'Goudse kaas',                             'Gouda cheese',                   29,  30, 'g',  'cheeseSlices', 0,    'none',             false],
  ['coffee',          '14209', 'drinks',       'Koffie, gezet',                           'Coffee, brewed',                  3, 150, 'mL', 'cup',          0,    'none',             false],
  ['espresso',        '14210', 'drinks',       'Espresso',                                'Espresso',                       80,  30, 'mL', 'smallCup',     0,    'none',             false],
  // What a Belgian student eats besides (Mg sources: MG_SOURCES below).
  ['chocolate-spread', 'fdc:168000', 'nuts-seeds', 'Choco met hazelnoten',                  'Chocolate hazelnut spread',      64,  20, 'g',  'spread',       0.26, 'spreadFromNutsAndCocoa', false],
  ['boiled-potatoes', '11367', 'vegetables',   'Aardappelen, gekookt (geschild)',         'Potatoes, boiled (peeled)',      20, 200, 'g',  'serving',      0,    'none',             false],
  ['fries',           'fdc:170698', 'vegetables', 'Frieten',                              'Chips (French fries)',           35, 200, 'g',  'serving',      0,    'none',             false],
  ['lettuce',         '11250', 'vegetables',   'Kropsla, rauw',                           'Butterhead lettuce, raw',        13,  50, 'g',  'side',         0,    'none',             false],
  ['vegetable-soup',  '',      'vegetables',   'Groentesoep (prei, wortel, selder, aardappel)', 'Vegetable soup (leek, carrot, celery, potato)', 11, 250, 'mL', 'bowl', 0, 'none', false],
  ['apple',           '09003', 'fruit',        'Appel',                                   'Apple',                           5, 150, 'g',  'fruitPiece',   0,    'none',             false],
  ['chicken',         '05064', 'meat-eggs',    'Kipfilet, gebraden',                      'Chicken breast, roasted',        29, 125, 'g',  'serving',      0,    'none',             false],
  ['minced-beef',     '23569', 'meat-eggs',    'Rundergehakt, gebakken (burger)',         'Minced beef, pan-fried (burger)',       22, 100, 'g',  'serving',      0,    'none',             false],
  ['pork-chop',       '10163', 'meat-eggs',    'Varkenskotelet zonder been, gebakken',    'Pork chop, boneless, pan-fried', 27, 125, 'g',  'serving',      0,    'none',             false],
  ['egg',             '01129', 'meat-eggs',    'Ei, hardgekookt',                         'Egg, hard-boiled',               10,  50, 'g',  'egg',          0,    'none',             false],
] as const satisfies readonly FoodRow[];

export type FoodId = (typeof FOOD_ROWS)[number][0];

export interface Food {
  id: FoodId;
  /** USDA NDB number (SR legacy), kept as text for its leading zero; '' when the food has none. */
  ndb: string;
  /** FoodData Central id of the SR legacy record, for foods cited by that id instead of an NDB number. */
  fdcId?: string;
  /** Where the Mg value comes from, with its grade. */
  mgSource: SourceId;
  group: FoodGroup;
  name: LocalizedText;
  mgPer100g: number;
  /** Typical portion in g (mL for drinks). */
  portionGrams: number;
  portionUnit: PortionUnit;
  portionLabel: LocalizedText;
  phyticAcidGPer100g: number;
  phyticAcidMmolPerPortion: number;
  phyticAcidSource: SourceId;
  /** Oxalate binds Mg in the gut and lowers its absorption (spinach). */
  oxalateRich: boolean;
}

/**
 * Mg values not taken first-hand from the USDA release (every other food: SOURCES.usdaSr). The
 * foods added for a Belgian student's day were read from copies of SR legacy (S2), the soup is
 * our estimate from a recipe (E).
 */
const MG_SOURCES: Partial<Record<FoodId, SourceId>> = {
  'chocolate-spread': 'usdaSrSecondHand',
  'boiled-potatoes': 'usdaSrSecondHand',
  fries: 'usdaSrSecondHand',
  lettuce: 'usdaSrSecondHand',
  'vegetable-soup': 'soupRecipe',
  apple: 'usdaSrSecondHand',
  chicken: 'usdaSrSecondHand',
  'minced-beef': 'usdaSrSecondHand',
  'pork-chop': 'usdaSrSecondHand',
  egg: 'usdaSrSecondHand',
};

const FDC_PREFIX = 'fdc:';

const toFood = ([id, ref, group, nl, en, mg, portion, unit, kind, pa, paSource, oxalate]: FoodRow): Food => ({
  id: id as FoodId,
  ndb: ref.startsWith(FDC_PREFIX) ? '' : ref,
  ...(ref.startsWith(FDC_PREFIX) ? { fdcId: ref.slice(FDC_PREFIX.length) } : {}),
  mgSource: MG_SOURCES[id as FoodId] ?? 'usdaSr',
  group,
  name: { nl, en },
  mgPer100g: mg,
  portionGrams: portion,
  portionUnit: unit,
  portionLabel: {
    nl: `${PORTION_KINDS[kind].nl} (${portion} ${unit})`,
    en: `${PORTION_KINDS[kind].en} (${portion} ${unit})`,
  },
  phyticAcidGPer100g: pa,
  phyticAcidMmolPerPortion: phyticAcidMmolInAmount(pa, portion),
  phyticAcidSource: paSource,
  oxalateRich: oxalate,
});

export const FOODS: readonly Food[] = Object.freeze(FOOD_ROWS.map(toFood));

/** Where most Mg values come from (per food: Food.mgSource; grades and phytate references: see SOURCES). */
export const FOOD_MG_SOURCE = SOURCES.usdaSr;

const FOODS_BY_ID = new Map<string, Food>(FOODS.map((f) => [f.id, f]));

export const isFoodId = (id: string): id is FoodId => FOODS_BY_ID.has(id);

/** The food with this id; throws on an unknown id (a programming error, or a bad URL: check with isFoodId). */
export function getFood(id: FoodId): Food {
  const food = FOODS_BY_ID.get(id);
  if (!food) throw new Error(`Unknown food id: ${String(id)}`);
  return food;
}

export const foodsInGroup = (group: FoodGroup): Food[] => FOODS.filter((f) => f.group === group);
