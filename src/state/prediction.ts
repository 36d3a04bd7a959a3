/**
 * Predict, observe, explain: what a student predicts before a scenario runs, and how it compares
 * with the run. Pure (no Svelte): the app state keeps one Prediction and asks for the outcome.
 */
import { NORMAL_RANGE_MMOL_PER_L, type Series } from '../model/index.ts';

export type Direction = 'rises' | 'stays' | 'falls';
export type EndBand = 'below' | 'within' | 'above';
export const DIRECTIONS: readonly Direction[] = ['rises', 'stays', 'falls'];
export const END_BANDS: readonly EndBand[] = ['below', 'within', 'above'];

/**
 * A change smaller than this counts as 'stays about the same' (mmol/L): about the day-to-day
 * variation of serum Mg in one healthy person, so a smaller change would not be noticed in a lab
 * result either.
 */
export const SAME_WITHIN_MMOL_PER_L = 0.03;

/** Points of a sketched serum course, evenly spread from day 0 to the scenario's length. */
export const SKETCH_POINTS = 7;

/** Serum values a sketch point can take (mmol/L), and the keyboard steps. */
export const SKETCH_RANGE_MMOL_PER_L = { min: 0, max: 2, step: 0.01, bigStep: 0.05 } as const;

export interface Prediction {
  direction: Direction | null;
  endBand: EndBand | null;
  /** Serum at the sketch days (mmol/L), or null while the student has not sketched. */
  sketch: number[] | null;
}

export const EMPTY_PREDICTION: Prediction = { direction: null, endBand: null, sketch: null };

export const hasPrediction = (p: Prediction): boolean =>
  p.direction !== null || p.endBand !== null || p.sketch !== null;

/** The days of the sketch points for a run of `days`. */
export function sketchDays(days: number): number[] {
  return Array.from({ length: SKETCH_POINTS }, (_, i) => Math.round((i * days) / (SKETCH_POINTS - 1)));
}

export const clampSketchValue = (v: number): number =>
  Math.min(SKETCH_RANGE_MMOL_PER_L.max, Math.max(SKETCH_RANGE_MMOL_PER_L.min, Math.round(v * 100) / 100));

export function directionOf(startMmolPerL: number, endMmolPerL: number): Direction {
  const change = endMmolPerL - startMmolPerL;
  if (change > SAME_WITHIN_MMOL_PER_L) return 'rises';
  if (change < -SAME_WITHIN_MMOL_PER_L) return 'falls';
  return 'stays';
}

export function endBandOf(serumMmolPerL: number): EndBand {
  if (serumMmolPerL < NORMAL_RANGE_MMOL_PER_L.low) return 'below';
  if (serumMmolPerL > NORMAL_RANGE_MMOL_PER_L.high) return 'above';
  return 'within';
}

export interface Outcome {
  startMmolPerL: number;
  endMmolPerL: number;
  endDay: number;
  direction: Direction;
  endBand: EndBand;
  /** Largest gap between the sketch and the run at the sketch days (mmol/L), when sketched. */
  sketchGapMmolPerL: number | null;
}

/** What the run did up to `endDay`, measured the way the prediction was asked. */
export function outcomeOf(history: Series, endDay: number, prediction: Prediction): Outcome | null {
  const n = history.day.length;
  if (n === 0) return null;
  const at = (day: number): number => {
    let i = 0;
    while (i < n - 1 && history.day[i + 1] <= day + 1e-9) i++;
    return history.serumMgMmolPerL[i];
  };
  const startMmolPerL = history.serumMgMmolPerL[0];
  const endMmolPerL = at(endDay);
  const days = sketchDays(endDay);
  const sketchGapMmolPerL = prediction.sketch
    ? Math.max(...prediction.sketch.map((v, i) => Math.abs(v - at(days[i]))))
    : null;
  return {
    startMmolPerL,
    endMmolPerL,
    endDay,
    direction: directionOf(startMmolPerL, endMmolPerL),
    endBand: endBandOf(endMmolPerL),
    sketchGapMmolPerL,
  };
}
