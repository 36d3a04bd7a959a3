/**
 * The diet builder's fields and what its menu hands to the model. Every amount is kept inside its
 * field's range (issue 10 #2: 1e308 in a field made 'Infinity%'), and the model gets the menu as a
 * user would type it (issue 9 #7, issue 10 #6): whole mg, litres to 0.01, phytic acid snapped to
 * its radio option or a value the page shows exactly (0.29, not 0.2908914611235683). The day's
 * totals are taken from those same numbers, so a card and the model never disagree.
 */
import type { DayTotals, MenuModelInputs } from '../../nutrition/index.ts';
import { roundAsTyped, snapAsTyped } from '../../state/typedPrecision.ts';
import { PHYTATE_LEVELS } from '../controls/choices.ts';
import type { FieldRange } from '../controls/numberField.ts';
import { numberFieldRange } from '../controls/sliders.ts';

export interface DietField extends FieldRange {
  /** ↑/↓ step. */
  step: number;
}

/** The number fields of the builder: ranges, decimals and arrow steps. */
export const DIET_FIELDS = {
  /** g (mL for drinks) of one food. */
  amount: { min: 0, max: 2000, decimals: 0, step: 5 },
  waterMgPerL: { ...numberFieldRange('waterMgPerL'), step: 1 },
  waterLitres: { ...numberFieldRange('waterLPerDay'), step: 0.25 },
  /** mg of compound per dose, as on a label (Epsom salt comes in grams). */
  compoundMassMg: { min: 0, max: 5000, decimals: 0, step: 50 },
  doses: { ...numberFieldRange('supplementDosesPerDay'), step: 1 },
} as const satisfies Record<string, DietField>;

/** A value kept inside a field's range; not-a-number counts as the bottom of the range. */
export function withinField(value: number, field: FieldRange): number {
  if (Number.isNaN(value)) return field.min;
  return Math.min(field.max, Math.max(field.min, value));
}

/** The menu's model inputs as a user would type them (phytic acid: a radio option when it is one). */
export function menuInputsAsTyped(exact: MenuModelInputs): MenuModelInputs {
  return {
    intakeMgPerDay: roundAsTyped('intakeMgPerDay', exact.intakeMgPerDay),
    waterMgPerL: roundAsTyped('waterMgPerL', exact.waterMgPerL),
    waterLPerDay: roundAsTyped('waterLPerDay', exact.waterLPerDay),
    supplementMgPerDay: roundAsTyped('supplementMgPerDay', exact.supplementMgPerDay),
    supplementDosesPerDay: roundAsTyped('supplementDosesPerDay', exact.supplementDosesPerDay),
    supplementForm: exact.supplementForm,
    phytateMmolPerMeal: snapAsTyped(
      'phytateMmolPerMeal',
      exact.phytateMmolPerMeal,
      PHYTATE_LEVELS.map((l) => l.mmolPerMeal),
    ),
  };
}

/** The day's totals from the inputs the model gets: food, water and supplement as handed over. */
export function totalsOf(inputs: MenuModelInputs): DayTotals {
  const water = inputs.waterMgPerL * inputs.waterLPerDay;
  return {
    foodMgPerDay: inputs.intakeMgPerDay,
    waterMgPerDay: water,
    supplementMgPerDay: inputs.supplementMgPerDay,
    totalMgPerDay: inputs.intakeMgPerDay + water + inputs.supplementMgPerDay,
  };
}
