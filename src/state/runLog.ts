/**
 * The run as a link can carry it: where it started (a scenario and the inputs that differ from it),
 * what the user did after that (input changes and steady-state jumps, each with its day) and the day
 * reached. Replaying it from day 0 gives the same run, so a copied link reopens the same serum at the
 * same day. Pure (no Svelte).
 */
import { DEFAULT_INPUTS, type ModelInputs } from '../model/index.ts';
import { findScenario, scenarioInputs } from '../scenarios/scenarios.ts';

/** One thing the user did after the run had started. */
export type RunAction =
  { day: number; kind: 'inputs'; changes: Partial<ModelInputs> } | { day: number; kind: 'steady' };

/** Days in links and logs: a hundredth of a day is far below anything a chart or readout shows. */
export const roundDay = (day: number): number => Math.round(day * 100) / 100;

/** Inputs a scenario (or free exploration) starts with. */
export function startInputsOf(scenarioId: string | null): ModelInputs {
  const s = scenarioId ? findScenario(scenarioId) : undefined;
  return s ? scenarioInputs(s) : { ...DEFAULT_INPUTS };
}

/** The inputs of `next` that differ from `base` (arrays compared by value). */
export function inputDifferences(base: ModelInputs, next: ModelInputs): Partial<ModelInputs> {
  const out: Partial<Record<keyof ModelInputs, unknown>> = {};
  for (const key of Object.keys(next) as (keyof ModelInputs)[])
    if (JSON.stringify(next[key]) !== JSON.stringify(base[key])) out[key] = next[key];
  return out as Partial<ModelInputs>;
}

/** Append an action; input changes on the same day as the last input action are merged into it. */
export function appendAction(log: readonly RunAction[], action: RunAction): RunAction[] {
  const last = log[log.length - 1];
  if (action.kind === 'inputs' && last?.kind === 'inputs' && last.day === action.day)
    return [...log.slice(0, -1), { ...last, changes: { ...last.changes, ...action.changes } }];
  return [...log, action];
}
