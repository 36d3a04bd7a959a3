/**
 * Choice-type controls: phytate levels (defined with their sources in src/nutrition/phytate.ts), and which
 * conditions can be chosen for this person (lactation only for women; older age is automatic
 * from 70 years).
 */
import type { MessageKey, PhytateLevel } from '../../i18n/index.ts';
import { MODIFIERS, type Condition, type ModelInputs, type Sex } from '../../model/index.ts';
import { PHYTATE_LEVELS } from '../../nutrition/phytate.ts';

export { PHYTATE_LEVELS };

/** The level whose amount this is, or undefined for another amount (e.g. from a link). */
export const phytateLevelOf = (mmolPerMeal: number): PhytateLevel | undefined =>
  PHYTATE_LEVELS.find((l) => Math.abs(l.mmolPerMeal - mmolPerMeal) < 1e-9)?.id;

/** The conditions with this one switched on or off (order kept, no duplicates). */
export function toggleCondition(list: readonly Condition[], c: Condition, on: boolean): Condition[] {
  const without = list.filter((x) => x !== c);
  return on ? [...without, c] : without;
}

export interface ConditionState {
  checked: boolean;
  disabled: boolean;
  /** Why the box is disabled or automatic. */
  note?: { key: MessageKey; params?: Record<string, string | number> };
}

/**
 * Lactation needs a woman: for a man the box is disabled with a note (switching to male also
 * switches lactation off, see conditionsForSex). From 70 years the model applies the older-adult
 * effects by age, so that box shows checked and disabled.
 */
export function conditionState(inputs: ModelInputs, c: Condition): ConditionState {
  const checked = inputs.conditions.includes(c);
  if (c === 'lactation' && inputs.sex === 'male') {
    return { checked: false, disabled: true, note: { key: 'controlsPanel.lactation.womenOnly' } };
  }
  if (c === 'elderly' && inputs.ageYears >= MODIFIERS.elderlyFromAgeYears.value) {
    return {
      checked: true,
      disabled: true,
      note: { key: 'controlsPanel.elderly.automatic', params: { age: String(inputs.ageYears) } },
    };
  }
  return { checked, disabled: false };
}

/** The conditions that still make sense for this sex (lactation goes when switching to male). */
export const conditionsForSex = (list: readonly Condition[], sex: Sex): Condition[] =>
  sex === 'male' ? list.filter((c) => c !== 'lactation') : [...list];
