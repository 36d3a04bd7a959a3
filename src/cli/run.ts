/**
 * Options → the output object. Pure (no process, no I/O) so tests can call it directly; what would
 * go to stderr comes back as `notices`.
 */
import {
  adjustNumber,
  alertsFor,
  applicableConditions,
  bandOf,
  DEFAULT_INPUTS,
  DEFAULT_PARAMETERS,
  INPUT_RANGES,
  SERIES_NAMES,
  simulate,
  steadyStateReport,
  validateInputs,
  type AlertId,
  type BandId,
  type Condition,
  type ModelEvent,
  type ModelInputs,
  type NumericInput,
  type SeriesName,
  type SteadyStateReport,
  quoteValue,
  type Sex,
} from '../model/index.ts';
import { findScenario, scenarioInputs, type Scenario } from '../scenarios/scenarios.ts';
import type { CliEvent, CliOptions, ConditionEdit } from './args.ts';
import { DEFAULT_DAYS, optionNameOf } from './flags.ts';

export interface Clinical {
  band: BandId;
  alerts: AlertId[];
}

/** The inputs actually used, after clamping; run fields are absent for a steady state. */
export interface EchoedInputs extends ModelInputs {
  scenario: string | null;
  days?: number;
  baselineIntakeMgPerDay?: number;
  events?: ModelEvent[];
}

export interface RunOutput {
  inputs: EchoedInputs;
  /** For the last day of a run, or for the steady state. */
  clinical: Clinical;
  series?: Record<SeriesName, number[]>;
  steadyState?: SteadyStateReport;
}

export interface RunReport {
  output: RunOutput;
  /** One line each, without the "simulate: " prefix. */
  notices: string[];
}

export function runCli(o: CliOptions): RunReport {
  const notices: string[] = [];
  const scenario = o.scenarioId === null ? undefined : findScenario(o.scenarioId);
  if (o.scenarioId !== null && !scenario) throw new Error(`unknown scenario "${o.scenarioId}"`);
  const inputs = startInputs(o, scenario, notices);
  const echo = (run: Partial<EchoedInputs>): EchoedInputs => ({
    scenario: o.scenarioId,
    ...inputs,
    conditions: [...inputs.conditions],
    ...run,
  });

  if (o.steadyState) {
    // A steady state has no length, start or time course: say so rather than fail.
    const ignored: string[] = [];
    if (o.days !== null) ignored.push('--days');
    if (o.baselineIntakeMgPerDay !== null) ignored.push('--baseline-intake-mg');
    if (o.events.length > 0) ignored.push('--event');
    if (ignored.length > 0) notices.push(`--steady-state ignores ${ignored.join(', ')}`);
    const steadyState = steadyStateReport(inputs);
    for (const [name, v] of Object.entries(steadyState)) assertFinite(name, v, 'in the steady state');
    const clinical = clinicalFor(steadyState.serumMgMmolPerL, inputs);
    return { output: { inputs: echo({}), clinical, steadyState }, notices };
  }

  const days = o.days ?? DEFAULT_DAYS;
  const baselineIntakeMgPerDay = clampNumber(
    'intakeMgPerDay',
    o.baselineIntakeMgPerDay ??
      scenario?.baselineIntakeMgPerDay ??
      DEFAULT_PARAMETERS.referenceIntakeMgPerDay,
    o.baselineIntakeMgPerDay !== null ? '--baseline-intake-mg' : `scenario ${o.scenarioId}: baseline intake`,
    notices,
  );
  const events = resolveEvents(scenario, o.events, inputs, days, notices);
  const run = simulate({ inputs, events, days, baselineIntakeMgPerDay });
  const series = Object.fromEntries(
    SERIES_NAMES.map((name) => {
      const values = Array.from(run.series[name]);
      values.forEach((v, row) => assertFinite(name, v, `on day ${run.series.day[row]}`));
      return [name, values];
    }),
  ) as Record<SeriesName, number[]>;
  const clinical = clinicalFor(series.serumMgMmolPerL[run.rows - 1], run.finalInputs);
  return { output: { inputs: echo({ days, baselineIntakeMgPerDay, events }), clinical, series }, notices };
}

