/** The uncertainty ensemble: the sampling, the grade ranges, and the band around the default run. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PARAMETERS,
  PARAMETERS,
  calibratedTheta,
  steadyStateReport,
} from '../../../../src/model/index.ts';
import {
  bandsSpanned,
  canTellBand,
  GRADE_FACTORS,
  latinHypercube,
  parameterRange,
  parameterSets,
  PARAMETER_NAMES,
  replayCourse,
  seededRandom,
  STRUCTURAL_PARAMETERS,
  uncertainty,
  valueInRange,
  type CoursePlan,
} from '../../../../src/model/analysis/index.ts';
import { SCENARIOS, scenarioInputs } from '../../../../src/scenarios/scenarios.ts';

const FC = { seed: 11, numRuns: 60 };

describe('Latin hypercube', () => {
  it('puts exactly one point in each of the n strata of every dimension', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 1, max: 8 }),
        fc.integer(),
        (n, d, seed) => {
          const points = latinHypercube(n, d, seededRandom(seed));
          expect(points).toHaveLength(n);
          for (let dim = 0; dim < d; dim++) {
            const strata = points.map((p) => Math.floor(p[dim] * n)).sort((a, b) => a - b);
            expect(strata).toEqual(Array.from({ length: n }, (_, i) => i));
          }
        },
      ),
      FC,
    );
  });

  it('is the same for the same seed and differs for another', () => {
    expect(latinHypercube(20, 3, seededRandom(7))).toEqual(latinHypercube(20, 3, seededRandom(7)));
    expect(latinHypercube(20, 3, seededRandom(7))).not.toEqual(latinHypercube(20, 3, seededRandom(8)));
  });
});

describe('plausible range by grade', () => {
  it('is centred on the value, widens with weaker evidence, and keeps shares between 0 and 1', () => {
    expect(GRADE_FACTORS.S).toBeLessThan(GRADE_FACTORS.S2);
    expect(GRADE_FACTORS.S2).toBeLessThan(GRADE_FACTORS.E);
    expect(GRADE_FACTORS.E).toBeLessThan(GRADE_FACTORS.A);
    for (const name of PARAMETER_NAMES) {
      const p = PARAMETERS[name];
      const r = parameterRange(name);
      expect(valueInRange(p, 0.5)).toBeCloseTo(p.value, 12);
      expect(r.low).toBeLessThan(r.high);
      if (r.onOdds) {
        expect(r.low).toBeGreaterThan(0);
        expect(r.high).toBeLessThan(1);
      } else {
        expect(r.high / p.value).toBeCloseTo(GRADE_FACTORS[p.grade], 12);
        expect(p.value / r.low).toBeCloseTo(GRADE_FACTORS[p.grade], 12);
      }
    }
  });

  it('moves every value the same way as its position in the range', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PARAMETER_NAMES),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (name, u) => {
          const p = PARAMETERS[name];
          expect(valueInRange(p, Math.min(1, u + 0.01))).toBeGreaterThan(valueInRange(p, u) - 1e-15);
        },
      ),
      FC,
    );
  });
});

describe('parameter sets', () => {
  const { sets, rejected } = parameterSets(100);

  it('are 100 sets, none left out, that each calibrate θ, every value inside its grade range', () => {
    for (const p of sets)
      for (const name of STRUCTURAL_PARAMETERS) expect(p[name]).toBe(DEFAULT_PARAMETERS[name]);
    expect(sets).toHaveLength(100);
    expect(rejected).toBe(0);
    for (const p of sets) {
      expect(Number.isFinite(calibratedTheta(p))).toBe(true);
      for (const name of PARAMETER_NAMES) {
        const r = parameterRange(name);
        expect(p[name]).toBeGreaterThanOrEqual(r.low * (1 - 1e-12));
        expect(p[name]).toBeLessThanOrEqual(r.high * (1 + 1e-12));
      }
    }
  });

  it('each sit at the reference serum for the reference intake, as the model is calibrated', () => {
    for (const p of sets.slice(0, 10)) {
      const s = steadyStateReport(
        { ...scenarioInputs(SCENARIOS[0]), intakeMgPerDay: p.referenceIntakeMgPerDay },
        p,
      );
      expect(s.serumMgMmolPerL).toBeCloseTo(p.serumRefMmolPerL, 6);
    }
  });
});

describe('the uncertainty band', () => {
  it.each(SCENARIOS.map((s) => [s.id, s] as const))('contains the default run every day: %s', (_id, s) => {
    const plan: CoursePlan = {
      baselineIntakeMgPerDay: s.baselineIntakeMgPerDay,
      startInputs: scenarioInputs(s),
      changes: [],
      scheduled: s.events ?? [],
      today: 0,
      horizonDays: Math.min(s.suggestedDays, 400),
    };
    const u = uncertainty(plan);
    const run = replayCourse(plan, DEFAULT_PARAMETERS);
    for (let d = 0; d < run.days.length; d++) {
      expect(run.serumMmolPerL[d], `day ${d}`).toBeGreaterThanOrEqual(u.band.p05[d] - 1e-9);
      expect(run.serumMmolPerL[d], `day ${d}`).toBeLessThanOrEqual(u.band.p95[d] + 1e-9);
    }
    const steady = steadyStateReport(run.inputsToday).serumMgMmolPerL;
    expect(steady).toBeGreaterThanOrEqual(u.steady.serumMmolPerL.p05);
    expect(steady).toBeLessThanOrEqual(u.steady.serumMmolPerL.p95);
  });
});

describe('can the model tell the clinical band?', () => {
  it('only when the range lies inside one band', () => {
    expect(bandsSpanned(0.78, 0.92)).toEqual(['normal']);
    expect(bandsSpanned(0.72, 0.86)).toEqual(['hypo', 'normal']);
    expect(bandsSpanned(0.4, 1.0)).toEqual(['severe-hypo', 'hypo', 'normal', 'high-normal']);
    expect(canTellBand(0.78, 0.92)).toBe(true);
    expect(canTellBand(0.72, 0.86)).toBe(false);
  });
});
