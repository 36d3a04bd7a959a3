/**
 * Intestinal absorption: one saturable carrier shared by everything taken by mouth (model spec §3,
 * revised), loaded meal by meal. The day has three carrier windows (meals), each with a third of
 * the daily capacity: V/3 and K/3 for each pathway. A window's load is its share of food and water
 * Mg plus the supplement doses taken with it. A dose never brings capacity of its own: one dose
 * goes with one meal, two with two, and from three doses on the supplement is spread over all three
 * windows (doses beyond three, taken between meals, share the windows' capacity; with the carrier
 * serving whatever is in the lumen this is the same as spreading them), so absorption rises with
 * the number of doses up to three and then stays. Three equal loads give exactly the daily form
 *   J = f_lin·I + I·V_p/(K_p + I) + g(S)·I·V_t/(K_t + I).
 *
 * Two pathways per load (see parameters.ts for the constants and why):
 *   paracellular (passive, small intestine): a small linear part that never saturates (Fine 1991)
 *     plus a low-affinity, high-capacity part; carries most at normal intakes; susceptible PPI
 *     users lose most of it;
 *   transcellular (TRPM6/7, colon): high affinity, small capacity, with the status feedback g(S);
 *     carries most at very low intakes; PPIs block it.
 * The hot path (fluxes.ts) computes the same from pre-multiplied window loads.
 */
import { MODIFIERS, type Effects } from './modifiers.ts';
import type { ParameterValues } from './parameters.ts';

/** Status feedback on transcellular uptake: g(S) = clip(1 + α (S_ref − S)/S_ref, g_min, g_max). */
export function statusFeedback(serumMmolPerL: number, p: ParameterValues): number {
  const g = 1 + (p.statusFeedbackAlpha * (p.serumRefMmolPerL - serumMmolPerL)) / p.serumRefMmolPerL;
  return Math.min(p.statusFeedbackMax, Math.max(p.statusFeedbackMin, g));
}

/** How far the PPI effect has built up (0–1) for a PPI exposure state x (0–1): x^h. */
export const ppiEffectOf = (exposure: number): number => {
  const x = exposure <= 0 ? 0 : exposure >= 1 ? 1 : exposure;
  return x ** MODIFIERS.ppiOnsetHillExponent.value;
};

/** What a carrier window needs besides its load. */
export type CarrierEffects = Pick<
  Effects,
  | 'carrierFactor'
  | 'transcellularVmaxFactor'
  | 'ppiTranscellularBlock'
  | 'ppiParacellularBlock'
  | 'gutAbsorptionFactor'
>;

export const NO_CARRIER_EFFECTS: Readonly<CarrierEffects> = Object.freeze({
  carrierFactor: 1,
  transcellularVmaxFactor: 1,
  ppiTranscellularBlock: 0,
  ppiParacellularBlock: 0,
  gutAbsorptionFactor: 1,
});

export interface PathwayUptake {
  paracellularMmol: number;
  transcellularMmol: number;
}

/**
 * Uptake of one load (mmol, Mg free to be absorbed) in one meal window, by pathway, before the
 * ceiling and the gut factor. `ppiEffect` (0–1) scales the PPI blocks.
 */
export function windowPathways(
  loadMmol: number,
  feedback: number,
  e: CarrierEffects,
  p: ParameterValues,
  ppiEffect = 1,
): PathwayUptake {
  const n = p.mealsPerDay;
  const L = loadMmol > 0 ? loadMmol : 0;
  const para =
    (1 - e.ppiParacellularBlock * ppiEffect) *
    e.carrierFactor *
    (p.paracellularLinearFraction * L +
      ((p.paracellularVmaxMmolPerDay / n) * L) / (p.paracellularKmMmolPerDay / n + L));
  const trans =
    ((1 - e.ppiTranscellularBlock * ppiEffect) *
      feedback *
      e.carrierFactor *
      e.transcellularVmaxFactor *
      (p.transcellularVmaxMmolPerDay / n) *
      L) /
    (p.transcellularKmMmolPerDay / n + L);
  return { paracellularMmol: para, transcellularMmol: trans };
}

