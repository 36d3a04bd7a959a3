// The mechanism curves the app draws agree with the model at the operating point.
import { describe, expect, it } from 'vitest';
import {
  absorptionCurve,
  DEFAULT_INPUTS,
  fractionalAbsorptionAt,
  renalCurve,
  renalThresholdSerumMmolPerL,
  steadyStateReport,
  urineMgPerDayAt,
} from '../../../src/model/index.ts';

describe('mechanism curves', () => {
  it('the absorption curve passes through the steady state of the same person', () => {
    for (const change of [
      {},
      { ppi: 'typical' as const },
      { phytateMmolPerMeal: 1.5 },
      { supplementMgPerDay: 300 },
    ]) {
      const inputs = { ...DEFAULT_INPUTS, ...change, intakeMgPerDay: 350 };
      const ss = steadyStateReport(inputs);
      const curve = absorptionCurve(inputs, ss.serumMgMmolPerL, 700, 3);
      expect(curve[1].x).toBe(350);
      expect(curve[1].y).toBeCloseTo(ss.fractionalAbsorption, 9);
      expect(fractionalAbsorptionAt(inputs, 350, ss.serumMgMmolPerL)).toBeCloseTo(curve[1].y, 12);
    }
  });

  it('falls as intake rises (Fine 1991: saturable + linear uptake)', () => {
    const curve = absorptionCurve(DEFAULT_INPUTS, 0.85);
    for (let i = 1; i < curve.length; i++) expect(curve[i].y).toBeLessThan(curve[i - 1].y);
  });

  it('the renal curve passes through the steady state and its threshold moves with a diuretic', () => {
    const ss = steadyStateReport(DEFAULT_INPUTS);
    // One urine equation (kidney.ts urineFrom) serves the integrator and the curve.
    expect(urineMgPerDayAt(DEFAULT_INPUTS, ss.serumMgMmolPerL)).toBeCloseTo(ss.urineMgPerDay, 9);
    const loop = { ...DEFAULT_INPUTS, diuretic: 'loop' as const };
    expect(renalThresholdSerumMmolPerL(loop)).toBeLessThan(renalThresholdSerumMmolPerL(DEFAULT_INPUTS));
    const healthy = renalCurve(DEFAULT_INPUTS);
    const withLoop = renalCurve(loop);
    const at = healthy.findIndex((p) => p.x >= 0.8);
    expect(withLoop[at].y).toBeGreaterThan(healthy[at].y);
  });
});
