/**
 * Eaten versus absorbed for a menu: the model's steady state for the person in the model (their
 * medicines, conditions, kidneys and age included) with the menu's inputs (as the model would get
 * them: MenuState.modelInputs), and the same without the menu's phytic acid, to show what phytate
 * costs. Plus whether the model already uses the menu.
 */
import { clampInput, steadyStateReport, type ModelInputs } from '../../model/index.ts';
import type { MenuModelInputs } from '../../nutrition/index.ts';

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

/** The model inputs a menu sets. */
export const MENU_KEYS = [
  'intakeMgPerDay',
  'waterMgPerL',
  'waterLPerDay',
  'supplementMgPerDay',
  'supplementDosesPerDay',
  'phytateMmolPerMeal',
] as const satisfies readonly (keyof MenuModelInputs)[];

/** Does the model already run on these menu inputs (after the model's own clamping)? */
export function menuInUse(menuInputs: MenuModelInputs, inputs: ModelInputs, tolerance = 1e-6): boolean {
  return MENU_KEYS.every((k) => Math.abs(clampInput(k, menuInputs[k]).used - inputs[k]) <= tolerance);
}
