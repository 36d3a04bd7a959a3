/**
 * Slider ranges and keyboard steps per numeric control. Sliders cover the range a student needs
 * (implicit scaffolding); the number field beside each accepts the model's wider range
 * (INPUT_RANGES), and the model clamps anything beyond that with a notice.
 */
import type { InputRange, NumericInput } from '../../model/index.ts';
import { INPUT_RANGES } from '../../state/modelFacts.ts';

export interface SliderSpec {
  /** Slider ends (the number field uses the model range instead). */
  min: number;
  max: number;
  /** Arrow-key and drag step. */
  step: number;
  /** PageUp/PageDown step: a jump that means something (e.g. one UL for the supplement). */
  bigStep: number;
  /** Decimals shown. */
  digits: number;
}

export type SliderInput = Exclude<NumericInput, 'ivMgPerDay' | 'phytateMmolPerMeal'>;

// prettier-ignore
export const SLIDERS: Readonly<Record<SliderInput, SliderSpec>> = {
  intakeMgPerDay:        { min: 0, max: 1000, step: 5,   bigStep: 50,  digits: 0 },
  waterMgPerL:           { min: 0, max: 1100, step: 1,   bigStep: 50,  digits: 0 },
  waterLPerDay:          { min: 0, max: 3,    step: 0.1, bigStep: 0.5, digits: 1 },
  supplementMgPerDay:    { min: 0, max: 3000, step: 10,  bigStep: 250, digits: 0 },
  supplementDosesPerDay: { min: 1, max: 4,    step: 1,   bigStep: 1,   digits: 0 },
  gfrMlPerMin:           { min: 5, max: 150,  step: 1,   bigStep: 10,  digits: 0 },
  ageYears:              { min: 1, max: 100,  step: 1,   bigStep: 10,  digits: 0 },
};

/** The model's meaningful range, for the number field. */
export const fieldRange = (name: SliderInput): InputRange => INPUT_RANGES[name];

const tidy = (x: number): number => Math.round(x * 1e9) / 1e9;
const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));

/**
 * The value after PageUp/PageDown: the next multiple of bigStep up or down, kept on the slider.
 * A value beyond the slider (typed in the number field) is never pulled the wrong way.
 * Returns undefined for other keys (the browser handles arrows, Home and End).
 */
export function pageStep(value: number, key: string, spec: SliderSpec): number | undefined {
  const { bigStep: big, min, max } = spec;
  if (key === 'PageUp') {
    const next = tidy((Math.floor(tidy(value / big)) + 1) * big);
    return Math.max(value, clamp(next, min, max));
  }
  if (key === 'PageDown') {
    const next = tidy((Math.ceil(tidy(value / big)) - 1) * big);
    return Math.min(value, clamp(next, min, max));
  }
  return undefined;
}

/** A number typed in a field: a finite number, or undefined for empty or not-a-number text. */
export function parseField(text: string): number | undefined {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return undefined;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : undefined;
}

/** Inside the model range? (Typing may commit live only then; outside it waits for Enter or blur.) */
export const inFieldRange = (name: SliderInput, value: number): boolean =>
  value >= INPUT_RANGES[name].min && value <= INPUT_RANGES[name].max;
