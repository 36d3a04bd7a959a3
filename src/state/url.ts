/**
 * URL parameters: a teacher's link opens straight into a prepared set-up
 * (`?locale=en&scenario=ppi-long-term&intake-mg=200&profile=projector`). Input parameters use the
 * runner's option names. Bad values never crash: they are ignored or clamped, and reported.
 *
 * A copied link reproduces the run: the scenario (with its events), the inputs that differ from it
 * at day 0, what the user changed later (`intake-mg_at120=200`: from day 120 on;
 * `steady-state_at300=1`: jumped to the steady state on day 300), the day reached (`day=365`),
 * and speed, language, profile, unit and horizon. `embed=1` shows only the diagram, the time bar and
 * the serum chart.
 */
import { parseLocale, type Locale } from '../i18n/index.ts';
import {
  clampInput,
  INPUT_OPTIONS,
  INPUT_OPTION_NAMES,
  type Condition,
  type ModelInputs,
} from '../model/index.ts';
import { findScenario } from '../scenarios/scenarios.ts';
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
}

export interface UrlProblem {
  parameter: string;
  value: string;
  /** What was used instead (absent when the parameter was ignored). */
  used?: string;
}

const ONE_OF = <T extends string>(value: string, choices: readonly T[]): T | undefined =>
  (choices as readonly string[]).includes(value) ? (value as T) : undefined;

export function readUrl(search: string): UrlSettings {
  const params = new URLSearchParams(search);
  const problems: UrlProblem[] = [];
  const out: UrlSettings = { problems };
  const inputs: Partial<Record<keyof ModelInputs, unknown>> = {};

  for (const [name, value] of params) {
    if (name === 'locale') {
      const parsed = parseLocale(value);
      out.locale = parsed.locale;
      if (parsed.unknown) problems.push({ parameter: name, value, used: parsed.locale });
    } else if (name === 'scenario') {
      if (findScenario(value)) out.scenarioId = value;
      else problems.push({ parameter: name, value });
    } else if (name === 'unit') {
      out.unit = ONE_OF<AmountUnit>(value, ['mg', 'mmol']) ?? ignore(problems, name, value);
    } else if (name === 'speed') {
      out.speed = ONE_OF<Speed>(value, ['slow', 'normal', 'fast']) ?? ignore(problems, name, value);
    } else if (name === 'profile') {
      out.profile = ONE_OF<ColourProfile>(value, ['screen', 'projector']) ?? ignore(problems, name, value);
    } else if (name === 'day') {
      out.day = readDay(name, value, problems);
    } else if (name === 'horizon') {
      out.horizonDays = readHorizon(name, value, problems);
    } else if (name === 'embed') {
      out.embed = value === '1' || value === 'true';
      if (!out.embed && value !== '0' && value !== 'false') problems.push({ parameter: name, value });
    } else if (isInputName(name)) {
      readInput(name, value, inputs, problems);
    } else if (TIMED.test(name)) {
      readTimed(name, value, out, problems);
    } else {
      problems.push({ parameter: name, value });
    }
  }
  if (Object.keys(inputs).length) out.inputs = inputs as Partial<ModelInputs>;
  return out;
}

const isInputName = (name: string): name is keyof typeof INPUT_OPTIONS =>
  (INPUT_OPTION_NAMES as readonly string[]).includes(name);

function readDay(parameter: string, value: string, problems: UrlProblem[]): number | undefined {
  const day = value.trim() === '' ? NaN : Number(value);
  if (!Number.isFinite(day)) return void problems.push({ parameter, value });
  const used = roundDay(Math.min(MAX_LINK_DAY, Math.max(0, day)));
  if (used !== day) problems.push({ parameter, value, used: String(used) });
  return used;
}

/** One of the chart's horizons; another number gets the next one up. */
function readHorizon(parameter: string, value: string, problems: UrlProblem[]): number | undefined {
  const days = value.trim() === '' ? NaN : Number(value);
  if (!Number.isFinite(days)) return void problems.push({ parameter, value });
  const used = horizonFor(days);
  if (used !== days) problems.push({ parameter, value, used: String(used) });
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
  } else if (isInputName(name)) {
    const changes: Partial<Record<keyof ModelInputs, unknown>> = {};
    readInput(name, value, changes, problems, parameter);
    if (Object.keys(changes).length)
      out.actions = appendAction(actions, { day, kind: 'inputs', changes: changes as Partial<ModelInputs> });
  } else {
    problems.push({ parameter, value });
  }
}

function ignore(problems: UrlProblem[], parameter: string, value: string): undefined {
  problems.push({ parameter, value });
  return undefined;
}

function readInput(
  name: keyof typeof INPUT_OPTIONS,
  value: string,
  inputs: Partial<Record<keyof ModelInputs, unknown>>,
  problems: UrlProblem[],
  parameter: string = name,
): void {
  const option = INPUT_OPTIONS[name];
  if (option.kind === 'number') {
    const n = value.trim() === '' ? NaN : Number(value);
    if (!Number.isFinite(n)) return void problems.push({ parameter, value });
    const { used, changed } = clampInput(option.input, n);
    if (changed) problems.push({ parameter, value, used: String(used) });
    inputs[option.input] = used;
  } else if (option.kind === 'choice') {
    const choice = ONE_OF(value, option.choices);
    if (choice) inputs[option.input] = choice;
    else problems.push({ parameter, value });
  } else {
    const names = value.split(',').filter((c) => c && c !== 'none');
    const valid = names.filter((c): c is Condition => (option.choices as readonly string[]).includes(c));
    if (valid.length !== names.length) problems.push({ parameter, value, used: valid.join(',') || 'none' });
    inputs.conditions = valid;
  }
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
