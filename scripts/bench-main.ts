/**
 * Benchmark: a 365-day run with daily output, the project's RK4 integrator against mathjs
 * `solveODE` (adaptive RK45) at the same accuracy, side by side in one run. Target: < 2 ms per
 * run on a 2-core machine and ≥ 100× faster than solveODE. Then the explanation section's work:
 * time scales and sensitivities, and one 100-set uncertainty ensemble over a projected year.
 */
import { cpus } from 'node:os';
import { contextFor, DEFAULT_INPUTS, healthyState, simulate, type ModelInputs } from '../src/model/index.ts';
import { oracleDailyStates } from '../tests/support/mathjsOracle.ts';
import { parameterSets, sensitivity, timeScales, uncertainty } from '../src/model/analysis/index.ts';
import { eigenPairs } from '../src/model/analysis/eigen.ts';

const DAYS = 365;
const inputs: ModelInputs = { ...DEFAULT_INPUTS, ppi: 'susceptible', diuretic: 'loop' };

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function time(fn: () => void, runs: number, warmup: number): number {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

function maxRelError(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let worst = 0;
  for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs(a[i] - b[i]) / Math.abs(b[i]));
  return worst;
}

const context = contextFor(inputs);
const volume = context.extracellularVolumeL;
const reference = simulate({ inputs, days: DAYS, stepsPerDay: 4000 }).series.serumMgMmolPerL;
const ours = simulate({ inputs, days: DAYS }).series.serumMgMmolPerL;
const ourError = maxRelError(ours, reference);

// Loosen solveODE's tolerance as far as it still matches our accuracy (fair: it gets to be fast).
const start = healthyState(350);
let tol = 1e-5;
let odeSerum: number[] = [];
for (; tol >= 1e-12; tol /= 10) {
  odeSerum = oracleDailyStates(start, context, DAYS, tol).map((y) => y[0] / volume);
  if (maxRelError(odeSerum, reference) <= Math.max(ourError, 1e-9)) break;
}
const odeError = maxRelError(odeSerum, reference);

const oursMs = time(() => simulate({ inputs, days: DAYS }), 200, 50);
const odeMs = time(() => oracleDailyStates(start, context, DAYS, tol), 5, 1);

const row = (name: string, ms: number, err: number) =>
  `${name.padEnd(34)} ${ms.toFixed(3).padStart(10)} ms   max rel. serum error ${err.toExponential(1)}`;
console.log(`365-day run, daily output; ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'})`);
console.log(`scenario: susceptible PPI user + loop diuretic; reference: RK4 at 4,000 steps/day`);
console.log(row('magnesium-sim RK4 (20 steps/day)', oursMs, ourError));
console.log(row(`mathjs solveODE RK45 (tol ${tol.toExponential(0)})`, odeMs, odeError));
console.log(
  `ratio: ${(odeMs / oursMs).toFixed(0)}× faster; target < 2 ms: ${oursMs < 2 ? 'met' : 'NOT met'}`,
);

// The explanation section (what the worker does after a drag ends).
const plan = {
  baselineIntakeMgPerDay: 350,
  startInputs: inputs,
  changes: [],
  scheduled: [],
  today: 0,
  horizonDays: DAYS,
};
const explainMs = time(() => (timeScales(inputs, eigenPairs), sensitivity(inputs)), 20, 3);
const setsMs = time(() => parameterSets(100, 1 + Math.floor(Math.random() * 1e9)), 5, 1);
const ensembleMs = time(() => uncertainty(plan, 100), 5, 1);
console.log('');
console.log('explanation section (same scenario):');
console.log(`  time scales + sensitivities                ${explainMs.toFixed(1).padStart(8)} ms`);
console.log(`  100 parameter sets sampled and calibrated  ${setsMs.toFixed(1).padStart(8)} ms`);
console.log(
  `  one 100-set ensemble, ${DAYS}-day projection  ${ensembleMs.toFixed(0).padStart(8)} ms (in the worker, off the main thread)`,
);
