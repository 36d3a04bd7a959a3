/**
 * The course plan replays what the live simulation did: with the default parameters the replay's
 * projection is the app's projection, whatever the user did on the way (input changes mid-day,
 * jumps to the steady state, a scenario's scheduled change).
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_INPUTS } from '../../../src/model/index.ts';
import { replayCourse } from '../../../src/model/analysis/index.ts';
import { LiveSimulation } from '../../../src/state/liveSimulation.ts';

function expectSameProjection(sim: LiveSimulation, horizonDays: number): void {
  const app = sim.project(horizonDays).series.serumMgMmolPerL;
  const replay = replayCourse(sim.coursePlan(horizonDays));
  expect(replay.serumMmolPerL).toHaveLength(app.length);
  for (let d = 0; d < app.length; d++) expect(Math.abs(replay.serumMmolPerL[d] - app[d])).toBeLessThan(1e-6);
}

describe('course plan', () => {
  it('replays input changes made at fractional days while the clock ran', () => {
    const sim = new LiveSimulation(DEFAULT_INPUTS);
    sim.advance(3.3);
    sim.setInputs({ ...DEFAULT_INPUTS, ppi: 'susceptible' });
    sim.advance(40.25);
    sim.setInputs({ ...DEFAULT_INPUTS, ppi: 'susceptible', supplementMgPerDay: 300 });
    sim.setInputs({ ...DEFAULT_INPUTS, ppi: 'susceptible', supplementMgPerDay: 310 });
    sim.advance(12.6);
    expectSameProjection(sim, 200);
  });

  it('replays a jump to the steady state', () => {
    const sim = new LiveSimulation(DEFAULT_INPUTS);
    sim.setInputs({ ...DEFAULT_INPUTS, diuretic: 'loop' });
    sim.advance(2);
    sim.jumpToSteadyState();
    sim.advance(5.5);
    sim.setInputs({ ...DEFAULT_INPUTS, gfrMlPerMin: 20 });
    sim.advance(1);
    expectSameProjection(sim, 90);
  });

  it('keeps a scheduled change in the course, before and after it happens, without a new revision', () => {
    const sim = new LiveSimulation(DEFAULT_INPUTS);
    sim.reset({ ...DEFAULT_INPUTS, ppi: 'susceptible' }, 350, [{ day: 30, changes: { ppi: 'none' } }]);
    const revision = sim.revision;
    sim.advance(10);
    expectSameProjection(sim, 60);
    sim.advance(30);
    expect(sim.revision).toBe(revision);
    expectSameProjection(sim, 60);
  });

  it('has a new revision for every change made by hand', () => {
    const sim = new LiveSimulation(DEFAULT_INPUTS);
    const r0 = sim.revision;
    sim.advance(1);
    expect(sim.revision).toBe(r0);
    sim.setInputs({ ...DEFAULT_INPUTS, intakeMgPerDay: 200 });
    expect(sim.revision).toBe(r0 + 1);
    sim.jumpToSteadyState();
    expect(sim.revision).toBe(r0 + 2);
    sim.reset(DEFAULT_INPUTS);
    expect(sim.revision).toBe(r0 + 3);
  });
});
