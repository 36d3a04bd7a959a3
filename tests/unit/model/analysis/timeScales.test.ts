/**
 * The time scales against the engine's own dynamics: a small deviation along a mode dies away at
 * the mode's rate, and the response to a small step in intake is what the modes predict.
 */
import { expm, matrix, multiply, type Matrix as MathMatrix } from 'mathjs';
import { describe, expect, it } from 'vitest';
import {
  contextFor,
  DEFAULT_INPUTS,
  POOL_COUNT,
  simulate,
  steadyState,
  type ModelInputs,
  type SeriesName,
} from '../../../../src/model/index.ts';
import { timeScales } from '../../../../src/model/analysis/index.ts';
import { eigenPairs } from '../../../../src/model/analysis/eigen.ts';

const POOL_SERIES: SeriesName[] = [
  'extracellularMg',
  'muscleMg',
  'softTissueMg',
  'boneSurfaceMg',
  'deepBoneMg',
];
const MG_PER_MMOL = 24.305;

const CASES: [string, ModelInputs][] = [
  ['reference adult', DEFAULT_INPUTS],
  ['susceptible PPI user', { ...DEFAULT_INPUTS, ppi: 'susceptible' }],
  ['kidney failure (GFR 10)', { ...DEFAULT_INPUTS, gfrMlPerMin: 10 }],
  ['loop diuretic, 180 mg/day', { ...DEFAULT_INPUTS, diuretic: 'loop', intakeMgPerDay: 180 }],
];

/** First time (linearly interpolated) at which |gap| falls to half its start, or NaN. */
function halfGapTime(days: ArrayLike<number>, gap: ArrayLike<number>): number {
  const half = 0.5 * Math.abs(gap[0]);
  for (let i = 1; i < gap.length; i++) {
    const a = Math.abs(gap[i - 1]);
    const b = Math.abs(gap[i]);
    if (b <= half) return days[i - 1] + ((a - half) / (a - b)) * (days[i] - days[i - 1]);
  }
  return NaN;
}

/** A run fine enough to resolve a process with this half-time. */
function finelyRun(inputs: ModelInputs, start: Float64Array, halfTimeDays: number, halfTimes = 3) {
  return simulate({
    inputs,
    initialState: start,
    days: halfTimeDays * halfTimes,
    outputEveryDays: halfTimeDays / 200,
    stepsPerDay: Math.max(20, 400 / halfTimeDays),
  });
}

describe.each(CASES)('time scales, %s', (_name, inputs) => {
  const t = timeScales(inputs, eigenPairs);
  const c = contextFor(inputs);

  it('gives one settling mode per pool, fastest first, with participations that sum to 1', () => {
    expect(t.modes).toHaveLength(POOL_COUNT);
    for (const m of t.modes) {
      expect(m.ratePerDay).toBeGreaterThan(0);
      expect(m.participation.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    }
    const rates = t.modes.map((m) => m.ratePerDay);
    expect(rates).toEqual([...rates].sort((a, b) => b - a));
  });

  it.each([0, 1, 2, 3, 4])('a small deviation along mode %i halves in its half-time', (k) => {
    const mode = t.modes[k];
    const y = steadyState(c);
    const scale = Math.max(...mode.vector.map(Math.abs));
    const j = mode.vector.findIndex((v) => Math.abs(v) === scale);
    const start = Float64Array.from(y);
    // Deviation of 10⁻⁴ of the pool that moves most: small enough to stay linear.
    const size = (1e-4 * y[j]) / mode.vector[j];
    for (let i = 0; i < POOL_COUNT; i++) start[i] += size * mode.vector[i];
    const run = finelyRun(inputs, start, mode.halfTimeDays, 1.5);
    const gap = Array.from(run.series[POOL_SERIES[j]], (v) => v / MG_PER_MMOL - y[j]);
    const measured = halfGapTime(run.series.day, gap) - run.series.day[0];
    expect(Math.abs(measured / mode.halfTimeDays - 1)).toBeLessThan(0.01);
  });

  it('after a 1% step in intake, every pool closes half its gap when the modes say it does', () => {
    const y0 = steadyState(c);
    const stepped = { ...inputs, intakeMgPerDay: inputs.intakeMgPerDay * 1.01 };
    const yInf = steadyState(contextFor(stepped));
    // Fine and short for the fast pools, coarser and long for the slow ones.
    const runs = [
      simulate({ inputs: stepped, initialState: y0, days: 2, outputEveryDays: 5e-4, stepsPerDay: 400 }),
      simulate({ inputs: stepped, initialState: y0, days: 300, outputEveryDays: 0.05, stepsPerDay: 40 }),
      simulate({ inputs: stepped, initialState: y0, days: 6000, outputEveryDays: 1 }),
    ];
    // The linear prediction: gap(t) = exp(J t) · gap(0).
    const J = matrix(t.jacobianPerDay);
    const gap0 = Array.from({ length: POOL_COUNT }, (_, i) => y0[i] - yInf[i]);
    const predicted = (day: number) =>
      (multiply(expm(multiply(J, day) as MathMatrix), gap0) as MathMatrix).toArray() as number[];
    for (let j = 0; j < POOL_COUNT; j++) {
      const measured = runs
        .map((run) =>
          halfGapTime(
            run.series.day,
            Array.from(run.series[POOL_SERIES[j]], (v) => v / MG_PER_MMOL - yInf[j]),
          ),
        )
        .find(Number.isFinite);
      expect(measured, `pool ${j} closes half its gap`).toBeDefined();
      // At the engine's half-gap time the linearised model has closed half the gap too (±2%).
      expect(Math.abs(predicted(measured as number)[j] / gap0[j] - 0.5)).toBeLessThan(0.01);
    }
  });

  it('deep bone, fed through the bone surface, closes half its gap after a step in its own half-time plus the lag of what feeds it', () => {
    const deep = t.modes[t.modes.length - 1];
    const feeding = t.modes[t.modes.length - 2];
    expect(deep.dominantPool).toBe(4);
    const y0 = steadyState(c);
    const stepped = { ...inputs, intakeMgPerDay: inputs.intakeMgPerDay * 1.01 };
    const yInf = steadyState(contextFor(stepped));
    const run = simulate({
      inputs: stepped,
      initialState: y0,
      days: 2 * deep.halfTimeDays,
      outputEveryDays: 1,
    });
    const gap = Array.from(run.series.deepBoneMg, (v) => v / MG_PER_MMOL - yInf[4]);
    const measured = halfGapTime(run.series.day, gap);
    expect(measured).toBeGreaterThan(deep.halfTimeDays);
    expect(measured).toBeLessThan(deep.halfTimeDays + 2 * feeding.halfTimeDays);
  });
});
