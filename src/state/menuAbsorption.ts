/**
 * Eaten versus absorbed for a menu: the model's steady state for the person in the model (their
 * medicines, conditions, kidneys and age included) with the menu's inputs (as the model would get
 * them: MenuState.modelInputs), and the same without the menu's phytic acid, to show what phytate
 * costs. Plus whether the model already uses the menu.
 */
import { clampInput, steadyStateReport, type ModelInputs } from '../model/index.ts';
import type { MenuModelInputs } from '../nutrition/index.ts';

export interface MenuAbsorption {
  /** Mg the gut takes up per day at steady state (food, water and supplement). */
  absorbedMgPerDay: number;
  /** The same menu without phytic acid. */
  absorbedWithoutPhytateMgPerDay: number;
  /** Gross fractional absorption, 0–1. */
  fractionalAbsorption: number;
  phytateMmolPerMeal: number;
}

export function menuAbsorption(person: ModelInputs, menuInputs: MenuModelInputs): MenuAbsorption {
  const withMenu = steadyStateReport({ ...person, ...menuInputs });
  const withoutPhytate =
    menuInputs.phytateMmolPerMeal > 0
      ? steadyStateReport({ ...person, ...menuInputs, phytateMmolPerMeal: 0 })
      : withMenu;
  return {
    absorbedMgPerDay: withMenu.absorbedMgPerDay,
    absorbedWithoutPhytateMgPerDay: withoutPhytate.absorbedMgPerDay,
    fractionalAbsorption: withMenu.fractionalAbsorption,
    phytateMmolPerMeal: menuInputs.phytateMmolPerMeal,
  };
}

/** The amounts a menu sets (it also sets the supplement's salt form). */
export const MENU_KEYS = [
  'intakeMgPerDay',
  'waterMgPerL',
  'waterLPerDay',
  'supplementMgPerDay',
  'supplementDosesPerDay',
  'phytateMmolPerMeal',
] as const satisfies readonly Exclude<keyof MenuModelInputs, 'supplementForm'>[];

/** Does the model already run on these menu inputs (after the model's own clamping)? */
export function menuInUse(menuInputs: MenuModelInputs, inputs: ModelInputs, tolerance = 1e-6): boolean {
  const sameAmounts = MENU_KEYS.every(
    (k) => Math.abs(clampInput(k, menuInputs[k]).used - inputs[k]) <= tolerance,
  );
  // The salt form matters only when the menu has a supplement.
  const sameForm =
    !(menuInputs.supplementMgPerDay > 0) || menuInputs.supplementForm === inputs.supplementForm;
  return sameAmounts && sameForm;
}
