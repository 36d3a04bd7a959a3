/** Time axis, value domains and tick labels of the charts (table-driven). */
import { describe, expect, it } from 'vitest';
import {
  absorptionMaxFoodMg,
  renalMaxSerum,
  renalMaxUrineMg,
} from '../../../../src/views/charts/curveDomains.ts';
import {
  centredDomain,
  extentOf,
  extentOfLines,
  niceCeil,
  serumDomain,
  zeroBasedDomain,
} from '../../../../src/views/charts/domains.ts';
import { stepDigits, tickFormatter } from '../../../../src/views/charts/ticks.ts';
import { dayTicks, timeDomainEnd } from '../../../../src/views/charts/timeAxis.ts';

describe('timeDomainEnd', () => {
  it.each([
    { today: 0, horizon: 365, ends: [], expected: 365 },
    { today: 1, horizon: 365, ends: [], expected: 365 + 365 / 8 },
    { today: 45.625, horizon: 365, ends: [], expected: 365 + 365 / 8 },
    { today: 46, horizon: 365, ends: [], expected: 365 + 365 / 4 },
    { today: 0, horizon: 30, ends: [730], expected: 730 },
    { today: 10, horizon: 30, ends: [Number.NaN], expected: 30 + 11.25 },
    { today: Number.NaN, horizon: 90, ends: [], expected: 90 },
    { today: 0, horizon: 0, ends: [], expected: 1 },
  ])('today $today, horizon $horizon, ends $ends → $expected', ({ today, horizon, ends, expected }) => {
    expect(timeDomainEnd(today, horizon, ends)).toBeCloseTo(expected, 9);
  });

  it('does not change while the clock moves within one step (history is not redrawn)', () => {
    expect(timeDomainEnd(10.2, 365)).toBe(timeDomainEnd(40.9, 365));
  });
});

describe('dayTicks', () => {
  it.each([
    { end: 30, max: 8, expected: [0, 7, 14, 21, 28] },
    { end: 30, max: 20, expected: [0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30] },
    { end: 365, max: 8, expected: [0, 60, 120, 180, 240, 300, 360] },
    { end: 365, max: 3, expected: [0, 180, 360] },
    { end: 1825, max: 6, expected: [0, 365, 730, 1095, 1460, 1825] },
    { end: 1825, max: 2, expected: [0, 1825] },
    { end: 0, max: 5, expected: [0] },
    { end: Number.NaN, max: 5, expected: [0] },
  ])('0–$end with at most $max ticks', ({ end, max, expected }) => {
    expect(dayTicks(end, max)).toEqual(expected);
  });
});

describe('extentOf / extentOfLines', () => {
  it.each([
    { arrays: [[1, 3, 2]], factor: 1, expected: [1, 3] },
    { arrays: [[1], [5, -2]], factor: 2, expected: [-4, 10] },
    { arrays: [[]], factor: 1, expected: null },
    { arrays: [], factor: 1, expected: null },
  ])('$arrays × $factor → $expected', ({ arrays, factor, expected }) => {
    expect(
      extentOf(
        arrays.map((a) => Float64Array.from(a)),
        factor,
      ),
    ).toEqual(expected);
  });

  it('merges lines with their own factors', () => {
    const lines = [
      { arrays: [Float64Array.of(1, 2)], factor: 10 },
      { arrays: [Float64Array.of(50)], factor: 0.5 },
    ];
    expect(extentOfLines(lines)).toEqual([10, 25]);
    expect(extentOfLines([])).toBeNull();
  });
});

describe('niceCeil', () => {
  it.each([
    [0.85, 1],
    [1.05, 1.2],
    [1.3, 1.5],
    [2.1, 2.5],
    [350, 400],
    [3620, 4000],
    [100, 100],
    [0, 1],
    [Number.NaN, 1],
  ])('%s → %s', (value, expected) => {
    expect(niceCeil(value)).toBeCloseTo(expected, 9);
  });
});

describe('serumDomain', () => {
  it.each([
    { max: 0.85, expected: [0, 1.2] },
    { max: null, expected: [0, 1.2] },
    { max: 1.29, expected: [0, 1.5] },
    { max: 2.3, expected: [0, 2.5] },
  ])('max $max → $expected', ({ max, expected }) => {
    const [lo, hi] = serumDomain(max);
    expect(lo).toBe(expected[0]);
    expect(hi).toBeCloseTo(expected[1], 9);
  });
});

describe('zeroBasedDomain and centredDomain', () => {
  it.each([
    { extent: [0, 350] as const, atLeast: 100, expected: [0, 400] },
    { extent: [0, 20] as const, atLeast: 100, expected: [0, 100] },
    { extent: null, atLeast: 4.1, expected: [0, 5] },
  ])('zero-based $extent (≥ $atLeast) → $expected', ({ extent, atLeast, expected }) => {
    expect(zeroBasedDomain(extent, atLeast)).toEqual(expected);
  });

  it.each([
    { extent: [99, 100] as const, expected: [90, 110] },
    { extent: [25, 100] as const, expected: [20, 110] },
    { extent: [100, 151] as const, expected: [90, 160] },
    { extent: null, expected: [90, 110] },
  ])('around 100: $extent → $expected', ({ extent, expected }) => {
    expect(centredDomain(extent, 100, 10, 10)).toEqual(expected);
  });
});

describe('curve ranges', () => {
  it.each([
    [350, 1000],
    [900, 1200],
    [1900, 2000],
    [Number.NaN, 1000],
  ])('absorption: intake %s mg/day → up to %s mg/day', (intake, expected) => {
    expect(absorptionMaxFoodMg(intake)).toBe(expected);
  });

  it.each([
    [0.85, 1.6],
    [1.29, 1.6],
    [2.2, 3],
  ])('renal: serum %s → up to %s mmol/L', (serum, expected) => {
    expect(renalMaxSerum(serum)).toBeCloseTo(expected, 9);
  });

  it.each([
    [111, 500],
    [419, 600],
    [Number.NaN, 500],
  ])('renal: urine %s mg/day → up to %s', (urine, expected) => {
    expect(renalMaxUrineMg(urine)).toBe(expected);
  });
});

describe('tick labels', () => {
  it.each([
    [1, 0],
    [60, 0],
    [0.2, 1],
    [0.25, 2],
    [0.05, 2],
    [0, 0],
  ])('step %s needs %s decimals', (step, digits) => {
    expect(stepDigits(step)).toBe(digits);
  });

  it.each([
    { locale: 'nl' as const, ticks: [0, 0.2, 0.4], value: 0.4, expected: '0,4' },
    { locale: 'en' as const, ticks: [0, 0.2, 0.4], value: 0, expected: '0.0' },
    { locale: 'nl' as const, ticks: [0, 500, 1000], value: 1000, expected: '1.000' },
    { locale: 'en' as const, ticks: [0, 365], value: 1095, expected: '1,095' },
    { locale: 'nl' as const, ticks: [5], value: 5, expected: '5' },
  ])('$locale $value with ticks $ticks → $expected', ({ locale, ticks, value, expected }) => {
    expect(tickFormatter(locale, ticks)(value)).toBe(expected);
  });
});