/** Scenario (or defaults), then the flags on top, clamped with a notice per value changed. */
export function startInputs(o: CliOptions, scenario: Scenario | undefined, notices: string[]): ModelInputs {
  const merged: ModelInputs = { ...(scenario ? scenarioInputs(scenario) : DEFAULT_INPUTS), ...o.inputs };
  for (const name of Object.keys(INPUT_RANGES) as NumericInput[]) {
    const flag = optionNameOf(name);
    const label = name in o.inputs && flag ? `--${flag}` : `scenario ${o.scenarioId}: ${name}`;
    merged[name] = clampNumber(name, merged[name], label, notices);
  }
  merged.conditions = conditionsFor(merged.conditions, merged.sex, 'at the start', notices);
  return validateInputs(merged).inputs;
}

/** Lactation needs a woman: dropped for a man, with a notice (the page's checkbox does the same). */
function conditionsFor(list: readonly Condition[], sex: Sex, when: string, notices: string[]): Condition[] {
  const { conditions, dropped } = applicableConditions(list, sex);
  for (const c of dropped) notices.push(`condition ${c} needs sex female; ignored ${when} (sex is ${sex})`);
  return conditions;
}

export function clampNumber(input: NumericInput, given: number, label: string, notices: string[]): number {
  const a = adjustNumber(input, given);
  if (!a) return given;
  const r = a.range;
  notices.push(
    a.kind === 'not-whole'
      ? `${label} ${given} is not a whole number; using ${a.used}`
      : `${label} ${given} is outside the model's range ${r.min}–${r.max} ${r.unit}; using ${a.used}`,
  );
  return a.used;
}

/**
 * Scenario events first, then the command line's, in day order (same day: that order). Condition
 * edits become full lists, since the model replaces the list; they apply to the list in force then.
 */
export function resolveEvents(
  scenario: Scenario | undefined,
  cliEvents: readonly CliEvent[],
  start: ModelInputs,
  days: number,
  notices: string[],
): ModelEvent[] {
  type Pending = {
    day: number;
    changes: Partial<ModelInputs>;
    label: (input: string) => string;
    edit?: ConditionEdit;
  };
  const pending: Pending[] = [];
  for (const e of scenario?.events ?? []) {
    if (e.day > days)
      notices.push(
        `scenario ${scenario?.id}: its event on day ${e.day} is after the last day (${days}); ignored`,
      );
    else
      pending.push({
        day: e.day,
        changes: e.changes,
        label: (input) => `scenario ${scenario?.id}: event on day ${e.day}: ${input}`,
      });
  }
  for (const e of cliEvents)
    pending.push({
      day: e.day,
      changes: e.changes,
      label: () => `--event ${quoteValue(e.text)}: ${e.option}`,
      edit: e.conditionEdit,
    });
  pending.sort((a, b) => a.day - b.day); // stable: keeps the order above within a day

  let conditions = [...start.conditions];
  let sex = start.sex;
  return pending.map((e) => {
    const changes: Partial<ModelInputs> = { ...e.changes };
    for (const name of Object.keys(INPUT_RANGES) as NumericInput[]) {
      const v = changes[name];
      if (v !== undefined) changes[name] = clampNumber(name, v, e.label(name), notices);
    }
    if (e.edit) changes.conditions = editConditions(conditions, e.edit);
    sex = changes.sex ?? sex;
    const next = conditionsFor(changes.conditions ?? conditions, sex, `from day ${e.day}`, notices);
    if (changes.conditions || next.length !== conditions.length) changes.conditions = next;
    conditions = [...new Set(next)];
    return { day: e.day, changes };
  });
}

function editConditions(current: readonly Condition[], edit: ConditionEdit): Condition[] {
  if (edit.op === 'clear') return [];
  if (edit.op === 'remove') return current.filter((c) => c !== edit.condition);
  return current.includes(edit.condition) ? [...current] : [...current, edit.condition];
}

function clinicalFor(serumMmolPerL: number, inputs: ModelInputs): Clinical {
  return { band: bandOf(serumMmolPerL), alerts: alertsFor(serumMmolPerL, inputs) };
}

/** JSON has no NaN or Infinity; a non-finite value is a model failure, not data. */
function assertFinite(name: string, value: number, where: string): void {
  if (!Number.isFinite(value)) throw new Error(`the model gave a non-finite ${name} (${value}) ${where}`);
}