/** Absorbed Mg (mmol) from one load in one meal window: both pathways, the ceiling, the gut factor. */
export function windowAbsorbedMmol(
  loadMmol: number,
  feedback: number,
  e: CarrierEffects,
  p: ParameterValues,
  ppiEffect = 1,
): number {
  if (!(loadMmol > 0)) return 0;
  const u = windowPathways(loadMmol, feedback, e, p, ppiEffect);
  return (
    e.gutAbsorptionFactor *
    Math.min(p.absorbedFractionCap * loadMmol, u.paracellularMmol + u.transcellularMmol)
  );
}

/** Absorbed fraction of a single load (e.g. one test meal), no drug or condition unless given. */
export function loadAbsorbedFraction(
  loadMmol: number,
  feedback: number,
  p: ParameterValues,
  e: CarrierEffects = NO_CARRIER_EFFECTS,
): number {
  if (!(loadMmol > 0)) {
    const tiny = 1e-9;
    return windowAbsorbedMmol(tiny, feedback, e, p) / tiny;
  }
  return windowAbsorbedMmol(loadMmol, feedback, e, p) / loadMmol;
}

/** Share of the daily supplement taken in each of the three meal windows, for n doses a day. */
export function doseShares(dosesPerDay: number): readonly [number, number, number] {
  const n = Math.max(1, Math.round(dosesPerDay));
  if (n === 1) return [1, 0, 0];
  if (n === 2) return [0.5, 0.5, 0];
  return [1 / 3, 1 / 3, 1 / 3];
}

export interface WindowLoad {
  /** Mg free to load the carrier in this window, mmol: food + water + supplement parts. */
  foodMmol: number;
  waterMmol: number;
  supplementMmol: number;
}

/** The three meal windows' available loads (after phytate, laxative hurry and salt form). */
export function windowLoads(e: Effects, p: ParameterValues): WindowLoad[] {
  const n = p.mealsPerDay;
  const food = (e.foodMmolPerDay * e.foodAvailability) / n;
  const water = (e.waterMmolPerDay * e.nonFoodAvailability) / n;
  const supp = e.supplementMmolPerDay * e.nonFoodAvailability * e.supplementAvailability;
  return doseShares(e.supplementDosesPerDay).map((share) => ({
    foodMmol: food,
    waterMmol: water,
    supplementMmol: supp * share,
  }));
}

export interface Absorption {
  /** Absorbed Mg from food and water, mmol/day. */
  mealAbsorbedMmolPerDay: number;
  /** Absorbed Mg from the supplement, mmol/day. */
  supplementAbsorbedMmolPerDay: number;
  paracellularMmolPerDay: number;
  transcellularMmolPerDay: number;
}

/**
 * Absorbed Mg per day at serum S. Within a window, what is absorbed is shared among food, water
 * and supplement in proportion to the Mg each puts on the carrier. `ppiExposure` (0–1) is how far
 * the PPI effect has built up; by default the long-term value (fully built up while on a PPI).
 */
export function absorption(
  serumMmolPerL: number,
  e: Effects,
  p: ParameterValues,
  ppiExposure: number = e.ppiTarget,
): Absorption {
  const g = statusFeedback(serumMmolPerL, p);
  const effect = ppiEffectOf(ppiExposure);
  const out: Absorption = {
    mealAbsorbedMmolPerDay: 0,
    supplementAbsorbedMmolPerDay: 0,
    paracellularMmolPerDay: 0,
    transcellularMmolPerDay: 0,
  };
  for (const w of windowLoads(e, p)) {
    const load = w.foodMmol + w.waterMmol + w.supplementMmol;
    if (!(load > 0)) continue;
    const absorbed = windowAbsorbedMmol(load, g, e, p, effect);
    const u = windowPathways(load, g, e, p, effect);
    const scale = absorbed / (u.paracellularMmol + u.transcellularMmol || 1);
    out.mealAbsorbedMmolPerDay += (absorbed * (w.foodMmol + w.waterMmol)) / load;
    out.supplementAbsorbedMmolPerDay += (absorbed * w.supplementMmol) / load;
    out.paracellularMmolPerDay += u.paracellularMmol * scale;
    out.transcellularMmolPerDay += u.transcellularMmol * scale;
  }
  return out;
}
