// Each scenario's "what to notice" text (src/i18n/*/scenarios.ts) states facts about the run.
// These tests hold the model to those facts, so a story cannot drift away from what students see.
import { describe, expect, it } from 'vitest';
import {
  bandOf,
  DEFAULT_INPUTS,
  displayedBandOf,
  formatSerumMmolPerL,
  simulate,
  steadyStateReport,
  TOXIC_FROM_MMOL_PER_L,
  type Series,
} from '../../src/model/index.ts';
import { findScenario, SCENARIO_IDS, scenarioInputs } from '../../src/scenarios/scenarios.ts';

function run(id: string, days?: number): { s: Series; end: number } {
  const sc = findScenario(id)!;
  const n = days ?? sc.suggestedDays;
  const { series } = simulate({
    inputs: scenarioInputs(sc),
    events: sc.events,
    days: n,
    baselineIntakeMgPerDay: sc.baselineIntakeMgPerDay,
  });
  return { s: series, end: n };
}

// Row 0 already carries the scenario's inputs; 'before' means the healthy reference adult.
const HEALTHY = steadyStateReport(DEFAULT_INPUTS);
const band = (x: { s: Series; end: number }) => bandOf(x.s.serumMgMmolPerL[x.end]);
const serumAt = (x: { s: Series }, day: number) => x.s.serumMgMmolPerL[day];
const firstDayBelow = (x: { s: Series }, level: number) => x.s.serumMgMmolPerL.findIndex((v) => v < level);

