/**
 * URL parameters: a teacher's link opens straight into a prepared set-up
 * (`?locale=en&scenario=ppi-long-term&intake-mg=200&profile=projector`). Input parameters use the
 * runner's option names and its rules for values (src/model/inputValues.ts). Bad values never
 * crash: they are ignored, rounded or clamped, and reported. Tracking parameters that chat apps
 * and learning platforms add (utm_*, fbclid, …) are ignored quietly.
 *
 * A copied link reproduces the run: the scenario (with its events), the inputs that differ from it
 * at day 0, what the user changed later (`intake-mg_at120=200`: from day 120 on;
 * `steady-state_at300=1`: jumped to the steady state on day 300), the day reached (`day=365`),
 * and speed, language, profile, unit and horizon. `embed=1` shows only the diagram, the time bar and
 * the serum chart.
 */
import { parseLocale, type Locale } from '../i18n/index.ts';
import {
  adjustNumber,
  applicableConditions,
  DEFAULT_INPUTS,
  INPUT_OPTIONS,
  INPUT_OPTION_NAMES,
  isInputOptionName,
  readOptionValue,
  type InputOptionName,
  type ModelInputs,
  type NumericInput,
} from '../model/index.ts';
import { findScenario, scenarioInputs } from '../scenarios/scenarios.ts';
import type { AmountUnit, ColourProfile, InitialSettings, Speed } from './appState.svelte.ts';
import { horizonFor } from './scenarioCourse.ts';
import { appendAction, inputDifferences, roundDay, startInputsOf, type RunAction } from './runLog.ts';

/** The furthest day a link may reopen at (ten years: twice the longest horizon). */
export const MAX_LINK_DAY = 3650;
const STEADY_STATE = 'steady-state';
/** `intake-mg_at120.5`: the parameter name and the day it took effect. */
const TIMED = /^(.+)_at(\d+(?:\.\d+)?)$/;

export interface UrlSettings extends InitialSettings {
  /** Parameters that were not understood or were adjusted, for a message on screen. */
  problems: UrlProblem[];
  /** `?present=1`: open in presentation mode (a view setting, not part of the AppState). */
  present?: boolean;
}

export type UrlProblemKind =
  | 'unknown-parameter'
  | 'unknown-value'
  | 'repeated'
  | 'not-a-number'
  | 'negative'
  | 'not-whole'
  | 'out-of-range'
  | 'unknown-condition'
  | 'none-combined'
  | 'needs-female';

export interface UrlProblem {
  kind: UrlProblemKind;
  parameter: string;
  /** As given in the link (shorten it before showing it). */
  value: string;
  /** What was used instead (absent when the parameter was ignored). */
  used?: string;
}

const ONE_OF = <T extends string>(value: string, choices: readonly T[]): T | undefined =>
  (choices as readonly string[]).includes(value) ? (value as T) : undefined;

/** Added by chat apps, newsletters and ad platforms; never meant for the page. */
const TRACKING = /^(utm_.*|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|_ga|_gl)$/;

type Inputs = Partial<Record<keyof ModelInputs, unknown>>;

export function readUrl(search: string): UrlSettings {
  const problems: UrlProblem[] = [];
  const out: UrlSettings = { problems };
  const inputs: Inputs = {};
  const first = new Map<string, string>();

  for (const [name, value] of new URLSearchParams(search)) {
    if (TRACKING.test(name)) continue;
    // The first value counts; a repeat is only worth a word when it says something else.
    if (first.has(name)) {
      const used = first.get(name)!;
      if (used !== value && isKnownParameter(name))
        problems.push({ kind: 'repeated', parameter: name, value, used });
      continue;
    }
    first.set(name, value);
    readParameter(name, value, out, inputs, problems);
  }
  dropInapplicableConditions(out, inputs, problems);
  if (Object.keys(inputs).length) out.inputs = inputs as Partial<ModelInputs>;
  return out;
}

const PAGE_PARAMETERS = [
  'locale',
  'scenario',
  'unit',
  'speed',
  'profile',
  'day',
  'horizon',
  'embed',
  'present',
];
const PRESENT_VALUES: Readonly<Record<string, boolean | undefined>> = {
  1: true,
  true: true,
  0: false,
  false: false,
};
const isKnownParameter = (name: string): boolean => PAGE_PARAMETERS.includes(name) || isInputOptionName(name);

