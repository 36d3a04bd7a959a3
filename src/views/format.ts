/**
 * Display formatting shared by the views: amounts in mg or mmol (the unit toggle), serum in
 * mmol/L, percentages, elapsed time. Never shows NaN: non-finite values become '–'.
 */
import { formatNumber, type Locale } from '../i18n/index.ts';
import { MG_PER_MMOL, SERUM_DISPLAY_DECIMALS } from '../model/index.ts';
import type { AmountUnit } from '../state/appState.svelte.ts';

/** An amount given in mg, shown in the chosen unit, with sensible precision. */
export function amountValue(mg: number, unit: AmountUnit): number {
  return unit === 'mg' ? mg : mg / MG_PER_MMOL;
}

export function formatAmount(locale: Locale, mg: number, unit: AmountUnit): string {
  const v = amountValue(mg, unit);
  const abs = Math.abs(v);
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : 2;
  return formatNumber(locale, v, digits);
}

export const formatSerum = (locale: Locale, mmolPerL: number): string =>
  formatNumber(locale, mmolPerL, SERUM_DISPLAY_DECIMALS, SERUM_DISPLAY_DECIMALS);

export const formatPercent = (locale: Locale, fraction: number, digits = 0): string =>
  formatNumber(locale, fraction * 100, digits);
