/** "To steady state" lands on the steady state of every dynamic state, the PPI exposure included. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_INPUTS } from '../../../src/model/index.ts';
import { LiveSimulation } from '../../../src/state/liveSimulation.ts';

describe('jump to the steady state', () => {
  it.each([
    ['a susceptible PPI user', { ...DEFAULT_INPUTS, ppi: 'susceptible' as const }],
    ['a loop diuretic', { ...DEFAULT_INPUTS, diuretic: 'loop' as const }],
  ])('is steady for %s: another year changes serum by less than 0.1%', (_name, inputs) => {
    const sim = new LiveSimulation(DEFAULT_INPUTS);
    sim.setInputs(inputs);
    sim.advance(3);
    sim.jumpToSteadyState();
    const before = sim.now().serumMgMmolPerL;
    sim.advance(365);
    expect(Math.abs(sim.now().serumMgMmolPerL / before - 1)).toBeLessThan(1e-3);
  });

  it('keeps the cumulative counters running', () => {
    const sim = new LiveSimulation(DEFAULT_INPUTS);
    sim.advance(10);
    const intake = sim.now().cumulativeIntakeMg;
    sim.jumpToSteadyState();
    expect(sim.now().cumulativeIntakeMg).toBe(intake);
  });
});
