// A run computed a slice at a time (the page's opening course) is the same run, to the bit.
import { describe, expect, it } from 'vitest';
import { DEFAULT_INPUTS, simulate, simulateInSlices, type RunRequest } from '../../../src/model/index.ts';

describe('simulateInSlices', () => {
  const request: RunRequest = {
    inputs: { ...DEFAULT_INPUTS, intakeMgPerDay: 120 },
    events: [
      { day: 50, changes: { supplementMgPerDay: 300 } }, // on a slice's edge
      { day: 77.5, changes: { gfrMlPerMin: 30 } },
    ],
    days: 200,
  };

  it('yields after each slice and returns what simulate returns', () => {
    const run = simulateInSlices(request, 50);
    const yielded: number[] = [];
    let step = run.next();
    while (!step.done) {
      yielded.push(step.value);
      step = run.next();
    }
    expect(yielded).toEqual([50, 100, 150, 200]);
    const whole = simulate(request);
    expect(step.value.rows).toBe(whole.rows);
    for (const [name, column] of Object.entries(whole.series))
      expect(Array.from(step.value.series[name as keyof typeof whole.series]), name).toEqual(
        Array.from(column),
      );
    expect(Array.from(step.value.finalState)).toEqual(Array.from(whole.finalState));
  });
});
