// The hot-path flux evaluation (pre-multiplied coefficients) must equal the readable equations.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  absorption,
  calibratedTheta,
  contextFor,
  DEFAULT_INPUTS,
  DEFAULT_PARAMETERS as p,
  emptyFluxes,
  evaluateFluxes,
  fastSoftplus,
  mgToMmol,
  softplus,
  urineMmolPerDay,
  type ModelInputs,
} from '../../../src/model/index.ts';
import { PPI_EXPOSURE, STATE_SIZE } from '../../../src/model/state.ts';
import { arbitraryInputs } from '../../support/arbitraries.ts';

describe('fast softplus table', () => {
  // In σ units: 2e-7 × σ (0.012 mmol/L) × GFR (173 L/day) ≈ 4e-7 mmol/day of urine at most.
  it('agrees with ln(1 + e^x) to 2e-7 over the whole range', () => {
    for (let x = -60; x <= 60; x += 0.000731)
      expect(Math.abs(fastSoftplus(x) - softplus(x))).toBeLessThan(2e-7);
  });
});

describe('evaluateFluxes matches the readable equations (model spec §3)', () => {
  it('for random inputs and serum values', () => {
    fc.assert(
      fc.property(
        arbitraryInputs(),
        fc.double({ min: 0.01, max: 6, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (inputs: ModelInputs, s, ppiExposure) => {
          const c = contextFor(inputs);
          const y = new Float64Array(STATE_SIZE);
          y[0] = s * c.extracellularVolumeL;
          y[1] = 250;
          y[2] = 140;
          y[3] = 200;
          y[4] = 400;
          y[PPI_EXPOSURE] = ppiExposure;
          const f = evaluateFluxes(y, c, emptyFluxes());
          const a = absorption(s, c.effects, p, ppiExposure);
          const urine = urineMmolPerDay(
            s,
            c.effects.gfrLPerDay,
            calibratedTheta(),
            c.effects.deltaThetaMmolPerL,
            p,
          );
          const close = (got: number, want: number, tolerance = 1e-9) =>
            expect(Math.abs(got - want)).toBeLessThanOrEqual(tolerance * Math.max(1, Math.abs(want)));
          close(f.mealAbsorbedMmolPerDay, a.mealAbsorbedMmolPerDay);
          close(f.supplementAbsorbedMmolPerDay, a.supplementAbsorbedMmolPerDay);
          // The hot path tabulates the threshold's softplus (see the test above).
          close(f.urineMmolPerDay, urine, 1e-6);
          close(
            f.endogenousMmolPerDay,
            p.endogenousFaecalMmolPerDay * c.effects.endogenousFactor * (s / 0.85),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('the default adult at S_ref absorbs ≈ 40% of 350 mg (5.76 mmol/day, model spec §4)', () => {
    const c = contextFor(DEFAULT_INPUTS);
    const y = new Float64Array(STATE_SIZE);
    y[0] = 0.85 * c.extracellularVolumeL;
    const f = evaluateFluxes(y, c, emptyFluxes());
    expect(Math.abs(f.absorbedMmolPerDay - 0.4 * mgToMmol(350))).toBeLessThan(0.06);
  });
});
