/**
 * Axis ranges of the two mechanism curves. Fixed where possible (so a moving curve is seen to
 * move), widened only when the operating point would fall off the chart. Pure helpers.
 */
import { niceCeil } from './domains.ts';

/** Food intake range of the absorption curve, mg/day: 0–1000, up to the slider's 2000 when needed. */
export function absorptionMaxFoodMg(intakeMgPerDay: number, sliderMaxMg = 2000): number {
  const need = Number.isFinite(intakeMgPerDay) ? intakeMgPerDay * 1.15 : 0;
  return need <= 1000 ? 1000 : Math.min(sliderMaxMg, niceCeil(need));
}

/** Serum range of the renal curve, mmol/L: 0–1.6, wider when serum is higher. */
export function renalMaxSerum(serumMmolPerL: number): number {
  const need = Number.isFinite(serumMmolPerL) ? serumMmolPerL * 1.15 : 0;
  return need <= 1.6 ? 1.6 : niceCeil(need);
}

/**
 * Urine range of the renal curve, mg/day: 0–500 (the steep part above the threshold runs off the
 * top and is clipped), higher when today's urine needs it.
 */
export function renalMaxUrineMg(urineMgPerDay: number): number {
  const need = Number.isFinite(urineMgPerDay) ? urineMgPerDay * 1.25 : 0;
  return need <= 500 ? 500 : niceCeil(need);
}