function readParameter(
  name: string,
  value: string,
  out: UrlSettings,
  inputs: Inputs,
  problems: UrlProblem[],
) {
  const unknownValue = () => void problems.push({ kind: 'unknown-value', parameter: name, value });
  if (name === 'locale') {
    const parsed = parseLocale(value);
    out.locale = parsed.locale;
    if (parsed.unknown) problems.push({ kind: 'unknown-value', parameter: name, value, used: parsed.locale });
  } else if (name === 'scenario') {
    if (findScenario(value)) out.scenarioId = value;
    else unknownValue();
  } else if (name === 'unit') {
    out.unit = ONE_OF<AmountUnit>(value, ['mg', 'mmol']) ?? unknownValue();
  } else if (name === 'speed') {
    out.speed = ONE_OF<Speed>(value, ['slow', 'normal', 'fast']) ?? unknownValue();
  } else if (name === 'profile') {
    out.profile = ONE_OF<ColourProfile>(value, ['screen', 'projector']) ?? unknownValue();
  } else if (name === 'day') {
    out.day = readDay(name, value, problems);
  } else if (name === 'horizon') {
    out.horizonDays = readHorizon(name, value, problems);
  } else if (name === 'embed') {
    out.embed = value === '1' || value === 'true';
    if (!out.embed && value !== '0' && value !== 'false') unknownValue();
  } else if (name === 'present') {
    const on = PRESENT_VALUES[value];
    if (on === undefined) unknownValue();
    else out.present = on;
  } else if (isInputOptionName(name)) {
    readInput(name, value, inputs, problems);
  } else if (TIMED.test(name)) {
    readTimed(name, value, out, problems);
  } else {
    problems.push({ kind: 'unknown-parameter', parameter: name, value });
  }
}

function readDay(parameter: string, value: string, problems: UrlProblem[]): number | undefined {
  const day = value.trim() === '' ? NaN : Number(value);
  if (!Number.isFinite(day)) return void problems.push({ kind: 'not-a-number', parameter, value });
  const used = roundDay(Math.min(MAX_LINK_DAY, Math.max(0, day)));
  if (used !== day) problems.push({ kind: 'out-of-range', parameter, value, used: String(used) });
  return used;
}

/** One of the chart's horizons; another number gets the next one up. */
function readHorizon(parameter: string, value: string, problems: UrlProblem[]): number | undefined {
  const days = value.trim() === '' ? NaN : Number(value);
  if (!Number.isFinite(days)) return void problems.push({ kind: 'not-a-number', parameter, value });
  const used = horizonFor(days);
  if (used !== days) problems.push({ kind: 'out-of-range', parameter, value, used: String(used) });
  return used;
}

/** `name_atDAY=value`: an input changed, or a jump to the steady state, on a later day. */
function readTimed(parameter: string, value: string, out: UrlSettings, problems: UrlProblem[]): void {
  const [, name, dayText] = TIMED.exec(parameter)!;
  const day = readDay(parameter, dayText, problems);
  if (day === undefined) return;
  const actions = out.actions ?? [];
  if (name === STEADY_STATE) {
    out.actions = appendAction(actions, { day, kind: 'steady' });
  } else if (isInputOptionName(name)) {
    const changes: Inputs = {};
    const found: UrlProblem[] = [];
    readInput(name, value, changes, found);
    problems.push(...found.map((p) => ({ ...p, parameter })));
    if (Object.keys(changes).length)
      out.actions = appendAction(actions, { day, kind: 'inputs', changes: changes as Partial<ModelInputs> });
  } else {
    problems.push({ kind: 'unknown-parameter', parameter, value });
  }
}

