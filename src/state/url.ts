/**
 * URL parameters: a teacher's link opens straight into a prepared set-up
 * (`?locale=en&scenario=ppi-long-term&intake-mg=200&profile=projector`). Input parameters use the
 * runner's option names and its rules for values (src/model/inputValues.ts). Bad values never
 * crash: they are ignored, rounded or clamped, and reported. Tracking parameters that chat apps
 * and learning platforms add (utm_*, fbclid, …) are ignored quietly.
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

export interface UrlSettings extends InitialSettings {
  /** Parameters that were not understood or were adjusted, for a message on screen. */
  problems: UrlProblem[];
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

const PAGE_PARAMETERS = ['locale', 'scenario', 'unit', 'speed', 'profile'];
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
  } else if (isInputOptionName(name)) {
    readInput(name, value, inputs, problems);
  } else {
    problems.push({ kind: 'unknown-parameter', parameter: name, value });
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

/** The URL that reproduces the current set-up (only what differs from the defaults). */
export function writeUrl(state: {
  locale: Locale;
  scenarioId: string | null;
  inputs: ModelInputs;
  unit: AmountUnit;
  speed: Speed;
  profile: ColourProfile;
}): string {
  const params = new URLSearchParams();
  params.set('locale', state.locale);
  if (state.scenarioId) params.set('scenario', state.scenarioId);
  for (const name of INPUT_OPTION_NAMES) {
    const option = INPUT_OPTIONS[name];
    const value = state.inputs[option.input];
    if (JSON.stringify(value) === JSON.stringify(DEFAULT_INPUTS[option.input])) continue;
    params.set(name, Array.isArray(value) ? value.join(',') || 'none' : String(value));
  }
  if (state.unit !== 'mg') params.set('unit', state.unit);
  if (state.speed !== 'normal') params.set('speed', state.speed);
  params.set('profile', state.profile);
  return `?${params.toString()}`;
}
