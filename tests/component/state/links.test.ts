// Exact links: a copied link reopens the same run (scenario with its events, the differences from
// it, later changes, the day reached) — regression test for issue 9 (ppi-stop lost its event).
import { describe, expect, it } from 'vitest';
import { SCENARIO_IDS } from '../../../src/scenarios/scenarios.ts';
import { AppState } from '../../../src/state/appState.svelte.ts';
import { linkOf, readUrl, writeUrl } from '../../../src/state/url.ts';
import { typedSearch } from '../../../src/state/urlWriter.ts';

const reopen = (app: AppState): AppState => {
  const link = writeUrl(linkOf(app));
  const settings = readUrl(link);
  expect(settings.problems).toEqual([]);
  return new AppState(settings);
};

function stepDays(app: AppState, days: number): void {
  for (let i = 0; i < days; i++) app.step();
}

describe('links', () => {
  // What the browser test (tests/browser/links.test.ts) does through the page for three scenarios,
  // here for every scenario: change the intake before and during the run, slow down, copy the
  // link as the share button writes it, and open it.
  it.each(SCENARIO_IDS)('%s: a copied link reopens the same run at the same day', (id) => {
    const app = new AppState(readUrl(`?locale=nl&scenario=${id}`));
    app.setInput('intakeMgPerDay', 200);
    stepDays(app, 2);
    app.setInput('intakeMgPerDay', 260);
    app.speed = 'slow';
    stepDays(app, 1);
    expect(app.day).toBe(3);
    const link = typedSearch(writeUrl(linkOf(app)));
    expect(link).toContain(`scenario=${id}`);
    expect(link).toContain('intake-mg_at2=260');

    const settings = readUrl(link);
    expect(settings.problems).toEqual([]);
    const back = new AppState(settings);
    expect(back.day).toBe(3);
    expect(back.inputs).toEqual(app.inputs);
    expect(back.speed).toBe('slow');
    expect(back.current.serumMgMmolPerL).toBeCloseTo(app.current.serumMgMmolPerL, 9);
    expect(back.history.serumMgMmolPerL).toEqual(app.history.serumMgMmolPerL);
    expect(typedSearch(writeUrl(linkOf(back)))).toBe(link);
  });

  it('ppi-stop keeps its event: the PPI stops on schedule in the reopened run', () => {
    const app = new AppState({ scenarioId: 'ppi-stop' });
    stepDays(app, 3);
    const link = writeUrl(linkOf(app));
    expect(link).not.toContain('ppi=');
    const back = new AppState(readUrl(link));
    expect(back.day).toBe(3);
    back.play();
    back.speed = 'fast';
    for (let i = 0; i < 10_000 && back.day < 1461; i++) back.tick(0.25);
    expect(back.inputs.ppi).toBe('none');
  });

  it('writes only the inputs that differ from the scenario, at day 0', () => {
    const app = new AppState({ scenarioId: 'older-adult' });
    app.setInput('intakeMgPerDay', 150);
    const params = new URLSearchParams(writeUrl(linkOf(app)));
    expect(params.get('intake-mg')).toBe('150');
    expect(params.has('age')).toBe(false);
    expect(params.has('conditions')).toBe(false);
  });

  it('reproduces later changes and steady-state jumps at their days', () => {
    const app = new AppState({ scenarioId: 'low-intake', speed: 'slow', unit: 'mmol' });
    app.reveal();
    app.pause();
    stepDays(app, 10);
    app.setInput('diuretic', 'loop');
    stepDays(app, 15);
    app.jumpToSteadyState();
    stepDays(app, 5);
    app.setInput('intakeMgPerDay', 400);
    stepDays(app, 7);
    app.horizonDays = 730;
    const back = reopen(app);
    expect(back.day).toBe(37);
    expect(back.inputs).toEqual(app.inputs);
    expect(back.current.serumMgMmolPerL).toBeCloseTo(app.current.serumMgMmolPerL, 9);
    expect(back.history.serumMgMmolPerL).toEqual(app.history.serumMgMmolPerL);
    expect(back).toMatchObject({ speed: 'slow', unit: 'mmol', horizonDays: 730, phase: 'running' });
  });

  it('opens a scenario at day 0 in the predict step, and past its length in the explain step', () => {
    expect(new AppState(readUrl('?scenario=thiazide')).phase).toBe('predict');
    expect(new AppState(readUrl('?scenario=thiazide&day=130')).phase).toBe('explain');
    expect(new AppState(readUrl('?scenario=thiazide&embed=1')).phase).toBe('running');
  });

  it('says so when a day, horizon or later change is out of range or unknown', () => {
    const { problems, day, horizonDays, actions } = readUrl(
      '?day=99999&horizon=100&intake-mg_at5=abc&wobble_at3=1&steady-state_at2=1',
    );
    expect(day).toBe(3650);
    expect(horizonDays).toBe(365);
    expect(actions).toEqual([{ day: 2, kind: 'steady' }]);
    expect(problems.map((p) => p.parameter)).toEqual(['day', 'horizon', 'intake-mg_at5', 'wobble_at3']);
  });
});
