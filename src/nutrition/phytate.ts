/**
 * Phytic acid (fytinezuur) binds Mg in the gut; the model takes it in mmol per meal
 * (m_phytate = 1 / (1 + (PA / 1.22 mmol)²), Bohn 2004). Food tables give grams, so convert here.
 */

/** g/mol, C6H18O24P6 (SOURCES.phyticAcidMolarMass). */
export const PHYTIC_ACID_MOLAR_MASS_G_PER_MOL = 660.04;

/** The model's per-meal form assumes three meals a day (model spec §3). */
export const MEALS_PER_DAY = 3;

/** Grams of phytic acid → mmol. */
export const phyticAcidMmolFromGrams = (grams: number): number =>
  (grams * 1000) / PHYTIC_ACID_MOLAR_MASS_G_PER_MOL;

/** mmol of phytic acid in an amount of food, from its content in g per 100 g. */
export const phyticAcidMmolInAmount = (gPer100g: number, amountGrams: number): number =>
  phyticAcidMmolFromGrams((gPer100g * amountGrams) / 100);

export type PhytateLevelId = 'none' | 'some' | 'high';

/**
 * The phytate choices of the controls, sized from published intakes (the one definition):
 * none: refined grains; some: a typical Western diet, median 809 mg/day in UK adults
 * (Amirabdollahian & Ash 2010, Public Health Nutr 13:1380) ≈ 1.2 mmol/day ≈ 0.4 mmol per meal;
 * high: vegetarian and whole-grain diets, about 2 g/day (Schlemmer 2009, Mol Nutr Food Res
 * 53:S330: 2000–2600 mg/day in vegetarian diets) ≈ 1.0 mmol per meal. Bohn 2004's test meal
 * (1.49 mmol in one bread meal) is more than most whole-grain meals hold.
 */
export const PHYTATE_LEVELS: readonly { id: PhytateLevelId; mmolPerMeal: number }[] = Object.freeze([
  { id: 'none', mmolPerMeal: 0 },
  { id: 'some', mmolPerMeal: 0.4 },
  { id: 'high', mmolPerMeal: 1.0 },
]);
