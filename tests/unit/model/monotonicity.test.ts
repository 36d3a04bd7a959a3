// More oral Mg never means less taken up (Fine 1991: absorption "increased with each increment in
// intake"), and lower kidney function never means a lower serum (model spec §3 and §5, revised).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  absorption,
  DEFAULT_PARAMETERS as p,
  effectsOf,
  INPUT_RANGES,
  mgToMmol,
  steadyStateReport,
  validateInputs,
  type ModelInputs,
} from '../../../src/model/index.ts';
import { arbitraryInputs } from '../../support/arbitraries.ts';

type OralInput =
  'intakeMgPerDay' | 'waterMgPerL' | 'waterLPerDay' | 'supplementMgPerDay' | 'supplementDosesPerDay';
const ORAL: OralInput[] = [
  'intakeMgPerDay',
  'waterMgPerL',
  'waterLPerDay',
  'supplementMgPerDay',
  'supplementDosesPerDay',
];

/** Oral Mg in mg/day for inputs (what an increase of one oral input adds). */
const oralMg = (i: ModelInputs) => i.intakeMgPerDay + i.waterMgPerL * i.waterLPerDay + i.supplementMgPerDay;

/** Two valid inputs that differ only in `name`, the second one higher. */
const raised = (name: OralInput | 'gfrMlPerMin') =>
  fc
    .tuple(
      arbitraryInputs(),
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.double({ min: 0, max: 1, noNaN: true }),
    )
    .map(([base, a, b]) => {
      const r = INPUT_RANGES[name];
      const [lo, hi] = [Math.min(a, b), Math.max(a, b)];
      const at = (u: number) => validateInputs({ ...base, [name]: r.min + u * (r.max - r.min) }).inputs;
      return { low: at(lo), high: at(hi) };
    });

const absorbedAt = (inputs: ModelInputs, serum: number) => {
  const a = absorption(serum, effectsOf(inputs, p), p);
  return a.mealAbsorbedMmolPerDay + a.supplementAbsorbedMmolPerDay;
};
const tolerance = (x: number) => 1e-9 * Math.max(1, Math.abs(x));

describe.each(ORAL)('more %s', (name) => {
  it('never lowers absorbed Mg, and raises it by no more than the Mg added (at any serum)', () => {
    fc.assert(
      fc.property(raised(name), fc.double({ min: 0.05, max: 3, noNaN: true }), ({ low, high }, serum) => {
        const gain = absorbedAt(high, serum) - absorbedAt(low, serum);
        expect(gain).toBeGreaterThanOrEqual(-tolerance(absorbedAt(low, serum)));
        // Splitting adds no Mg: it can at most take up the part of the supplement not yet absorbed.
        const bound =
          name === 'supplementDosesPerDay'
            ? mgToMmol(low.supplementMgPerDay) -
              absorption(serum, effectsOf(low, p), p).supplementAbsorbedMmolPerDay
            : mgToMmol(oralMg(high) - oralMg(low));
        expect(gain).toBeLessThanOrEqual(bound + tolerance(bound));
      }),
      { numRuns: 150 },
    );
  });

  it('never lowers steady-state absorbed Mg, serum or urine', () => {
    fc.assert(
      fc.property(raised(name), ({ low, high }) => {
        const a = steadyStateReport(low);
        const b = steadyStateReport(high);
        for (const key of ['absorbedMgPerDay', 'serumMgMmolPerL', 'urineMgPerDay'] as const)
          expect(b[key], key).toBeGreaterThanOrEqual(a[key] - 1e-7 * Math.max(1, a[key]));
      }),
      { numRuns: 80 },
    );
  });
});

describe('kidney function', () => {
  it('a lower GFR never gives a lower steady-state serum', () => {
    fc.assert(
      fc.property(raised('gfrMlPerMin'), ({ low, high }) => {
        expect(steadyStateReport(low).serumMgMmolPerL).toBeGreaterThanOrEqual(
          steadyStateReport(high).serumMgMmolPerL - 1e-9,
        );
      }),
      { numRuns: 100 },
    );
  });
});

describe('splitting a supplement (one carrier, model spec §3)', () => {
  it('more doses never absorb less, and an even split at most doubles what one dose gives', () => {
    fc.assert(
      fc.property(arbitraryInputs(), fc.double({ min: 0.05, max: 3, noNaN: true }), (base, serum) => {
        fc.pre(base.supplementMgPerDay > 0);
        const at = (n: number) => absorption(serum, effectsOf({ ...base, supplementDosesPerDay: n }, p), p);
        let last = -Infinity;
        for (let n = 1; n <= 6; n++) {
          const s = at(n).supplementAbsorbedMmolPerDay + at(n).mealAbsorbedMmolPerDay;
          expect(s).toBeGreaterThanOrEqual(last - tolerance(last));
          last = s;
        }
        // With a status feedback far from deficiency (serum ≥ 0.5), splitting gains modestly.
        if (serum >= 0.5)
          expect(at(3).supplementAbsorbedMmolPerDay).toBeLessThanOrEqual(
            2 * at(1).supplementAbsorbedMmolPerDay + 1e-9,
          );
      }),
      { numRuns: 150 },
    );
  });
});
