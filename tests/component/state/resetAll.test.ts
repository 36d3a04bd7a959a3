// Reset All as PhET has it: back to the state the page or scenario opened in, paused, with the
// predict step of a scenario; 'Start again' is the same action. Regression tests for issue 9.
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { AppState } from '../../../src/state/appState.svelte.ts';

function runDays(app: AppState, days: number): void {
  app.play();
  app.speed = 'fast';
  for (let i = 0; i < 10_000 && app.day < days; i++) app.tick(0.25);
}

describe('Reset All', () => {
  it('does not start playing (the page opens paused)', () => {
    const app = new AppState();
    runDays(app, 20);
    app.resetAll();
    expect(app.playing).toBe(false);
    app.tick(0.25);
    expect(app.day).toBe(0);
  });

  it('in a scenario goes back to the predict step and stays there', () => {
    const app = new AppState();
    app.loadScenario('ppi-long-term');
    app.setPrediction({ direction: 'falls' });
    app.commitPrediction();
    runDays(app, 18);
    app.resetAll();
    expect(app.phase).toBe('predict');
    expect(app.prediction).toEqual({ direction: null, endBand: null, sketch: null });
    for (let i = 0; i < 6; i++) app.tick(0.25);
    expect(app.day).toBe(0);
  });

  it('restores sex and age too (they are settings like any other)', () => {
    const app = new AppState();
    app.setInputs({ sex: 'female', ageYears: 80 });
    app.resetAll();
    expect(app.inputs.sex).toBe('male');
    expect(app.inputs.ageYears).toBe(40);
  });

  it('returns to the state a link opened in, not to the defaults', () => {
    const app = new AppState({ inputs: { sex: 'female', intakeMgPerDay: 200 }, speed: 'slow' });
    app.setInputs({ sex: 'male', intakeMgPerDay: 500 });
    app.speed = 'fast';
    app.resetAll();
    expect(app.inputs).toMatchObject({ sex: 'female', intakeMgPerDay: 200 });
    expect(app.speed).toBe('slow');
  });

  it('in a scenario restores its inputs and horizon, and keeps its events', () => {
    const app = new AppState({ scenarioId: 'ppi-stop' });
    app.setInput('intakeMgPerDay', 100);
    app.horizonDays = 30;
    app.resetAll();
    expect(app.inputs.intakeMgPerDay).toBe(350);
    expect(app.horizonDays).toBe(1825);
    runDays(app, 1461);
    expect(app.inputs.ppi).toBe('none');
  });

  it('is what "Start again" does: a scenario chosen later becomes the opening state', () => {
    const app = new AppState({ inputs: { intakeMgPerDay: 200 } });
    app.loadScenario('thiazide');
    app.setInput('ageYears', 70);
    runDays(app, 5);
    app.resetAll();
    flushSync();
    expect(app.scenarioId).toBe('thiazide');
    expect(app.inputs).toMatchObject({ diuretic: 'thiazide', ageYears: 40, intakeMgPerDay: 350 });
    expect(app.phase).toBe('predict');
    expect(app.day).toBe(0);
  });
});
