/**
 * Command line → typed options. Values are read by the rules the page uses for links
 * (src/model/inputValues.ts). Rejects what cannot be meant (non-numbers, negative amounts,
 * unknown names) with one-line messages that quote and shorten the bad value; leaves rounding and
 * clamping to the model's ranges to run.ts, which knows the scenario and can say where a value
 * came from.
 */
import {
  CONDITION_NONE,
  quoteValue,
  readAmount,
  readConditions,
  readOptionValue,
  type Condition,
  type ModelInputs,
  type ValueProblem,
} from '../model/index.ts';
import { findScenario, SCENARIO_IDS } from '../scenarios/scenarios.ts';
import {
  DEFAULT_DAYS,
  FORMATS,
  INPUT_OPTION_NAMES,
  INPUT_OPTIONS,
  isInputOptionName,
  MAX_DAYS,
  type InputOptionName,
  type OutputFormat,
} from './flags.ts';
import { ANALYSIS_FLAGS, isAnalysisFlag, parseAnalysisFlag, type AnalysisOption } from './analysisArgs.ts';

/** A bad command line; main prints the message as one line and exits with status 2. */
export class ParseError extends Error {
  override name = 'ParseError';
}

export type ConditionEdit = { op: 'add' | 'remove'; condition: Condition } | { op: 'clear' };

export interface CliEvent {
  day: number;
  /** As typed, e.g. "30:intake-mg=0", for messages. */
  text: string;
  option: InputOptionName;
  /** Inputs set from this day on (not conditions: those are edits of the list in force then). */
  changes: Partial<ModelInputs>;
  conditionEdit?: ConditionEdit;
}

export interface CliOptions {
  scenarioId: string | null;
  /** Inputs given as flags, not yet clamped; they override the scenario's. */
  inputs: Partial<ModelInputs>;
  /** null: not given (365 for a run; a steady state has no length). */
  days: number | null;
  /** null: the scenario's baseline, else the reference intake. */
  baselineIntakeMgPerDay: number | null;
  /** In command-line order. */
  events: CliEvent[];
  steadyState: boolean;
  format: OutputFormat;
  /** --sensitivity, --time-scales or --uncertainty N instead of a plain run. */
  analysis: AnalysisOption | null;
}

export type Command = { kind: 'help' } | { kind: 'run'; options: CliOptions };

interface FlagSpec {
  /** Shown in "needs a value" messages. */
  value?: string;
  repeatable?: boolean;
}

const FLAGS: Record<string, FlagSpec> = {
  help: {},
  scenario: { value: 'a scenario id' },
  ...Object.fromEntries(
    INPUT_OPTION_NAMES.map((n) => [n, { value: valueHint(n), repeatable: n === 'condition' }]),
  ),
  days: { value: 'a whole number of days' },
  'baseline-intake-mg': { value: 'a number of mg/day' },
  event: { value: 'DAY:OPTION=VALUE', repeatable: true },
  'steady-state': {},
  format: { value: FORMATS.join(' or ') },
  ...ANALYSIS_FLAGS,
};

function valueHint(name: InputOptionName): string {
  const o = INPUT_OPTIONS[name];
  return o.kind === 'number' ? o.expects : `one of ${o.choices.join(', ')}`;
}

export function parseArgs(argv: readonly string[]): Command {
  const options: CliOptions = {
    scenarioId: null,
    inputs: {},
    days: null,
    baselineIntakeMgPerDay: null,
    events: [],
    steadyState: false,
    format: 'json',
    analysis: null,
  };
  // --help wins wherever it stands, also beside a bad option (a value never starts with --).
  if (argv.includes('--help')) return { kind: 'help' };
  const seen = new Set<string>();
  const conditions: Condition[][] = [];
  let conditionNone = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--') || arg === '--')
      throw new ParseError(`unexpected argument ${quoteValue(arg)} (options start with --; see --help)`);
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    const spec = Object.hasOwn(FLAGS, name) ? FLAGS[name] : undefined;
    if (!spec) throw new ParseError(`unknown option ${quoteValue(`--${name}`)} (see --help)`);
    if (seen.has(name) && !spec.repeatable) throw new ParseError(`--${name} given more than once`);
    seen.add(name);
    let value = '';
    if (spec.value === undefined) {
      if (eq >= 0) throw new ParseError(`--${name} takes no value`);
    } else if (eq >= 0) value = arg.slice(eq + 1);
    // A value may start with one dash (a negative number gets a clear message below), not two.
    else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) value = argv[++i];
    else throw new ParseError(`--${name} needs a value (${spec.value})`);

    if (name === 'help') return { kind: 'help' };
    if (name === 'scenario') options.scenarioId = parseScenarioId(value);
    else if (name === 'days') options.days = parseDays(value);
    else if (name === 'baseline-intake-mg')
      options.baselineIntakeMgPerDay = parseAmount('--baseline-intake-mg', value, 'a number of mg/day');
    else if (name === 'event') options.events.push(parseEvent(value));
    else if (name === 'steady-state') options.steadyState = true;
    else if (name === 'format') options.format = parseChoice('--format', value, FORMATS);
    else if (isAnalysisFlag(name))
      options.analysis = parseAnalysisFlag(name, value, options.analysis, (m) => new ParseError(m));
    else if (name === 'condition') {
      conditions.push(parseConditions('--condition', value));
      conditionNone ||= value === CONDITION_NONE;
    } else if (isInputOptionName(name))
      Object.assign(options.inputs, parseInputValue(name, `--${name}`, value));
  }
  if (conditionNone && conditions.flat().length > 0)
    throw new ParseError('--condition none cannot be combined with other conditions');
  if (conditions.length > 0) options.inputs.conditions = [...new Set(conditions.flat())];
  const days = options.days ?? DEFAULT_DAYS;
  for (const e of options.events)
    if (e.day > days)
      throw new ParseError(
        `--event ${quoteValue(e.text)}: DAY must be from 0 to ${days} (the run length), got ${e.day}`,
      );
  return { kind: 'run', options };
}

