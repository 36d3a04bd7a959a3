/**
 * The references behind every number in src/nutrition, as data, so the UI can list them.
 * Grades as in the model (src/model/parameters.ts): S primary or authoritative report; S2 second-hand
 * or citation not fully checked; E our estimate calculated from S/S2 numbers; A assumption.
 */
import type { Grade } from './types.ts';

export interface Source {
  citation: string;
  grade: Grade;
  note?: string;
}

export const SOURCES = {
  usdaSr: {
    citation:
      'USDA Agricultural Research Service. National Nutrient Database for Standard Reference, Legacy Release (SR legacy, 2018); NDB numbers per food',
    grade: 'S',
  },
  usdaSrSecondHand: {
    citation:
      'USDA SR legacy values read from verbatim copies of the release (FoodData Central SR legacy, 2021), not from the USDA files themselves: NDB or FDC number per food',
    grade: 'S2',
    note: 'Chicken breast NDB 05064, minced beef 23569, pork chop 10163, egg 01129, apple 09003, butterhead lettuce 11250, boiled potatoes 11367; fries FDC 170698; chocolate hazelnut spread FDC 168000',
  },
  soupRecipe: {
    citation:
      'Our estimate for Flemish vegetable soup from a recipe per kg (150 g leek, 150 g carrot, 75 g celery, 75 g onion, 150 g potato, water) with raw-vegetable Mg from USDA SR legacy (read second-hand): 11 mg/100 g',
    grade: 'E',
    note: 'Home-made soups differ; canned US vegetable soups are lower (3–6 mg/100 g)',
  },
  efsa2015: {
    citation:
      'EFSA NDA Panel, 2015. Scientific Opinion on Dietary Reference Values for magnesium. EFSA Journal 13(7):4186',
    grade: 'S',
  },
  hgr2016: {
    citation: 'Hoge Gezondheidsraad. Voedingsaanbevelingen voor België – 2016. Advies nr. 9285',
    grade: 'S2',
    note: 'Follows EFSA 2015 (seed article, KU Leuven 2025); its own age bands were not retrieved',
  },
  scf2001: {
    citation:
      'SCF, 2001. Opinion of the Scientific Committee on Food on the Tolerable Upper Intake Level of magnesium; EFSA 2006, Tolerable upper intake levels for vitamins and minerals',
    grade: 'S',
    note: 'UL 250 mg/day for supplemental Mg (adults and children ≥ 4 y); none for 1–3 y (seed article)',
  },
  iom1997: {
    citation:
      'Institute of Medicine, 1997. Dietary Reference Intakes for Calcium, Phosphorus, Magnesium, Vitamin D and Fluoride (UL for non-food Mg)',
    grade: 'S2',
    note: 'Adult 350 mg/day from the model spec; child values (65 / 110 mg/day) as widely quoted from the IOM table',
  },
  euClaims: {
    citation:
      'Regulation (EC) No 1924/2006 on nutrition and health claims (seed article ref. 25); for natural mineral waters the mention "contains magnesium" (≥ 50 mg/L) is in Directive 2009/54/EC, Annex III',
    grade: 'S2',
  },
  waterLabels: {
    citation:
      'Brand labels as collected in the model spec §8 (Donat Mg, Apollinaris, Gerolsteiner, San Pellegrino, Vittel, Evian)',
    grade: 'S2',
    note: 'Mineral content varies by source and year; values are typical label values',
  },
  sabatier2002: {
    citation:
      'Sabatier M et al., 2002. Meal effect on magnesium bioavailability from mineral water in healthy women. Am J Clin Nutr 75:65–71',
    grade: 'S2',
    note: 'Hépar-type water, 110 mg/L (as given in the model spec)',
  },
  tapWater: {
    citation: 'Model spec §8: tap water a few mg/L, hard water about 30 mg/L',
    grade: 'S2',
  },
  atomicWeights: {
    citation: 'IUPAC/CIAAW standard atomic weights (abridged conventional values)',
    grade: 'S',
  },
  phyticAcidMolarMass: {
    citation: 'Phytic acid (myo-inositol hexakisphosphate, C6H18O24P6), molar mass 660.04 g/mol (PubChem)',
    grade: 'S',
  },
  harland1987: {
    citation: 'Harland BF, Oberleas D, 1987. Phytate in foods. World Rev Nutr Diet 52:235–259',
    grade: 'S2',
    note: 'Single values per food, read second-hand from compilations of this table',
  },
  schlemmer2009: {
    citation:
      'Schlemmer U, Frølich W, Prieto RM, Grases F, 2009. Phytate in foods and significance for humans. Mol Nutr Food Res 53 Suppl 2:S330–S375',
    grade: 'S2',
    note: 'Ranges per food; a typical value inside the range is used',
  },
  legumesDryWeight: {
    citation:
      'Phytate of cooked legumes and tofu in mg/g dry weight (compilation after Reddy & Sathe 2002, Food Phytates, CRC Press; lentils also Thavarajah 2009, J Agric Food Chem 57:9044) × dry-matter share of the cooked food (USDA SR water content)',
    grade: 'E',
  },
  grainsDryWeight: {
    citation:
      'Phytate of the raw grain in g/100 g (brown rice 0.84–0.99, Schlemmer 2009 / Harland 1987; quinoa about 1.0, Ruales & Nair 1993) × dry-matter share of the cooked grain (USDA SR water content)',
    grade: 'E',
  },
  cocoaScaled: {
    citation:
      'Cocoa powder value (Harland & Oberleas 1987) × 228/499, the cocoa-solids share of 70–85% chocolate judged by its Mg content (USDA SR)',
    grade: 'E',
  },
  spreadFromNutsAndCocoa: {
    citation:
      'Chocolate hazelnut spread: 13% hazelnuts × 1.0 g/100 g (hazelnutChoice) + 7.4% low-fat cocoa × 1.7 g/100 g (Harland & Oberleas 1987), shares as on the label of the best-known brand',
    grade: 'E',
  },
  hazelnutChoice: {
    citation:
      'Hazelnut phytate reported 0.23–0.92 g/100 g (Schlemmer 2009) and 1.62 g/100 g (Harland & Oberleas 1987); 1.0 g/100 g chosen between them',
    grade: 'A',
  },
  assumed: {
    citation: 'No primary value found; a typical value for oil seeds (1–5 g/100 g) chosen at the low end',
    grade: 'A',
    note: 'Replace when a measured value for roasted pumpkin seed kernels turns up',
  },
  none: {
    citation:
      'Not a relevant source of phytic acid (refined grain, vegetable, fruit, animal food or drink): counted as 0',
    grade: 'A',
  },
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof SOURCES;
