/** Unit labels for amounts of Mg in the diet builder, following the app's mg/mmol toggle. */
import type { MessageKey } from '../../i18n/index.ts';
import type { AmountUnit } from '../../state/appState.svelte.ts';

export const amountUnitKey = (unit: AmountUnit): MessageKey => (unit === 'mg' ? 'unit.mg' : 'unit.mmol');

export const perDayUnitKey = (unit: AmountUnit): MessageKey =>
  unit === 'mg' ? 'unit.mgPerDay' : 'unit.mmolPerDay';
