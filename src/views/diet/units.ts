/**
 * Unit labels and amounts of Mg in the diet builder, following the app's mg/mmol toggle. One
 * rounding rule for every amount in the builder: whole mg, as the model gets them (issue 9 #7: one
 * card said 'bevat 81 mg', the next '80,8 mg/dag'); in mmol, those whole mg converted.
 */
import type { Locale, MessageKey } from '../../i18n/index.ts';
import type { AmountUnit } from '../../state/appState.svelte.ts';
import { formatAmount } from '../format.ts';

export const amountUnitKey = (unit: AmountUnit): MessageKey => (unit === 'mg' ? 'unit.mg' : 'unit.mmol');

export const perDayUnitKey = (unit: AmountUnit): MessageKey =>
  unit === 'mg' ? 'unit.mgPerDay' : 'unit.mmolPerDay';

/** An amount of Mg given in mg, rounded to whole mg, shown in the chosen unit. */
export const dietAmount = (locale: Locale, mg: number, unit: AmountUnit): string =>
  formatAmount(locale, Number.isFinite(mg) ? Math.round(mg) : mg, unit);
