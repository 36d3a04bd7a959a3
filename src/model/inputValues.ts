/**
 * Reading the text of an input option, the one set of rules for a link (`?intake-mg=250`), a
 * runner flag (`--intake-mg 250`) and a runner event (`30:intake-mg=250`), so the page and the
 * runner accept, adjust and refuse exactly the same values:
 *
 * - Numbers are plain decimals or exponent notation (250, 1.5, .5, 2e2). Hexadecimal (0x10),
 *   Infinity, NaN and empty text are not numbers; negative amounts mean nothing. Both are refused
 *   (the runner exits with a message; the page ignores the value and says so).
 * - A number the model cannot use as given is adjusted, with a note of what was used instead
 *   (adjustNumber): a fraction for a whole-number input (doses, age) is rounded, and a value
 *   outside the model's range is clamped to it.
 * - Choices must be one of their names. A condition list (`alcohol,elderly`) keeps its known names
 *   and names the unknown ones; `none` is the empty list and stands alone.
 * - Lactation needs a woman (applicableConditions).
 */
import {
  clampInput,
  INPUT_RANGES,
  type Condition,
  type InputRange,
  type ModelInputs,
  type NumericInput,
  type Sex,
} from './inputs.ts';
import { INPUT_OPTIONS, type InputOptionName } from './inputOptions.ts';

export type ValueProblem =
  | { kind: 'not-a-number' }
  | { kind: 'negative' }
  | { kind: 'unknown-choice'; choices: readonly string[] }
  /** Some names of a condition list are unknown; the known ones are in `usable`. */
  | { kind: 'unknown-condition'; unknown: string[]; choices: readonly string[] }
  | { kind: 'none-combined' };

export type ValueReading =
  | { ok: true; changes: Partial<ModelInputs> }
  /** `usable`: what a lenient reader (the page) can still use, e.g. the known conditions. */
  | { ok: false; problem: ValueProblem; usable?: Partial<ModelInputs> };

// Linear-time (no nested quantifiers): a 100,000-digit value must not hang the reader.
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** A plain decimal number (surrounding spaces allowed), or undefined for anything else. */
export function parseDecimal(text: string): number | undefined {
  const trimmed = text.trim();
  if (!DECIMAL.test(trimmed)) return undefined;
  const n = Number(trimmed);
  // "-0" is 0: a negative zero would print as "0" yet compare differently (Object.is, toEqual).
  return Number.isFinite(n) ? n + 0 : undefined;
}

/** An amount, rate, count or age: a decimal number, not negative. */
export function readAmount(text: string): { ok: true; value: number } | { ok: false; problem: ValueProblem } {
  const n = parseDecimal(text);
  if (n === undefined) return { ok: false, problem: { kind: 'not-a-number' } };
  if (n < 0) return { ok: false, problem: { kind: 'negative' } };
  return { ok: true, value: n };
}

export const CONDITION_NONE = 'none';

/** The value of one input option, as model input changes (numbers not yet adjusted). */
export function readOptionValue(name: InputOptionName, text: string): ValueReading {
  const option = INPUT_OPTIONS[name];
  if (option.kind === 'number') {
    const amount = readAmount(text);
    return amount.ok ? { ok: true, changes: { [option.input]: amount.value } } : amount;
  }
  if (option.kind === 'choice') {
    if ((option.choices as readonly string[]).includes(text))
      return { ok: true, changes: { [option.input]: text } };
    return { ok: false, problem: { kind: 'unknown-choice', choices: option.choices } };
  }
  return readConditions(text);
}

/** `none`, or names separated by commas (`alcohol,elderly`); duplicates and empty items dropped. */
export function readConditions(text: string): ValueReading {
  const choices = INPUT_OPTIONS.condition.choices as readonly string[];
  const names = [...new Set(text.split(',').filter((c) => c !== ''))];
  if (names.length === 1 && names[0] === CONDITION_NONE) return { ok: true, changes: { conditions: [] } };
  const known = names.filter((c): c is Condition => choices.includes(c));
  const usable = { conditions: known };
  const unknown = names.filter((c) => c !== CONDITION_NONE && !choices.includes(c));
  if (unknown.length > 0 || names.length === 0)
    return {
      ok: false,
      problem: { kind: 'unknown-condition', unknown: names.length ? unknown : [text], choices },
      usable,
    };
  if (names.includes(CONDITION_NONE)) return { ok: false, problem: { kind: 'none-combined' }, usable };
  return { ok: true, changes: usable };
}

export interface NumberAdjustment {
  /** 'not-whole': a fraction for a whole-number input, rounded; 'out-of-range': clamped. */
  kind: 'not-whole' | 'out-of-range';
  given: number;
  used: number;
  range: InputRange;
}

/** What the model uses for this number, if not the number itself (undefined: used as given). */
export function adjustNumber(input: NumericInput, given: number): NumberAdjustment | undefined {
  const { used, changed } = clampInput(input, given);
  if (!changed) return undefined;
  const range = INPUT_RANGES[input];
  const inRange = given >= range.min && given <= range.max;
  return { kind: inRange ? 'not-whole' : 'out-of-range', given, used, range };
}

/** Conditions this person can have: lactation needs a woman. */
export function applicableConditions(
  conditions: readonly Condition[],
  sex: Sex,
): {
  conditions: Condition[];
  dropped: Condition[];
} {
  const dropped: Condition[] = sex === 'male' ? conditions.filter((c) => c === 'lactation') : [];
  return { conditions: conditions.filter((c) => !dropped.includes(c)), dropped };
}
