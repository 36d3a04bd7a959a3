import { describe, expect, it } from 'vitest';
import { labelWidthFor, layoutBars, type BarRow } from '../../../../src/views/diet/bars.ts';

const options = { width: 500, max: 400, rowHeight: 40, top: 24, labelWidth: 100, valueWidth: 80 };
// Bar area: 500 − 100 − 80 = 320 px for 0–400 mg, so 0.8 px per mg.

const row = (id: string, ...values: number[]): BarRow => ({
  id,
  label: id,
  valueText: String(values.reduce((a, b) => a + b, 0)),
  segments: values.map((value) => ({ value, fill: 'var(--flow-intake)' })),
});

describe('layoutBars', () => {
  it('places rows below the marker space, one row height apart', () => {
    const layout = layoutBars([row('a', 100), row('b', 200)], [], options);
    expect(layout.rows.map((r) => r.y)).toEqual([24, 64]);
    expect(layout.height).toBe(24 + 2 * 40 + 2);
    expect(layout.x0).toBe(100);
  });

  it.each([
    [[100], [[100, 80]]],
    [
      [100, 50],
      [
        [100, 80],
        [180, 40],
      ],
    ],
    [[0, 50], [[100, 40]]],
    [[-5, NaN, 25], [[100, 20]]],
  ])('stacks segments %o as [x, width] %o', (values, expected) => {
    const [placed] = layoutBars([row('a', ...values)], [], options).rows;
    expect(placed.segments.map((s) => [s.x, s.width])).toEqual(expected);
  });

  it('clamps a bar longer than the scale to the bar area', () => {
    const [placed] = layoutBars([row('a', 1000)], [], options).rows;
    expect(placed.segments[0].x + placed.segments[0].width).toBe(420);
  });

  it('puts the value after the bar, or at the right edge with valueAt "end"', () => {
    expect(layoutBars([row('a', 100)], [], options).rows[0].valueX).toBe(186);
    expect(layoutBars([row('a', 100)], [], { ...options, valueAt: 'end' }).rows[0].valueX).toBe(498);
  });

  it('places reference marks on the same scale and keeps their labels inside', () => {
    const layout = layoutBars(
      [row('a', 1)],
      [
        { value: 350, label: 'AI' },
        { value: 400, label: 'x' },
      ],
      {
        ...options,
        valueWidth: 0,
      },
    );
    expect(layout.markers.map((m) => m.x)).toEqual([100 + 350, 500]);
    expect(layout.markers[1].labelX).toBe(460);
  });

  it('drops a mark that is not a number', () => {
    expect(layoutBars([], [{ value: NaN, label: 'AI' }], options).markers).toEqual([]);
  });
});

describe('labelWidthFor', () => {
  it.each([
    [500, 0.3, 150],
    [200, 0.3, 90],
    [1200, 0.3, 260],
  ])('width %s, share %s → %s px', (w, share, px) => expect(labelWidthFor(w, share)).toBe(px));
});
