// The small range chart: the accepted range and the model's value on one axis.
import { describe, expect, it } from 'vitest';
import { barGeometry } from '../../../src/views/evidence/rangeBar.ts';

describe('barGeometry', () => {
  it('puts a value inside a closed range inside its band', () => {
    const g = barGeometry({ low: 0.75, high: 0.95, value: 0.85 });
    expect(g.from).toBeGreaterThan(0);
    expect(g.to).toBeLessThan(1);
    expect(g.marker).toBeCloseTo((g.from + g.to) / 2, 9);
    expect(g.openLeft || g.openRight).toBe(false);
  });

  it('keeps a value far outside on the axis, beyond the band', () => {
    const below = barGeometry({ low: 20, high: 60, value: 0.43 });
    expect(below.marker).toBeGreaterThanOrEqual(0);
    expect(below.marker).toBeLessThan(below.from);
    const above = barGeometry({ low: -0.016, high: -0.007, value: -0.004 });
    expect(above.marker).toBeLessThanOrEqual(1);
    expect(above.marker).toBeGreaterThan(above.to);
  });

  it('runs an open-ended range to the edge', () => {
    const g = barGeometry({ low: 1.2, high: Infinity, value: 2.1 });
    expect(g).toMatchObject({ to: 1, openRight: true, openLeft: false });
    expect(g.marker).toBeGreaterThan(g.from);
  });

  it('copes with a zero-width range and a value on it', () => {
    const g = barGeometry({ low: 1, high: 1, value: 1 });
    expect(g.marker).toBeCloseTo(0.5, 9);
    expect([g.from, g.to, g.marker].every(Number.isFinite)).toBe(true);
  });
});
