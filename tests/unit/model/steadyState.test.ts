import { describe, expect, it } from 'vitest';
import {
  calibrateReference,
  contextFor,
  DEFAULT_INPUTS,
  DEFAULT_PARAMETERS,
  derivative,
  emptyFluxes,
  steadyState,
  steadyStateReport,
} from '../../../src/model/index.ts';
import { STATE_SIZE } from '../../../src/model/state.ts';

describe('steady state', () => {
  it('every pool derivative vanishes at the solved steady state', () => {
    for (const change of [
      {},
      { intakeMgPerDay: 120 },
      { ppi: 'susceptible' as const },
      { gfrMlPerMin: 10, supplementMgPerDay: 3000 },
    ]) {
      const c = contextFor({ ...DEFAULT_INPUTS, ...change });
      const y = steadyState(c);
      const dy = new Float64Array(STATE_SIZE);
      derivative(y, dy, c, emptyFluxes());
      for (let i = 0; i < 5; i++) expect(Math.abs(dy[i])).toBeLessThan(1e-9);
    }
  });

  it('θ is calibrated, not typed in, and lands on the measured TmMg of 0.58 mmol/L filtrate (±0.03)', () => {
    const ref = calibrateReference(DEFAULT_PARAMETERS);
    expect(ref.thetaMmolPerL).toBeGreaterThan(0.55);
    expect(ref.thetaMmolPerL).toBeLessThan(0.61);
  });

  it('at 350 mg/day the reference adult sits at serum 0.85 mmol/L with in = out', () => {
    const r = steadyStateReport(DEFAULT_INPUTS);
    expect(r.serumMgMmolPerL).toBeCloseTo(0.85, 6);
    expect(Math.abs(r.balanceMgPerDay)).toBeLessThan(1e-6);
  });

  it('more dietary Mg gives a higher steady serum (monotone)', () => {
    let last = -1;
    for (const mg of [0, 50, 100, 200, 350, 600, 1000, 2000]) {
      const s = steadyStateReport({ ...DEFAULT_INPUTS, intakeMgPerDay: mg }).serumMgMmolPerL;
      expect(s).toBeGreaterThan(last);
      last = s;
    }
  });
});
