/**
 * URL parameters: a teacher's link opens straight into a prepared set-up
 * (`?locale=en&scenario=ppi-long-term&intake-mg=200&profile=projector`). Input parameters use the
 * runner's option names. Bad values never crash: they are ignored or clamped, and reported.
 */
import { parseLocale, type Locale } from '../i18n/index.ts';
import {
  clampInput,
  DEFAULT_INPUTS,
  INPUT_OPTIONS,
  INPUT_OPTION_NAMES,
  type Condition,
  type ModelInputs,
} from '../model/index.ts';
import { findScenario } from '../scenarios/scenarios.ts';
import type { AmountUnit, ColourProfile, InitialSettings, Speed } from './appState.svelte.ts';

export interface UrlSettings extends InitialSettings {
  /** Parameters that were not understood or were adjusted, for a message on screen. */
  problems: UrlProblem[];
  /** `?present=1`: open in presentation mode (a view setting, not part of the AppState). */
  present?: boolean;
}

export interface UrlProblem {
  parameter: string;
  value: string;
  /** What was used instead (absent when the parameter was ignored). */
  used?: string;
}

const ONE_OF = <T extends string>(value: string, choices: readonly T[]): T | undefined =>
  (choices as readonly string[]).includes(value) ? (value as T) : undefined;

const PRESENT_VALUES: Readonly<Record<string, boolean | undefined>> = {
  1: true,
  true: true,
  0: false,
  false: false,
};

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
    } else if (name === 'present') {
      const on = PRESENT_VALUES[value];
      if (on === undefined) problems.push({ parameter: name, value });
      else out.present = on;
    } else if ((INPUT_OPTION_NAMES as readonly string[]).includes(name)) {
      readInput(name as keyof typeof INPUT_OPTIONS, value, inputs, problems);
    } else {
      problems.push({ parameter: name, value });
    }
  }
  if (Object.keys(inputs).length) out.inputs = inputs as Partial<ModelInputs>;
  return out;
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
): void {
  const option = INPUT_OPTIONS[name];
  if (option.kind === 'number') {
    const n = value.trim() === '' ? NaN : Number(value);
    if (!Number.isFinite(n)) return void problems.push({ parameter: name, value });
    const { used, changed } = clampInput(option.input, n);
    if (changed) problems.push({ parameter: name, value, used: String(used) });
    inputs[option.input] = used;
  } else if (option.kind === 'choice') {
    const choice = ONE_OF(value, option.choices);
    if (choice) inputs[option.input] = choice;
    else problems.push({ parameter: name, value });
  } else {
    const names = value.split(',').filter((c) => c && c !== 'none');
    const valid = names.filter((c): c is Condition => (option.choices as readonly string[]).includes(c));
    if (valid.length !== names.length)
      problems.push({ parameter: name, value, used: valid.join(',') || 'none' });
    inputs.conditions = valid;
  }
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
