/**
 * Urine has one form in the code (kidney.ts `urineFrom`, with the tabulated softplus). Its relation
 * to the equation of docs/model.md §3.3 is tested here, once: the table's error, then the algebra.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PARAMETERS as p,
  calibratedTheta,
  fastSoftplus,
  renalCoefficients,
  softplus,
  thresholdForUrine,
  urineFrom,
  urineMmolPerDay,
} from '../../../src/model/index.ts';

/** The equation as docs/model.md §3.3 writes it, with the exact softplus. */
const documented = (s: number, gfr: number, theta: number, dTheta: number): number =>
  gfr *
  (p.obligatoryExcretedFraction * p.ultrafilterableFraction * s +
    p.thresholdSplayMmolPerL *
      Math.log1p(Math.exp((p.ultrafilterableFraction * s - (theta - dTheta)) / p.thresholdSplayMmolPerL)));

/** Largest error of the softplus table, in units of x (σ-scaled filtrate). */
const TABLE_ERROR = 5e-7;

describe('the tabulated softplus of the hot path', () => {
  it(`agrees with ln(1 + e^x) to ${TABLE_ERROR} over the whole range`, () => {
    let worst = 0;
    for (let x = -60; x <= 60; x += 0.000731)
      worst = Math.max(worst, Math.abs(fastSoftplus(x) - softplus(x)));
    expect(worst).toBeLessThan(TABLE_ERROR);
  });
});

describe('urineFrom', () => {
  it('is the documented urine equation (to the table error × GFR · σ)', () => {
    const theta = calibratedTheta();
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 6, noNaN: true }),
        fc.double({ min: 7.2, max: 260, noNaN: true }),
        fc.double({ min: -0.05, max: 0.2, noNaN: true }),
        (s, gfr, dTheta) =>
          Math.abs(
            urineFrom(renalCoefficients(gfr, theta, dTheta, p), s) - documented(s, gfr, theta, dTheta),
          ) <=
          TABLE_ERROR * gfr * p.thresholdSplayMmolPerL + 1e-12 * documented(s, gfr, theta, dTheta),
      ),
      { numRuns: 500, seed: 20250402 },
    );
  });

  it('inverts thresholdForUrine: the calibrated θ gives back the target urine at S_ref', () => {
    const gfr = 172.8;
    const theta = thresholdForUrine(4.575, gfr, p);
    expect(urineMmolPerDay(p.serumRefMmolPerL, gfr, theta, 0, p)).toBeCloseTo(4.575, 5);
  });
});