describe('scenario stories match the model', () => {
  it('every scenario runs its suggested length with finite, positive serum', () => {
    for (const id of SCENARIO_IDS) {
      const r = run(id);
      expect(Number.isFinite(serumAt(r, r.end)) && serumAt(r, r.end) > 0).toBe(true);
    }
  });
  it('healthy man and woman: steady, serum ≈ 0.85, ≈ 60% in bone', () => {
    for (const id of ['healthy-man', 'healthy-woman']) {
      const r = run(id);
      expect(Math.abs(serumAt(r, r.end) - serumAt(r, 0))).toBeLessThan(1e-6);
      expect(serumAt(r, r.end)).toBeCloseTo(0.85, 1);
      const bone = (r.s.boneSurfaceMg[r.end] + r.s.deepBoneMg[r.end]) / r.s.totalBodyMg[r.end];
      expect(bone).toBeGreaterThan(0.55);
    }
  });
  it('low intake: urine ≈ 110 → ≈ 65 mg/day within days, absorption ≈ half, serum normal', () => {
    const r = run('low-intake');
    expect(r.s.urineMgPerDay[7]).toBeLessThan(75);
    expect(r.s.fractionalAbsorption[r.end]).toBeGreaterThan(0.45);
    expect(band(r)).toBe('normal');
  });
  it('depletion: serum ≈ 0.85 → ≈ 0.6 in three weeks; bone surface gives, muscle keeps', () => {
    const r = run('depletion-experiment');
    expect(serumAt(r, 21)).toBeGreaterThan(0.55);
    expect(serumAt(r, 21)).toBeLessThan(0.65);
    expect(r.s.urineMgPerDay[5]).toBeLessThan(20);
    const boneLoss = 1 - r.s.boneSurfaceMg[21] / r.s.boneSurfaceMg[0];
    const muscleLoss = 1 - r.s.muscleMg[21] / r.s.muscleMg[0];
    expect(boneLoss).toBeGreaterThan(2 * muscleLoss);
  });
  it('long-term PPI: urine first (halved after a year, almost none after two), serum normal > 1 year, then < 0.5', () => {
    const r = run('ppi-long-term');
    const year = 365;
    expect(r.s.urineMgPerDay[year]).toBeLessThan(0.65 * HEALTHY.urineMgPerDay);
    expect(r.s.urineMgPerDay[year]).toBeGreaterThan(0.35 * HEALTHY.urineMgPerDay);
    expect(r.s.urineMgPerDay[2 * year]).toBeLessThan(20);
    expect(serumAt(r, year)).toBeGreaterThan(0.75);
    const below075 = firstDayBelow(r, 0.75);
    expect(below075).toBeGreaterThan(1.5 * year);
    expect(below075).toBeLessThan(3 * year);
    expect(firstDayBelow(r, 0.5)).toBeLessThan(3 * year);
    expect(band(r)).toBe('severe-hypo');
  });
  it('PPI stop after four years: normal again about a week after stopping, all back within about a month', () => {
    const r = run('ppi-stop');
    const stop = 4 * 365;
    expect(serumAt(r, stop - 1)).toBeLessThan(0.5);
    expect(serumAt(r, stop + 10)).toBeGreaterThan(0.75);
    expect(r.s.urineMgPerDay[stop + 10]).toBeLessThan(0.8 * HEALTHY.urineMgPerDay);
    expect(Math.abs(serumAt(r, stop + 35) - 0.85)).toBeLessThan(0.02);
  });
  it('loop diuretic: urine up first, new steady state ≈ 8% lower, still normal', () => {
    const r = run('loop-diuretic');
    expect(r.s.urineMgPerDay[0]).toBeGreaterThan(1.5 * HEALTHY.urineMgPerDay);
    expect(Math.abs(r.s.urineMgPerDay[10] - r.s.urineMgPerDay[r.end])).toBeLessThan(10);
    expect(1 - serumAt(r, r.end) / 0.85).toBeGreaterThan(0.06);
    expect(band(r)).toBe('normal');
  });
  it('thiazide: smaller fall (≈ 5%) than the loop diuretic, normal', () => {
    const t = run('thiazide');
    expect(serumAt(t, t.end)).toBeGreaterThan(serumAt(run('loop-diuretic'), 120));
    expect(band(t)).toBe('normal');
  });
  it('potassium-sparing: urine falls at first, serum a tiny bit up', () => {
    const r = run('potassium-sparing');
    expect(r.s.urineMgPerDay[0]).toBeLessThan(HEALTHY.urineMgPerDay);
    expect(serumAt(r, r.end)).toBeGreaterThan(0.85);
  });
  it('PPI plus diuretic: just above the lower limit at once; the PPI shows in urine (≈ 10 mg less), hardly in serum', () => {
    const both = run('ppi-plus-diuretic');
    const loop = run('loop-diuretic');
    expect(serumAt(both, 30)).toBeGreaterThanOrEqual(0.75);
    expect(serumAt(both, 30)).toBeLessThan(0.8);
    const urineLess = loop.s.urineMgPerDay[loop.end] - both.s.urineMgPerDay[both.end];
    expect(urineLess).toBeGreaterThan(5);
    expect(urineLess).toBeLessThan(15);
    const serumLess = serumAt(loop, loop.end) - serumAt(both, both.end);
    expect(serumLess).toBeGreaterThan(0);
    expect(serumLess).toBeLessThan(0.01);
    expect(band(both)).toBe('normal');
  });
  it('type 2 diabetes: serum ≈ 0.74, shown as 0.74 and just below the normal range (not on its edge)', () => {
    const r = run('type2-diabetes');
    expect(formatSerumMmolPerL(serumAt(r, r.end))).toBe('0.74');
    expect(displayedBandOf(serumAt(r, r.end))).toBe('hypo');
  });
  it('alcohol: ≈ 0.8 and normal, bone surface has given up Mg', () => {
    const r = run('alcohol');
    expect(serumAt(r, r.end)).toBeCloseTo(0.79, 1);
    expect(r.s.boneSurfaceMg[r.end]).toBeLessThan(r.s.boneSurfaceMg[0]);
  });
  it('GI disease: faeces up, urine almost none, below 0.75 within about two weeks and stays low', () => {
    const r = run('gi-disease');
    expect(r.s.faecesMgPerDay[r.end]).toBeGreaterThan(1.3 * HEALTHY.faecesMgPerDay);
    expect(r.s.urineMgPerDay[r.end]).toBeLessThan(20);
    expect(firstDayBelow(r, 0.75)).toBeLessThan(20);
    expect(band(r)).toBe('hypo');
  });
  it('older adult: serum ≈ 0.82, still normal, urine lower', () => {
    const r = run('older-adult');
    expect(serumAt(r, r.end)).toBeCloseTo(0.82, 1);
    expect(band(r)).toBe('normal');
    expect(r.s.urineMgPerDay[r.end]).toBeLessThan(r.s.urineMgPerDay[0]);
  });
  it('breastfeeding: the kidneys excrete about as much less as goes into the milk; serum normal', () => {
    const r = run('breastfeeding');
    const urineDrop = 100 - r.s.urineMgPerDay[r.end];
    expect(urineDrop).toBeGreaterThan(15);
    expect(urineDrop).toBeLessThan(30);
    expect(band(r)).toBe('normal');
  });
  it('supplement above the UL: serum hardly rises, absorption ≈ a fifth, urine up, faeces much higher', () => {
    const r = run('supplement-above-ul');
    expect(serumAt(r, r.end) - 0.85).toBeLessThan(0.05);
    expect(r.s.fractionalAbsorption[r.end]).toBeGreaterThan(0.15);
    expect(r.s.fractionalAbsorption[r.end]).toBeLessThan(0.25);
    expect(r.s.urineMgPerDay[r.end]).toBeGreaterThan(HEALTHY.urineMgPerDay + 20);
    expect(r.s.faecesMgPerDay[r.end]).toBeGreaterThan(HEALTHY.faecesMgPerDay + 300);
  });
  it('laxative with end-stage kidneys: above normal within days, past 1.75 (toxic) after about three weeks', () => {
    const r = run('laxative-kidney-failure');
    expect(r.s.serumMgMmolPerL.findIndex((v) => v > 1.05)).toBeLessThan(7);
    const toxic = r.s.serumMgMmolPerL.findIndex((v) => v >= TOXIC_FROM_MMOL_PER_L);
    expect(toxic).toBeGreaterThan(14);
    expect(toxic).toBeLessThan(30);
    expect(band(r)).toBe('hyper');
    const healthy = steadyStateReport({
      ...scenarioInputs(findScenario('laxative-kidney-failure')!),
      gfrMlPerMin: 120,
    });
    expect(displayedBandOf(healthy.serumMgMmolPerL)).toBe('normal');
  });
});
