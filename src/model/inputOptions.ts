/**
 * External names of the model inputs (`intake-mg`, `ppi`, …), shared by the runner's flags and
 * events and the app's URL parameters, so the two can never name an input differently. Their
 * values are read by one set of rules too: ./inputValues.ts.
 */
import { CONDITIONS, DIURETICS, PPI_USE, SEXES, SUPPLEMENT_FORMS, type NumericInput } from './inputs.ts';

export interface NumericOption {
  kind: 'number';
  input: NumericInput;
  /** What the value is, for "expects …" messages. */
  expects: string;
}

export interface ChoiceOption {
  kind: 'choice';
  input: 'diuretic' | 'ppi' | 'sex' | 'supplementForm';
  choices: readonly string[];
}

export interface ConditionOption {
  kind: 'condition';
  input: 'conditions';
  choices: readonly string[];
}

export type InputOption = NumericOption | ChoiceOption | ConditionOption;

export const INPUT_OPTIONS = {
  'intake-mg': { kind: 'number', input: 'intakeMgPerDay', expects: 'a number of mg/day' },
  'water-mg-per-l': { kind: 'number', input: 'waterMgPerL', expects: 'a number of mg/L' },
  'water-l': { kind: 'number', input: 'waterLPerDay', expects: 'a number of litres/day' },
  'supplement-mg': { kind: 'number', input: 'supplementMgPerDay', expects: 'a number of mg/day' },
  doses: {
    kind: 'number',
    input: 'supplementDosesPerDay',
    expects: 'a whole number of doses per day',
  },
  'supplement-form': { kind: 'choice', input: 'supplementForm', choices: SUPPLEMENT_FORMS },
  diuretic: { kind: 'choice', input: 'diuretic', choices: DIURETICS },
  ppi: { kind: 'choice', input: 'ppi', choices: PPI_USE },
  condition: { kind: 'condition', input: 'conditions', choices: CONDITIONS },
  'gfr-ml-min': { kind: 'number', input: 'gfrMlPerMin', expects: 'a number of mL/min' },
  'phytate-mmol': { kind: 'number', input: 'phytateMmolPerMeal', expects: 'a number of mmol per meal' },
  sex: { kind: 'choice', input: 'sex', choices: SEXES },
  age: { kind: 'number', input: 'ageYears', expects: 'a number of years' },
} as const satisfies Record<string, InputOption>;

export type InputOptionName = keyof typeof INPUT_OPTIONS;
export const INPUT_OPTION_NAMES = Object.keys(INPUT_OPTIONS) as InputOptionName[];

export const isInputOptionName = (name: string): name is InputOptionName =>
  Object.hasOwn(INPUT_OPTIONS, name);

/** The flag that sets a numeric input (for notices about values that came from a scenario). */
export function optionNameOf(input: NumericInput): InputOptionName | undefined {
  return INPUT_OPTION_NAMES.find((n) => INPUT_OPTIONS[n].input === input);
}
