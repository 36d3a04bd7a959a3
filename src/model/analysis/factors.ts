/**
 * What a sensitivity or an ensemble can vary: every parameter of the parameter table and every
 * numeric input, read from the tables themselves, so new or renamed parameters are picked up.
 */
import { clampInput, INPUT_RANGES, validateInputs, type ModelInputs, type NumericInput } from '../inputs.ts';
import { PARAMETERS, type ParameterName, type ParameterValues } from '../parameters.ts';
import type { Context } from '../fluxes.ts';
import { contextFor } from '../simulate.ts';

export type Factor = { kind: 'parameter'; name: ParameterName } | { kind: 'input'; name: NumericInput };

export const PARAMETER_NAMES = Object.keys(PARAMETERS) as ParameterName[];
export const NUMERIC_INPUTS = Object.keys(INPUT_RANGES) as NumericInput[];

/**
 * The values the reference state is calibrated to (θ is solved so that the reference adult sits
 * at S_ref). Serum follows S_ref almost one to one in every state: the views mark these as the
 * model's anchor rather than a mechanism.
 */
export const CALIBRATION_ANCHORS: readonly ParameterName[] = ['serumRefMmolPerL', 'referenceIntakeMgPerDay'];

/**
 * Parameters that fix the model's structure rather than measure the body: the day has three meal
 * windows (absorption.ts), so the meals-per-day count cannot move without changing the equations.
 * Neither the sensitivities nor the ensemble vary them.
 */
export const STRUCTURAL_PARAMETERS: readonly ParameterName[] = ['mealsPerDay'];

/** Why a factor has no local relative sensitivity here. */
export type SkipReason = 'zero' | 'whole-number' | 'structural';

export function skipReason(factor: Factor, inputs: ModelInputs, p: ParameterValues): SkipReason | null {
  if (factor.kind === 'input' && INPUT_RANGES[factor.name].integer) return 'whole-number';
  if (factor.kind === 'parameter' && STRUCTURAL_PARAMETERS.includes(factor.name)) return 'structural';
  return valueOf(factor, inputs, p) === 0 ? 'zero' : null;
}

export const valueOf = (factor: Factor, inputs: ModelInputs, p: ParameterValues): number =>
  factor.kind === 'parameter' ? p[factor.name] : inputs[factor.name];

/**
 * The context with one factor scaled by `scale`, and the value actually used (an input is clamped
 * to its range, so near a bound the step is one-sided). Parameters are re-calibrated (θ) as the
 * model always is.
 */
export function scaledContext(
  factor: Factor,
  scale: number,
  inputs: ModelInputs,
  p: ParameterValues,
): { context: Context; used: number } {
  if (factor.kind === 'parameter') {
    const used = p[factor.name] * scale;
    return { context: contextFor(inputs, { ...p, [factor.name]: used }), used };
  }
  const { used } = clampInput(factor.name, inputs[factor.name] * scale);
  const scaled = validateInputs({ ...inputs, [factor.name]: used }).inputs;
  return { context: contextFor(scaled, p), used };
}
