/** For any valid inputs: every mode settles, and the analyses never give NaN or Infinity. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sensitivity, timeScales } from '../../../../src/model/analysis/index.ts';
import { eigenPairs } from '../../../../src/model/analysis/eigen.ts';
import { arbitraryInputs } from '../../../support/arbitraries.ts';

const FC = { seed: 20240611, numRuns: 40 };

describe('for random valid inputs', () => {
  it('the steady state is stable: every mode settles, with a finite half-time', () => {
    fc.assert(
      fc.property(arbitraryInputs(), (inputs) => {
        for (const m of timeScales(inputs, eigenPairs).modes) {
          expect(m.ratePerDay).toBeGreaterThan(0);
          expect(Number.isFinite(m.halfTimeDays)).toBe(true);
        }
      }),
      FC,
    );
  });

  it('every elasticity is a finite number, or null where serum or urine is zero', () => {
    fc.assert(
      fc.property(arbitraryInputs(), (inputs) => {
        const s = sensitivity(inputs);
        for (const e of s.elasticities)
          for (const v of [e.serum, e.urine]) if (v !== null) expect(Number.isFinite(v)).toBe(true);
      }),
      FC,
    );
  });
});
