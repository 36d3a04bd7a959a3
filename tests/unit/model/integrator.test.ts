// The fast integrator against an accurate reference, and the handling of events.
import { describe, expect, it } from 'vitest';
import {
  contextFor,
  DEFAULT_INPUTS,
  healthyState,
  simulate,
  type ModelInputs,
} from '../../../src/model/index.ts';
import { oracleDailyStates } from '../../support/mathjsOracle.ts';

const CASES: [string, Partial<ModelInputs>][] = [
  ['depletion, < 12 mg/day', { intakeMgPerDay: 10 }],
  ['susceptible PPI user', { ppi: 'susceptible' }],
  ['laxative with kidney failure', { supplementMgPerDay: 3000, gfrMlPerMin: 10 }],
  ['intravenous load with high GFR (stiffest case)', { ivMgPerDay: 5000, gfrMlPerMin: 180 }],
];

// The mathjs oracle takes seconds per case: on a shared 2-core machine the default 5 s is too tight.
describe('RK4 (1/20 day) against mathjs solveODE (RK45, tol 1e-10)', { timeout: 30_000 }, () => {
  for (const [name, change] of CASES) {
    it(`${name}: max relative error of serum < 1e-4 over 30 days`, () => {
      const inputs = { ...DEFAULT_INPUTS, ...change };
      const reference = oracleDailyStates(healthyState(350), contextFor(inputs), 30);
      const fast = simulate({ inputs, days: 30 }).series;
      const volume = contextFor(inputs).extracellularVolumeL;
      let worst = 0;
      for (let d = 0; d <= 30; d++) {
        const s = reference[d][0] / volume;
        worst = Math.max(worst, Math.abs(fast.serumMgMmolPerL[d] - s) / s);
      }
      expect(worst).toBeLessThan(1e-4);
    });
  }

  it('agrees with a 100× finer RK4 step over a year of PPI use', () => {
    const inputs: ModelInputs = { ...DEFAULT_INPUTS, ppi: 'susceptible' };
    const coarse = simulate({ inputs, days: 365 }).series.serumMgMmolPerL;
    const fine = simulate({ inputs, days: 365, stepsPerDay: 2000 }).series.serumMgMmolPerL;
    for (let d = 0; d <= 365; d++) expect(Math.abs(coarse[d] - fine[d]) / fine[d]).toBeLessThan(1e-4);
  });
});

describe('events', () => {
  it('an input changes from its day on, not before', () => {
    const r = simulate({
      inputs: DEFAULT_INPUTS,
      events: [{ day: 10, changes: { intakeMgPerDay: 100 } }],
      days: 20,
    }).series;
    expect(r.intakeMgPerDay[9]).toBeCloseTo(350, 9);
    expect(r.intakeMgPerDay[10]).toBeCloseTo(100, 9);
    expect(r.serumMgMmolPerL[10]).toBeCloseTo(0.85, 3); // the state has not moved yet
    expect(r.urineMgPerDay[20]).toBeLessThan(r.urineMgPerDay[9]);
  });

  it('a fractional-day event is honoured exactly (a 4-hour infusion delivers its load)', () => {
    const load = 170; // mg, ≈ 0.1 mmol/kg for 70 kg
    const r = simulate({
      inputs: { ...DEFAULT_INPUTS, ivMgPerDay: load * 6 },
      events: [{ day: 4 / 24, changes: { ivMgPerDay: 0 } }],
      days: 1,
    }).series;
    expect(r.cumulativeIntakeMg[1] - 350).toBeCloseTo(load, 6);
  });

  it('the run starts at the healthy steady state of the baseline intake', () => {
    const r = simulate({
      inputs: { ...DEFAULT_INPUTS, intakeMgPerDay: 200 },
      baselineIntakeMgPerDay: 200,
      days: 30,
    });
    const s = r.series.serumMgMmolPerL;
    expect(Math.abs(s[30] - s[0])).toBeLessThan(1e-9);
  });
});
