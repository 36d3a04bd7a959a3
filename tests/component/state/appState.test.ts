// The one app state: controls → model inputs, the clock, scenarios, Reset All.
import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import { AppState, DAYS_PER_SECOND, DISPLAY_REFRESH_SECONDS } from '../../../src/state/appState.svelte.ts';
import {
  NextTaskProjector,
  projectNow,
  type ProjectionDone,
  type ProjectionRequest,
  type Projector,
} from '../../../src/state/projection/projector.ts';

/** A projector that answers when the test says (as the page's worker does, a moment later). */
class LaterProjector implements Projector {
  asked: { request: ProjectionRequest; done: ProjectionDone }[] = [];
  project(request: ProjectionRequest, done: ProjectionDone): void {
    this.asked.push({ request, done });
  }
  answer(index: number): void {
    this.asked[index].done(projectNow(this.asked[index].request));
  }
  dispose(): void {}
}

describe('AppState', () => {
  it('starts healthy at day 0, paused, in Dutch', () => {
    const app = new AppState();
    expect(app.day).toBe(0);
    expect(app.playing).toBe(false);
    expect(app.locale).toBe('nl');
    expect(app.current.serumMgMmolPerL).toBeCloseTo(0.85, 3);
    expect(app.band).toBe('normal');
  });

  it('the clock advances days only while playing, at the chosen speed', () => {
    const app = new AppState();
    app.tick(0.1);
    expect(app.day).toBe(0);
    app.play();
    app.speed = 'fast';
    app.tick(0.2);
    expect(app.day).toBeCloseTo(0.2 * DAYS_PER_SECOND.fast, 9);
  });

  it('while playing, the views are renewed 15 times a second; the particles every frame; pause shows now', () => {
    const app = new AppState();
    const seen: number[] = [];
    app.onFrame((seconds) => seen.push(seconds));
    app.play();
    const frame = 1 / 60;
    const shownDay = app.current.day;
    expect(shownDay).toBe(0);
    // Three frames of 1/60 s: the model and the particles move, the numbers on screen do not yet.
    app.tick(frame);
    app.tick(frame);
    app.tick(frame);
    expect(seen).toHaveLength(3);
    expect(app.day).toBeGreaterThan(0);
    expect(app.current.day).toBe(shownDay);
    // The fourth frame reaches 1/15 s: the views catch up with the model.
    app.tick(DISPLAY_REFRESH_SECONDS - 3 * frame + 1e-9);
    expect(app.current.day).toBeCloseTo(app.day, 12);
    app.tick(frame);
    expect(app.current.day).not.toBeCloseTo(app.day, 12);
    app.pause();
    expect(app.current.day).toBeCloseTo(app.day, 12);
    // A slow machine: frames longer than 1/15 s still renew only every third frame.
    app.play();
    const shown = app.current.day;
    app.tick(0.1);
    app.tick(0.1);
    expect(app.current.day).toBe(shown);
    app.tick(0.1);
    expect(app.current.day).toBeCloseTo(app.day, 12);
  });

  it('the page opens with its course ahead computed in short tasks, before the page is built', () => {
    vi.useFakeTimers();
    try {
      const projector = new NextTaskProjector();
      const app = new AppState({ projector });
      let built = false;
      projector.whenDone(() => (built = true));
      expect(app.projection.day.length).toBe(0);
      vi.advanceTimersToNextTimer();
      expect(app.projection.day.length).toBe(0); // one slice done, not the year
      while (!built) {
        expect(vi.getTimerCount()).toBe(1);
        vi.advanceTimersToNextTimer();
      }
      expect(app.projection.day.length).toBeGreaterThan(365);
      expect(app.projection.serumMgMmolPerL.at(-1)).toBeCloseTo(0.85, 2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('with a worker, a slider change shows at once and the projection when the worker answers', () => {
    const app = new AppState();
    const later = new LaterProjector();
    app.useProjector(later);
    const before = app.projection.urineMgPerDay[365];
    app.setInput('intakeMgPerDay', 100);
    flushSync();
    expect(app.current.intakeMgPerDay).toBe(100);
    expect(app.projection.urineMgPerDay[365]).toBe(before);
    later.answer(0);
    flushSync();
    expect(app.projection.urineMgPerDay[365]).toBeLessThan(before / 2);
  });

  it('an answer asked for before a reset is never shown after it', () => {
    const app = new AppState();
    const later = new LaterProjector();
    app.useProjector(later);
    app.setInput('intakeMgPerDay', 2000);
    app.resetAll();
    later.answer(1); // the reset's own projection
    const afterReset = app.projection.urineMgPerDay[365];
    later.answer(0); // the old course arrives late
    expect(app.projection.urineMgPerDay[365]).toBe(afterReset);
  });

  it('a slider change re-projects the year ahead and highlights the flows it moved', () => {
    const app = new AppState();
    const before = app.projection.urineMgPerDay[365];
    app.setInput('intakeMgPerDay', 100);
    flushSync();
    expect(app.projection.urineMgPerDay[365]).toBeLessThan(before / 2);
    expect(app.highlighted).toContain('intake');
  });

  it('the current values follow a control change at once, also while paused', () => {
    const app = new AppState();
    const before = app.current.urineMgPerDay;
    app.setInput('diuretic', 'loop');
    flushSync();
    expect(app.current.urineMgPerDay).toBeGreaterThan(1.5 * before);
    expect(app.day).toBe(0);
  });

  it('a whole menu is one change: one event, all inputs at once', () => {
    const app = new AppState();
    app.setInputs({ intakeMgPerDay: 500, waterMgPerL: 100, waterLPerDay: 1, phytateMmolPerMeal: 0.75 });
    expect(app.inputs).toMatchObject({ intakeMgPerDay: 500, waterMgPerL: 100, waterLPerDay: 1 });
    expect(app.highlighted).toContain('intake');
  });

  it('a diuretic highlights the urine flow', () => {
    const app = new AppState();
    app.setInput('diuretic', 'loop');
    expect(app.highlighted[0]).toBe('urine');
  });

  it('says so when a value is clamped', () => {
    const app = new AppState();
    app.setInput('gfrMlPerMin', 1000);
    expect(app.inputs.gfrMlPerMin).toBe(180);
    expect(app.notices[0].key).toBe('clamp.notice');
  });

  it('loading a scenario asks for a prediction first, with the healthy course as baseline', () => {
    const app = new AppState();
    app.loadScenario('ppi-long-term');
    expect(app.phase).toBe('predict');
    expect(app.inputs.ppi).toBe('susceptible');
    expect(app.baseline?.serumMgMmolPerL[0]).toBeCloseTo(0.85, 3);
    expect(app.horizonDays).toBe(1825);
    app.play();
    expect(app.phase).toBe('running');
  });

  it('the ppi-stop scenario stops the PPI when the clock reaches day 1460 (after four years)', () => {
    const app = new AppState();
    app.loadScenario('ppi-stop');
    app.play();
    app.speed = 'fast';
    for (let i = 0; i < 4000 && app.day < 1461; i++) app.tick(0.25);
    expect(app.inputs.ppi).toBe('none');
  });

  it('Reset All restores the inputs and time, paused as the page opened', () => {
    const app = new AppState();
    app.setInput('intakeMgPerDay', 50);
    app.step();
    app.step();
    app.play();
    app.resetAll();
    expect(app.day).toBe(0);
    expect(app.inputs.intakeMgPerDay).toBe(350);
    expect(app.playing).toBe(false);
  });

  it('step advances exactly one day and pauses', () => {
    const app = new AppState();
    app.play();
    app.step();
    expect(app.day).toBe(1);
    expect(app.playing).toBe(false);
  });

  it('translates in the current language', () => {
    const app = new AppState({ locale: 'en' });
    expect(app.t('app.title')).toBe('Magnesium in the body');
  });

  // Issue 10, defect 9: the model ran 25 mg/day of milk for a man.
  it('never lets the model run lactation for a man', () => {
    const app = new AppState({ inputs: { conditions: ['lactation'] } });
    expect(app.inputs.conditions).toEqual([]);
    app.setInputs({ sex: 'female', conditions: ['lactation'] });
    expect(app.inputs.conditions).toEqual(['lactation']);
    app.setInput('sex', 'male');
    expect(app.inputs.conditions).toEqual([]);
    expect(app.current.milkMgPerDay).toBe(0);
  });
});
