/** What the diagram reads from a run: pools against the reference, exchanges, band shapes. */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_INPUTS,
  POOL_IDS,
  rowOf,
  simulate,
  steadyStateReport,
  type BandId,
} from '../../../../src/model/index.ts';
import {
  bandIconPath,
  directionOf,
  exchangeRates,
  poolReadouts,
} from '../../../../src/views/diagram/readout.ts';

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
  it('is the net uptake of each tissue now, positive into the tissue', () => {
    const row = rowOf(simulate({ inputs: DEFAULT_INPUTS, days: 0 }).series, 0);
    const r = exchangeRates({
      ...row,
      muscleUptakeMgPerDay: 3,
      softTissueUptakeMgPerDay: -2,
      boneSurfaceUptakeMgPerDay: -9,
      deepBoneUptakeMgPerDay: 1,
    });
    expect(r).toEqual({ muscle: 3, softTissue: -2, boneSurface: -9, deepBone: 1 });
  });

  it('is balanced at the healthy steady state', () => {
    const r = exchangeRates(reference);
    for (const v of Object.values(r)) expect(directionOf(v)).toBe('balanced');
  });

  it('shows bone giving Mg to the blood when intake is very low', () => {
    const run = simulate({ inputs: { ...DEFAULT_INPUTS, intakeMgPerDay: 10 }, days: 2 });
    const rates = exchangeRates(rowOf(run.series, 1));
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
