import { describe, expect, it } from 'vitest';
import { DEFAULT_INPUTS, simulate } from '../../../src/model/index.ts';
import { LiveSimulation } from '../../../src/state/liveSimulation.ts';

describe('LiveSimulation', () => {
  it('records one history row per whole simulated day, whatever the frame sizes', () => {
    const sim = new LiveSimulation(DEFAULT_INPUTS);
    for (let i = 0; i < 100; i++) sim.advance(0.137);
    expect(sim.day).toBeCloseTo(13.7, 9);
    expect(sim.history.view().day).toEqual(Float64Array.from({ length: 14 }, (_, d) => d));
  });

  it('matches a batch run for the same inputs (frames do not change the physiology)', () => {
    const inputs = { ...DEFAULT_INPUTS, intakeMgPerDay: 10 };
    const sim = new LiveSimulation(inputs);
    for (let i = 0; i < 60; i++) sim.advance(0.35);
    const batch = simulate({ inputs, days: 21 }).series.serumMgMmolPerL;
    const live = sim.history.view().serumMgMmolPerL;
    for (let d = 0; d <= 21; d++) expect(Math.abs(live[d] - batch[d]) / batch[d]).toBeLessThan(1e-5);
  });

  it('a control change takes effect at the current day, as an event', () => {
    const sim = new LiveSimulation(DEFAULT_INPUTS);
    sim.advance(10);
    sim.setInputs({ ...DEFAULT_INPUTS, intakeMgPerDay: 50 });
    sim.advance(5);
    const h = sim.history.view();
    expect(sim.events).toHaveLength(1);
    expect(sim.events[0].day).toBe(10);
    expect(h.absorbedMgPerDay[9]).toBeCloseTo(h.absorbedMgPerDay[0], 6);
    expect(h.absorbedMgPerDay[11]).toBeLessThan(0.4 * h.absorbedMgPerDay[0]);
  });

  it('applies scheduled changes (a scenario stopping the PPI) when the clock reaches them', () => {
    const sim = new LiveSimulation(DEFAULT_INPUTS);
    sim.reset({ ...DEFAULT_INPUTS, ppi: 'susceptible' }, 350, [{ day: 30, changes: { ppi: 'none' } }]);
    sim.advance(29.5);
    expect(sim.inputs.ppi).toBe('susceptible');
    sim.advance(1);
    expect(sim.inputs.ppi).toBe('none');
  });

  it('drops a scheduled change of an input the user has just set by hand', () => {
    const sim = new LiveSimulation(DEFAULT_INPUTS);
    sim.reset({ ...DEFAULT_INPUTS, ppi: 'susceptible' }, 350, [{ day: 30, changes: { ppi: 'none' } }]);
    sim.setInputs({ ...sim.inputs, intakeMgPerDay: 200 });
    expect(sim.scheduled).toHaveLength(1);
    sim.setInputs({ ...sim.inputs, ppi: 'typical' });
    expect(sim.scheduled).toHaveLength(0);
  });

  it('projects the course ahead from today without moving the clock', () => {
    const sim = new LiveSimulation({ ...DEFAULT_INPUTS, intakeMgPerDay: 100 });
    sim.advance(3);
    const p = sim.project(365).series;
    expect(p.day[0]).toBe(3);
    expect(p.day[365]).toBe(368);
    expect(sim.day).toBe(3);
    expect(p.serumMgMmolPerL[0]).toBeCloseTo(sim.history.view().serumMgMmolPerL[3], 12);
  });

  it('jump to steady state lands where the course was heading', () => {
    const sim = new LiveSimulation({ ...DEFAULT_INPUTS, intakeMgPerDay: 200 });
    sim.jumpToSteadyState();
    const far = sim.project(3000).series.serumMgMmolPerL;
    expect(Math.abs(far[3000] - far[0])).toBeLessThan(1e-6);
  });
});
