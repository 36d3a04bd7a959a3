// How long reaching the steady state takes: checked against an independent run of the model.
import { describe, expect, it } from 'vitest';
import {
  contextFor,
  DEFAULT_INPUTS,
  healthyState,
  POOL_COUNT,
  settlingDays,
  simulate,
  steadyState,
  type ModelInputs,
} from '../../../src/model/index.ts';

const POOL_SERIES = ['extracellularMg', 'muscleMg', 'softTissueMg', 'boneSurfaceMg', 'deepBoneMg'] as const;

describe('settlingDays', () => {
  it('is zero where the body already is in its steady state', () => {
    const s = settlingDays(healthyState(350), contextFor(DEFAULT_INPUTS));
    expect(s.days).toBe(0);
    expect(s.serumDays).toBe(0);
  });

  it.each([0, 150])(
    'at intake %s mg/day: after that many days a plain run is 99 percent of the way there, one day earlier not',
    (intake) => {
      const inputs: ModelInputs = { ...DEFAULT_INPUTS, intakeMgPerDay: intake };
      const y0 = healthyState(350);
      const s = settlingDays(y0, contextFor(inputs), { maxDays: 60 * 365 });
      expect(s.days).not.toBeNull();
      const days = s.days!;
      // Bone is slow: the stores take years, serum far less.
      expect(days).toBeGreaterThan(365);
      expect(s.serumDays!).toBeLessThan(days);
      const run = simulate({ inputs, days, initialState: y0 });
      const end = steadyState(contextFor(inputs));
      const share = (day: number, i: number) => {
        const mg = run.series[POOL_SERIES[i]];
        const startMg = mg[0];
        const endMg = (mg[0] / y0[i]) * end[i]; // the same unit as the series
        return Math.abs(mg[day] - endMg) / Math.max(1e-9, Math.abs(startMg - endMg));
      };
      const worst = (day: number) => Math.max(...Array.from({ length: POOL_COUNT }, (_, i) => share(day, i)));
      expect(worst(days)).toBeLessThanOrEqual(0.0101);
      expect(worst(days - 1)).toBeGreaterThan(0.0099);
    },
  );

  it('says "longer than" rather than a number when the limit is reached', () => {
    const s = settlingDays(healthyState(350), contextFor({ ...DEFAULT_INPUTS, intakeMgPerDay: 0 }), {
      maxDays: 100,
    });
    expect(s.days).toBeNull();
    expect(s.maxDays).toBe(100);
  });
});
