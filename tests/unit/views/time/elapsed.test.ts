/** The time readout's elapsed-time phrase (src/views/time/elapsed.ts), table-driven, nl and en. */
import { describe, expect, it } from 'vitest';
import { elapsedParts, formatElapsedTime, wholeDay } from '../../../../src/views/time/elapsed.ts';

describe('formatElapsedTime', () => {
  it.each([
    [0, '0 dagen', '0 days'],
    [1, '1 dag', '1 day'],
    [6, '6 dagen', '6 days'],
    [7, '1 week', '1 week'],
    [8, '1 week en 1 dag', '1 week and 1 day'],
    [14, '2 weken', '2 weeks'],
    [45, '6 weken en 3 dagen', '6 weeks and 3 days'],
    [60, '8 weken en 4 dagen', '8 weeks and 4 days'],
    [61, '2 maanden', '2 months'],
    [90, '2 maanden en 4 weken', '2 months and 4 weeks'],
    [200, '6 maanden en 2 weken', '6 months and 2 weeks'],
    [365, '1 jaar', '1 year'],
    [400, '1 jaar en 1 maand', '1 year and 1 month'],
    [730, '2 jaar', '2 years'],
    [1000, '2 jaar en 8 maanden', '2 years and 8 months'],
    [1825, '5 jaar', '5 years'],
  ])('%d days → %s / %s', (days, dutch, english) => {
    expect(formatElapsedTime('nl', days)).toBe(dutch);
    expect(formatElapsedTime('en', days)).toBe(english);
  });

  it('counts whole days only (the clock runs in fractions of a day)', () => {
    expect(formatElapsedTime('nl', 45.9)).toBe('6 weken en 3 dagen');
    expect(formatElapsedTime('en', 0.99)).toBe('0 days');
  });

  it('never prints NaN or a negative time', () => {
    expect(formatElapsedTime('nl', NaN)).toBe('–');
    expect(formatElapsedTime('en', Infinity)).toBe('–');
    expect(formatElapsedTime('en', -3)).toBe('0 days');
  });

  it('gives at most two parts, the second never zero', () => {
    for (let d = 0; d <= 2000; d += 3) {
      const parts = elapsedParts(d);
      expect(parts.length).toBeLessThanOrEqual(2);
      expect(parts[0].count).toBeGreaterThanOrEqual(d === 0 ? 0 : 1);
      if (parts[1]) expect(parts[1].count).toBeGreaterThan(0);
    }
  });
});

describe('wholeDay', () => {
  it.each([
    [0, 0],
    [0.4, 0],
    [44.999999999999, 45],
    [45.2, 45],
    [-1, 0],
    [NaN, 0],
  ])('%d → %d', (day, whole) => expect(wholeDay(day)).toBe(whole));
});