function readInput(name: InputOptionName, value: string, inputs: Inputs, problems: UrlProblem[]): void {
  const read = readOptionValue(name, value);
  if (!read.ok) {
    const { problem } = read;
    const kind = problem.kind === 'unknown-choice' ? 'unknown-value' : problem.kind;
    // Known names beside unknown ones are used; nothing known: ignored (a scenario's list stays).
    const usable = read.usable?.conditions;
    if (usable?.length) {
      inputs.conditions = usable;
      const unknown = problem.kind === 'unknown-condition' ? problem.unknown.join(',') : value;
      problems.push({ kind, parameter: name, value: unknown, used: usable.join(',') });
    } else
      problems.push({
        kind,
        parameter: name,
        value: problem.kind === 'unknown-condition' ? problem.unknown.join(',') : value,
      });
    return;
  }
  for (const [input, given] of Object.entries(read.changes)) {
    const adjusted = typeof given === 'number' ? adjustNumber(input as NumericInput, given) : undefined;
    inputs[input as keyof ModelInputs] = adjusted ? adjusted.used : given;
    if (adjusted) problems.push({ kind: adjusted.kind, parameter: name, value, used: String(adjusted.used) });
  }
}

/** Lactation needs a woman: left out when the link (or its scenario) makes the person a man. */
function dropInapplicableConditions(out: UrlSettings, inputs: Inputs, problems: UrlProblem[]): void {
  const scenario = out.scenarioId ? findScenario(out.scenarioId) : undefined;
  const base = scenario ? scenarioInputs(scenario) : DEFAULT_INPUTS;
  const sex = (inputs.sex as ModelInputs['sex'] | undefined) ?? base.sex;
  const given = (inputs.conditions as ModelInputs['conditions'] | undefined) ?? base.conditions;
  const { conditions, dropped } = applicableConditions(given, sex);
  if (dropped.length === 0) return;
  inputs.conditions = conditions;
  problems.push({ kind: 'needs-female', parameter: 'condition', value: dropped.join(','), used: sex });
}

/** What a link carries (the app state has all of it). */
export interface LinkState {
  locale: Locale;
  scenarioId: string | null;
  /** Inputs at day 0 of the run. */
  startInputs: ModelInputs;
  actions: readonly RunAction[];
  day: number;
  horizonDays: number;
  unit: AmountUnit;
  speed: Speed;
  profile: ColourProfile;
  embed: boolean;
}

/**
 * The URL that reproduces the run: the scenario, the inputs that differ from it at day 0, the later
 * changes with their days, the day reached and the display settings (defaults left out).
 */
export function writeUrl(state: LinkState): string {
  const params = new URLSearchParams();
  params.set('locale', state.locale);
  if (state.scenarioId) params.set('scenario', state.scenarioId);
  writeInputs(params, inputDifferences(startInputsOf(state.scenarioId), state.startInputs));
  for (const action of state.actions) {
    const at = `_at${roundDay(action.day)}`;
    if (action.kind === 'steady') params.append(`${STEADY_STATE}${at}`, '1');
    else writeInputs(params, action.changes, at);
  }
  if (state.day > 0) params.set('day', String(roundDay(state.day)));
  const s = state.scenarioId ? findScenario(state.scenarioId) : undefined;
  if (state.horizonDays !== (s ? horizonFor(s.suggestedDays) : 365))
    params.set('horizon', String(state.horizonDays));
  if (state.unit !== 'mg') params.set('unit', state.unit);
  if (state.speed !== 'normal') params.set('speed', state.speed);
  params.set('profile', state.profile);
  if (state.embed) params.set('embed', '1');
  return `?${params.toString()}`;
}

function writeInputs(params: URLSearchParams, changes: Partial<ModelInputs>, suffix = ''): void {
  for (const name of INPUT_OPTION_NAMES) {
    const input = INPUT_OPTIONS[name].input;
    if (!(input in changes)) continue;
    const value = changes[input];
    params.append(name + suffix, Array.isArray(value) ? value.join(',') || 'none' : String(value));
  }
}

/** The link fields of the app state (its fields are getters: no spread), at `day`. */
export const linkOf = (app: LinkState, day: number = app.day): LinkState => ({
  locale: app.locale,
  scenarioId: app.scenarioId,
  startInputs: app.startInputs,
  actions: app.actions,
  day,
  horizonDays: app.horizonDays,
  unit: app.unit,
  speed: app.speed,
  profile: app.profile,
  embed: app.embed,
});
