/**
 * The precision a user types for each numeric model input: whole mg, mg/L, mL/min and years,
 * litres to 0.01, phytic acid to 0.01 mmol. One definition for the number fields, the menu that
 * the diet builder hands to the model and the links the state writes, so float noise such as
 * 327.45000000000005 never reaches a field, a sentence or a link, and a link reproduces exactly
 * what the page used.
 */
import type { ModelInputs, NumericInput } from '../model/index.ts';

/** Decimals a user types, per input. */
export const TYPED_DECIMALS: Readonly<Record<NumericInput, number>> = Object.freeze({
  intakeMgPerDay: 0,
  waterMgPerL: 0,
  waterLPerDay: 2,
  supplementMgPerDay: 0,
  supplementDosesPerDay: 0,
  gfrMlPerMin: 0,
  phytateMmolPerMeal: 2,
  ageYears: 0,
  ivMgPerDay: 0,
});

/** A value rounded to a number of decimals; non-finite values pass unchanged (the model reports them). */
export function roundTo(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  return rounded === 0 ? 0 : rounded; // never -0
}

/** One input as a user would type it. */
export const roundAsTyped = (name: NumericInput, value: number): number =>
  roundTo(value, TYPED_DECIMALS[name]);

/** Every numeric input as a user would type it; the other inputs unchanged. */
export function inputsAsTyped(inputs: ModelInputs): ModelInputs {
  const out = { ...inputs };
  for (const name of Object.keys(TYPED_DECIMALS) as NumericInput[])
    out[name] = roundAsTyped(name, inputs[name]);
  return out;
}

/**
 * The option this value stands for when it is one at the typed precision (within half a typed
 * step), else the value itself, rounded as typed: a menu's phytic acid becomes a radio option or a
 * custom value the page can show exactly.
 */
export function snapAsTyped(name: NumericInput, value: number, options: readonly number[]): number {
  const halfStep = 0.5 * 10 ** -TYPED_DECIMALS[name];
  const option = options.find((o) => Math.abs(o - value) < halfStep);
  return option ?? roundAsTyped(name, value);
}
