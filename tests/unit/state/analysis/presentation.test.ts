/** What the views are given: rows, sorted bars, the band from today, the clinical certainty. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_INPUTS, PARAMETERS } from '../../../../src/model/index.ts';
import { sensitivity, uncertainty, type CoursePlan } from '../../../../src/model/analysis/index.ts';
import { en, nl } from '../../../../src/i18n/index.ts';
import {
  bandFrom,
  certainty,
  parameterLabelKey,
  sensitivityBars,
} from '../../../../src/state/analysis/presentation.ts';
import { findScenario, scenarioInputs } from '../../../../src/scenarios/scenarios.ts';

describe('sensitivity bars', () => {
  const s = sensitivity(scenarioInputs(findScenario('ppi-long-term')!));

  it('are sorted by size, without the calibration anchors, which are listed apart', () => {
    for (const output of ['serum', 'urine'] as const) {
      const { bars, anchors } = sensitivityBars(s, output);
      const sizes = bars.map((b) => Math.abs(b.value));
      expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
      expect(bars.map((b) => b.name)).not.toContain('serumRefMmolPerL');
      expect(anchors.map((b) => b.name)).toContain('serumRefMmolPerL');
      for (const b of [...bars, ...anchors]) expect(b.labelKey).not.toBeNull();
    }
  });

  it('leave out factors that do nothing here', () => {
    const { bars } = sensitivityBars(s, 'serum');
    expect(bars.map((b) => b.name)).not.toContain('measuredTmMgMmolPerL');
    for (const b of bars) expect(Math.abs(b.value)).toBeGreaterThan(0);
  });
});

describe('parameter labels', () => {
  it('exist in Dutch and English for every parameter of the model', () => {
    for (const name of Object.keys(PARAMETERS)) {
      const key = parameterLabelKey(name);
      expect(key, name).not.toBeNull();
      expect(nl[key!].length).toBeGreaterThan(0);
      expect(en[key!].length).toBeGreaterThan(0);
    }
  });
});

describe('band and certainty', () => {
  const plan: CoursePlan = {
    baselineIntakeMgPerDay: 350,
    startInputs: { ...DEFAULT_INPUTS, diuretic: 'loop' },
    changes: [],
    scheduled: [],
    today: 0,
    horizonDays: 60,
  };
  const u = uncertainty(plan, 20);

  it('starts the band at today when the clock has moved on', () => {
    expect(bandFrom(u, 0).days[0]).toBe(0);
    expect(bandFrom(u, 10.4).days[0]).toBe(10);
    expect(bandFrom(u, 10.4).low).toHaveLength(51);
  });

  it('says which clinical bands the range spans now, at the end and at steady state', () => {
    const c = certainty(u, 0);
    expect(c.now.bands).toEqual(['normal']);
    expect(c.endDay).toBe(60);
    expect(c.end.low).toBeLessThan(c.end.high);
    expect(c.steady.bands[0]).toBe(c.end.bands[0]);
  });
});
