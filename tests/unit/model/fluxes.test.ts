// The hot path's absorption (pre-multiplied coefficients) must equal the readable equations of
// absorption.ts; endogenous loss must follow docs/model.md §3.2. Urine has a single form (kidney.test.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  absorption,
  contextFor,
  DEFAULT_INPUTS,
  DEFAULT_PARAMETERS as p,
  emptyFluxes,
  evaluateFluxes,
  mgToMmol,
  type ModelInputs,
} from '../../../src/model/index.ts';
import { PPI_EXPOSURE, STATE_SIZE } from '../../../src/model/state.ts';
import { arbitraryInputs } from '../../support/arbitraries.ts';

const relativeError = (got: number, want: number): number =>
  Math.abs(got - want) / Math.max(1, Math.abs(want));

describe('evaluateFluxes matches the readable equations', () => {
  it('for random inputs and serum values (largest relative error below 1e-9)', () => {
    let worst = 0;
    fc.assert(
      fc.property(
        arbitraryInputs(),
        fc.double({ min: 0.01, max: 6, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (inputs: ModelInputs, s, ppiExposure) => {
          const c = contextFor(inputs);
          const y = new Float64Array(STATE_SIZE);
          y[0] = s * c.extracellularVolumeL;
          y[PPI_EXPOSURE] = ppiExposure;
          const f = evaluateFluxes(y, c, emptyFluxes());
          const a = absorption(s, c.effects, p, ppiExposure);
          const endogenous =
            p.endogenousFaecalMmolPerDay * c.effects.endogenousFactor * (s / p.serumRefMmolPerL);
          worst = Math.max(
            worst,
            relativeError(f.mealAbsorbedMmolPerDay, a.mealAbsorbedMmolPerDay),
            relativeError(f.supplementAbsorbedMmolPerDay, a.supplementAbsorbedMmolPerDay),
            relativeError(f.endogenousMmolPerDay, endogenous),
          );
        },
      ),
      { numRuns: 300, seed: 20250402 },
    );
    expect(worst).toBeLessThan(1e-9);
  });

  it('the default adult at S_ref absorbs ≈ 40% of the reference intake (docs/model.md §5.1)', () => {
    const c = contextFor(DEFAULT_INPUTS);
    const y = new Float64Array(STATE_SIZE);
    y[0] = p.serumRefMmolPerL * c.extracellularVolumeL;
    const f = evaluateFluxes(y, c, emptyFluxes());
    expect(Math.abs(f.absorbedMmolPerDay - 0.4 * mgToMmol(p.referenceIntakeMgPerDay))).toBeLessThan(0.06);
  });
});