function parseScenarioId(id: string): string {
  if (findScenario(id)) return id;
  throw new ParseError(`unknown scenario ${quoteValue(id)}; valid ids: ${SCENARIO_IDS.join(', ')}`);
}

/** An amount, rate or age (a plain decimal number, not negative), or a one-line ParseError. */
function parseAmount(label: string, text: string, expects: string): number {
  const read = readAmount(text);
  if (read.ok) return read.value;
  throw new ParseError(problemMessage(label, text, read.problem, expects));
}

/** One line for a value that cannot be used, quoting (and shortening) what was given. */
function problemMessage(label: string, text: string, problem: ValueProblem, expects = ''): string {
  const got = `got ${quoteValue(text)}`;
  switch (problem.kind) {
    case 'not-a-number':
      return `${label} expects ${expects}, ${got}`;
    case 'negative':
      return `${label} cannot be negative, ${got}`;
    case 'unknown-choice':
      return `${label} expects one of ${problem.choices.join(', ')}, ${got}`;
    case 'unknown-condition':
      return (
        `${label}: unknown condition ${quoteValue(problem.unknown[0])}` +
        ` (conditions: ${problem.choices.join(', ')}; or ${CONDITION_NONE}), ${got}`
      );
    case 'none-combined':
      return `${label}: ${CONDITION_NONE} cannot be combined with other conditions, ${got}`;
  }
}

function parseDays(text: string): number {
  const expects = `a whole number of days from 1 to ${MAX_DAYS}`;
  const n = parseAmount('--days', text, expects);
  if (!Number.isInteger(n) || n < 1 || n > MAX_DAYS)
    throw new ParseError(`--days expects ${expects}, got ${quoteValue(text)}`);
  return n;
}

function parseChoice<T extends string>(label: string, text: string, choices: readonly T[]): T {
  if ((choices as readonly string[]).includes(text)) return text as T;
  throw new ParseError(problemMessage(label, text, { kind: 'unknown-choice', choices }));
}

/** `--condition NAME[,NAME…]` or `--condition none`; repeated flags add up. */
function parseConditions(label: string, text: string): Condition[] {
  const read = readConditions(text);
  if (!read.ok) throw new ParseError(problemMessage(label, text, read.problem));
  return [...(read.changes.conditions ?? [])];
}

/** One input's value (not conditions) as a partial ModelInputs. */
function parseInputValue(name: InputOptionName, label: string, text: string): Partial<ModelInputs> {
  const o = INPUT_OPTIONS[name];
  if (o.kind === 'condition') throw new Error('conditions are parsed by the caller');
  const read = readOptionValue(name, text);
  if (read.ok) return read.changes;
  throw new ParseError(problemMessage(label, text, read.problem, o.kind === 'number' ? o.expects : ''));
}

function parseEvent(text: string): CliEvent {
  const m = /^([^:]*):([^=]*)=([\s\S]*)$/.exec(text);
  if (!m)
    throw new ParseError(
      `--event expects DAY:OPTION=VALUE (e.g. 30:supplement-mg=0), got ${quoteValue(text)}`,
    );
  const [, dayText, option, value] = m;
  const where = `--event ${quoteValue(text)}`;
  const day = parseAmount(where + ': DAY', dayText, 'a number of days');
  if (!isInputOptionName(option))
    throw new ParseError(
      `${where}: unknown option ${quoteValue(option)}; options: ${INPUT_OPTION_NAMES.join(', ')}`,
    );
  const label = `${where}: ${option}`;
  if (option !== 'condition') return { day, text, option, changes: parseInputValue(option, label, value) };
  return { day, text, option, changes: {}, conditionEdit: parseConditionEdit(label, value) };
}

function parseConditionEdit(label: string, text: string): ConditionEdit {
  if (text === 'none') return { op: 'clear' };
  const op = text.startsWith('-') ? 'remove' : 'add';
  const name = /^[+-]/.test(text) ? text.slice(1) : text;
  const names = INPUT_OPTIONS.condition.choices;
  if (!(names as readonly string[]).includes(name))
    throw new ParseError(
      `${label} expects none, NAME, +NAME or -NAME with NAME one of ${names.join(', ')}, got ${quoteValue(text)}`,
    );
  return { op, condition: name as Condition };
}
