/** Half-times in words and elasticities with their sign, as the explanation section shows them. */
import { describe, expect, it } from 'vitest';
import { formatDuration, formatElasticity } from '../../../src/views/analysis/duration.ts';

describe('durations in words', () => {
  it('uses the unit a student thinks in, rounded', () => {
    expect(formatDuration('en', 0.01)).toBe('less than an hour');
    expect(formatDuration('en', 0.0475)).toBe('1 hour');
    expect(formatDuration('en', 0.892)).toBe('21 hours');
    expect(formatDuration('en', 2.87)).toBe('3 days');
    expect(formatDuration('en', 36.4)).toBe('5 weeks');
    expect(formatDuration('en', 180)).toBe('6 months');
    expect(formatDuration('en', 2544)).toBe('7 years');
    expect(formatDuration('nl', 2.87)).toBe('3 dagen');
    expect(formatDuration('nl', 0.0475)).toBe('1 uur');
  });

  it('never shows NaN or Infinity', () => {
    for (const bad of [NaN, Infinity, -1]) expect(formatDuration('nl', bad)).toBe('–');
  });
});

describe('elasticities', () => {
  it('carry their sign in text, with a true minus sign', () => {
    const two = (v: number) => v.toFixed(2);
    expect(formatElasticity(two, 0.634)).toBe('+0.63');
    expect(formatElasticity(two, -0.32)).toBe('−0.32');
    expect(formatElasticity(two, NaN)).toBe('–');
  });
});
