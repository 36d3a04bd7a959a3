/** What the diagram reads from a run: pools against the reference, exchanges, band shapes. */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_INPUTS,
  emptySeries,
  rowOf,
  simulate,
  steadyStateReport,
  type BandId,
} from '../../../src/model/index.ts';
import {
  bandIconPath,
  directionOf,
  exchangeRates,
  flowsNow,
  POOL_IDS,
  poolReadouts,
} from '../../../src/views/diagram/readout.ts';

const reference = steadyStateReport(DEFAULT_INPUTS);

describe('poolReadouts', () => {
  it('gives 100% of the reference for the healthy adult and shares that add up to the whole body', () => {
    const pools = poolReadouts(reference, reference);
    expect(pools.map((p) => p.id)).toEqual(POOL_IDS);
    for (const p of pools) expect(p.ratio).toBeCloseTo(1, 9);
    expect(pools.reduce((s, p) => s + p.share, 0)).toBeCloseTo(1, 6);
    const share = Object.fromEntries(pools.map((p) => [p.id, p.share]));
    expect(share.boneSurface + share.deepBone).toBeCloseTo(0.6, 1);
    expect(share.extracellular).toBeLessThan(0.01);
  });

  it('reads a depleted pool as below 100%', () => {
    const run = simulate({ inputs: { ...DEFAULT_INPUTS, intakeMgPerDay: 10 }, days: 21 });
    const pools = poolReadouts(rowOf(run.series, 21), reference);
    const bone = pools.find((p) => p.id === 'boneSurface')!;
    expect(bone.ratio).toBeLessThan(0.99);
  });
});

describe('exchangeRates', () => {
  const series = (rows: { day: number; muscle: number; soft: number; bone: number; deep: number }[]) => {
    const s = emptySeries(rows.length);
    rows.forEach((r, i) => {
      s.day[i] = r.day;
      s.muscleMg[i] = r.muscle;
      s.softTissueMg[i] = r.soft;
      s.boneSurfaceMg[i] = r.bone;
      s.deepBoneMg[i] = r.deep;
    });
    return s;
  };

  it('is the change per day, positive into the tissue; the blood–bone link carries both bone pools', () => {
    const s = series([
      { day: 4, muscle: 100, soft: 50, bone: 200, deep: 400 },
      { day: 5, muscle: 103, soft: 48, bone: 190, deep: 401 },
    ]);
    expect(exchangeRates(s)).toEqual({ muscle: 3, softTissue: -2, boneSurface: -9, deepBone: 1 });
  });

  it('divides by the days between the rows and is zero without two rows', () => {
    const s = series([
      { day: 0, muscle: 100, soft: 50, bone: 200, deep: 400 },
      { day: 2, muscle: 104, soft: 50, bone: 200, deep: 400 },
    ]);
    expect(exchangeRates(s).muscle).toBe(2);
    expect(exchangeRates(series([{ day: 0, muscle: 1, soft: 1, bone: 1, deep: 1 }]))).toEqual({
      muscle: 0,
      softTissue: 0,
      boneSurface: 0,
      deepBone: 0,
    });
  });

  it('shows bone giving Mg to the blood when intake is very low', () => {
    const run = simulate({ inputs: { ...DEFAULT_INPUTS, intakeMgPerDay: 10 }, days: 2 });
    const rates = exchangeRates(run.series);
    expect(directionOf(rates.boneSurface)).toBe('out');
  });
});

describe('directionOf', () => {
  it.each([
    [5, 'in'],
    [-5, 'out'],
    [0, 'balanced'],
    [0.01, 'balanced'],
    [-0.01, 'balanced'],
    [NaN, 'balanced'],
  ])('%s mg/day → %s', (v, d) => {
    expect(directionOf(v)).toBe(d);
  });
});

describe('bandIconPath', () => {
  const bands: BandId[] = ['severe-hypo', 'hypo', 'normal', 'high-normal', 'hyper'];

  it('gives every band its own shape: circle for normal, one or two triangles otherwise', () => {
    const paths = bands.map((b) => bandIconPath(b));
    expect(new Set(paths).size).toBe(bands.length);
    const triangles = (d: string) => (d.match(/Z/g) ?? []).length;
    expect(bandIconPath('normal')).toContain('A');
    expect(triangles(bandIconPath('hypo'))).toBe(1);
    expect(triangles(bandIconPath('high-normal'))).toBe(1);
    expect(triangles(bandIconPath('severe-hypo'))).toBe(2);
    expect(triangles(bandIconPath('hyper'))).toBe(2);
  });
});

describe('flowsNow', () => {
  it('reads the projection’s first row (today with the current inputs), else the recorded row', () => {
    const run = simulate({ inputs: { ...DEFAULT_INPUTS, supplementMgPerDay: 500 }, days: 3 });
    const recorded = rowOf(simulate({ inputs: DEFAULT_INPUTS, days: 0 }).series, 0);
    expect(flowsNow(run.series, recorded).intakeMgPerDay).toBe(850);
    expect(flowsNow(emptySeries(0), recorded)).toBe(recorded);
  });
});
