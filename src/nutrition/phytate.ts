/**
 * Phytic acid (fytinezuur) binds Mg in the gut; the model takes it in mmol per meal
 * (m_phytate = 1 / (1 + (PA / 1.22 mmol)²), Bohn 2004). Food tables give grams, so convert here.
 */

/** g/mol, C6H18O24P6 (SOURCES.phyticAcidMolarMass). */
export const PHYTIC_ACID_MOLAR_MASS_G_PER_MOL = 660.04;

/** The model's per-meal form assumes three meals a day (docs/model.md §3.1). */
export const MEALS_PER_DAY = 3;

/** Grams of phytic acid → mmol. */
export const phyticAcidMmolFromGrams = (grams: number): number =>
  (grams * 1000) / PHYTIC_ACID_MOLAR_MASS_G_PER_MOL;

/** mmol of phytic acid in an amount of food, from its content in g per 100 g. */
export const phyticAcidMmolInAmount = (gPer100g: number, amountGrams: number): number =>
  phyticAcidMmolFromGrams((gPer100g * amountGrams) / 100);
