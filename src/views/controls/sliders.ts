/**
 * Slider steps per numeric control. Slider and number field share one range, the model's
 * (INPUT_RANGES): a value typed in the field always sits on the slider, and an arrow key moves it
 * one step from where it is (issue 10 #8: with a 0–1000 slider and a 0–2000 field, 1500 pinned the
 * thumb and one ← set 995). Where normal values use a small part of the range (intake 150–600 of
 * 0–2000 mg/day), labelled ticks under the slider give the scale, the arrows move 5 mg and
 * PageUp/PageDown a meaningful jump. The model clamps anything typed beyond the range, with a notice.
 */
import { INPUT_RANGES, type InputRange, type NumericInput } from '../../model/index.ts';
import { TYPED_DECIMALS } from '../../state/typedPrecision.ts';
import { parseFieldNumber, type FieldRange } from './numberField.ts';

export interface SliderSpec {
  /** Slider ends: the model's range, the same as the number field's. */
  min: number;
  max: number;
  /** Arrow-key and drag step. */
  step: number;
  /** PageUp/PageDown step: a jump that means something (e.g. one UL for the supplement). */
  bigStep: number;
  /** Decimals shown. */
  digits: number;
  /** Labelled values under the slider, for long ranges. */
  ticks?: readonly number[];
}

export type SliderInput = Exclude<NumericInput, 'ivMgPerDay' | 'phytateMmolPerMeal'>;

const slider = (
  name: SliderInput,
  step: number,
  bigStep: number,
  digits: number,
  ticks?: readonly number[],
): SliderSpec => ({
  min: INPUT_RANGES[name].min,
  max: INPUT_RANGES[name].max,
  step,
  bigStep,
  digits,
  ...(ticks ? { ticks } : {}),
});

// prettier-ignore
export const SLIDERS: Readonly<Record<SliderInput, SliderSpec>> = {
  intakeMgPerDay:        slider('intakeMgPerDay', 5, 50, 0, [0, 1000, 2000]),
  waterMgPerL:           slider('waterMgPerL', 1, 50, 0),
  waterLPerDay:          slider('waterLPerDay', 0.05, 0.5, 2),
  supplementMgPerDay:    slider('supplementMgPerDay', 10, 250, 0, [0, 3000, 6000]),
  supplementDosesPerDay: slider('supplementDosesPerDay', 1, 1, 0),
  gfrMlPerMin:           slider('gfrMlPerMin', 1, 10, 0),
  ageYears:              slider('ageYears', 1, 10, 0),
};

/** The model's meaningful range, for the number field. */
export const fieldRange = (name: SliderInput): InputRange => INPUT_RANGES[name];

/** The number field of a control: the model's range and the decimals a user types. */
export const numberFieldRange = (name: SliderInput): FieldRange => ({
  min: INPUT_RANGES[name].min,
  max: INPUT_RANGES[name].max,
  decimals: TYPED_DECIMALS[name],
});

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
export const parseField = (text: string): number | undefined => parseFieldNumber(text);

/** Inside the model range? (Typing may commit live only then; outside it waits for Enter or blur.) */
export const inFieldRange = (name: SliderInput, value: number): boolean =>
  value >= INPUT_RANGES[name].min && value <= INPUT_RANGES[name].max;
