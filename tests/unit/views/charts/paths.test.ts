/** Path builders, label spreading and the small readers behind the charts (table-driven). */
import { scaleLinear } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { spreadLabels } from '../../../../src/views/charts/labels.ts';
import { bandRect, curvePath, sampleIndices, seriesPath } from '../../../../src/views/charts/paths.ts';
import { firstOf, lastOf, POOL_LINES, FLOW_LINES, valueAtDay } from '../../../../src/views/charts/series.ts';
import { labelRoom, timeTableRows } from '../../../../src/views/charts/timeLines.ts';
import type { TimeLine } from '../../../../src/views/charts/types.ts';

const x = scaleLinear().domain([0, 10]).range([0, 100]);
const y = scaleLinear().domain([0, 1]).range([50, 0]);

describe('sampleIndices', () => {
  it.each([
    { n: 0, max: 10, expected: [] },
    { n: 1, max: 10, expected: [0] },
    { n: 5, max: 10, expected: [0, 1, 2, 3, 4] },
    { n: 11, max: 6, expected: [0, 2, 4, 6, 8, 10] },
    { n: 10, max: 4, expected: [0, 3, 6, 9] },
    { n: 12, max: 4, expected: [0, 4, 8, 11] },
    { n: 5, max: 1, expected: [0, 4] },
  ])('$n rows, at most $max points → $expected', ({ n, max, expected }) => {
    expect(sampleIndices(n, max)).toEqual(expected);
  });

  it('keeps at most about the pixel width for a five-year run', () => {
    const idx = sampleIndices(1826, 400);
    expect(idx.length).toBeLessThanOrEqual(400);
    expect(idx[0]).toBe(0);
    expect(idx.at(-1)).toBe(1825);
  });
});

describe('seriesPath', () => {
  it.each([
    { xs: [0, 5, 10], ys: [0, 0.5, 1], factor: 1, expected: 'M0,50L50,25L100,0' },
    { xs: [0, 10], ys: [10, 20], factor: 0.05, expected: 'M0,25L100,0' },
    { xs: [0, 1, 2], ys: [0, Number.NaN, 1], factor: 1, expected: 'M0,50ZM20,0Z' },
    { xs: [1 / 3], ys: [1 / 3], factor: 1, expected: 'M3.3,33.3Z' },
    { xs: [], ys: [], factor: 1, expected: '' },
  ])('$xs, $ys × $factor → $expected', ({ xs, ys, factor, expected }) => {
    expect(seriesPath(Float64Array.from(xs), Float64Array.from(ys), factor, x, y)).toBe(expected);
  });

  it('uses the shorter column when lengths differ', () => {
    expect(seriesPath(Float64Array.of(0, 10, 20), Float64Array.of(0, 1), 1, x, y)).toBe('M0,50L100,0');
  });
});

describe('curvePath and bandRect', () => {
  it('maps points through fx/fy before the scales', () => {
    const points = [
      { x: 0, y: 0 },
      { x: 100, y: 0.5 },
    ];
    expect(
      curvePath(
        points,
        x,
        y,
        (v) => v / 10,
        (v) => v * 2,
      ),
    ).toBe('M0,50L100,0');
  });

  it.each([
    { lo: 0.75, hi: 0.95, expected: { y: 2.5, height: 10 } },
    { lo: 0.95, hi: 0.75, expected: { y: 2.5, height: 10 } },
  ])('band $lo–$hi → $expected', ({ lo, hi, expected }) => {
    const r = bandRect(lo, hi, y);
    expect(r.y).toBeCloseTo(expected.y, 9);
    expect(r.height).toBeCloseTo(expected.height, 9);
  });
});

describe('spreadLabels', () => {
  it.each([
    { targets: [100, 100, 100, 100, 100], gap: 17, expected: [66, 83, 100, 117, 134] },
    { targets: [10, 12, 200], gap: 17, expected: [2.5, 19.5, 200] },
    { targets: [295, 298, 300], gap: 17, expected: [266, 283, 300] },
    { targets: [0, 1, 2], gap: 17, expected: [0, 17, 34] },
    { targets: [50, 20], gap: 17, expected: [50, 20] },
    { targets: [60, 50], gap: 17, expected: [63.5, 46.5] },
    { targets: [Number.NaN, 100], gap: 17, expected: [0, 100] },
    { targets: [], gap: 17, expected: [] },
  ])('$targets (gap $gap, 0–300) → $expected', ({ targets, gap, expected }) => {
    expect(spreadLabels(targets, gap, 0, 300)).toEqual(expected);
  });

  it('never lets two labels come closer than the gap when there is room', () => {
    const out = spreadLabels([5, 9, 7, 8, 6, 150, 152], 17, 0, 300).sort((a, b) => a - b);
    for (let i = 1; i < out.length; i++) expect(out[i] - out[i - 1]).toBeGreaterThanOrEqual(17 - 1e-9);
  });
});

describe('series readers', () => {
  const days = Float64Array.of(10, 11, 12);
  const values = Float64Array.of(1, 2, 3);
  it.each([
    { day: 10, expected: 1 },
    { day: 11.4, expected: 2 },
    { day: 12, expected: 3 },
    { day: 9, expected: Number.NaN },
    { day: 13, expected: Number.NaN },
    { day: Number.NaN, expected: Number.NaN },
  ])('valueAtDay($day) → $expected', ({ day, expected }) => {
    expect(valueAtDay(days, values, day)).toBe(expected);
  });

  it('reads first and last values, NaN when empty', () => {
    expect([firstOf(values), lastOf(values)]).toEqual([1, 3]);
    expect(lastOf(new Float64Array(0))).toBeNaN();
    expect(firstOf(new Float64Array(0))).toBeNaN();
  });

  it('gives every pool and flow line its own dash pattern', () => {
    for (const set of [POOL_LINES, FLOW_LINES]) expect(new Set(set.map((l) => l.dash)).size).toBe(set.length);
  });
});

describe('timeTableRows and labelRoom', () => {
  it('lists start, now and projection end per line, in display values', () => {
    const line: TimeLine = {
      id: 'a',
      label: 'A',
      stroke: 'x',
      dash: '',
      factor: 10,
      history: Float64Array.of(1, 2),
      projection: Float64Array.of(2, 3),
    };
    expect(timeTableRows([line], String)).toEqual([{ header: 'A', cells: ['10', '20', '30'] }]);
  });

  it.each([
    { labels: [], expected: 16 },
    { labels: ['Bloed', 'Botoppervlak'], expected: Math.ceil(16 + 12 * 8.8) },
  ])('$labels → $expected px', ({ labels, expected }) => {
    expect(labelRoom(labels)).toBe(expected);
  });
});
