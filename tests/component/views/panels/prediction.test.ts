// Predict, observe, explain (issue 9): no spoilers in the predict step, answers and a sketch
// (keyboard), the run, and the prediction against the result; the teacher's reveal; both languages.
import { fireEvent, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { en, nl } from '../../../../src/i18n/index.ts';
import type { AppState } from '../../../../src/state/appState.svelte.ts';
import { renderWithApp } from '../../harness.ts';
import Classroom from './Classroom.svelte';

const segments = (container: HTMLElement): number =>
  [...container.querySelectorAll('[data-testid="projection-path"]')].reduce(
    (n, p) => n + (p.getAttribute('d')?.match(/L/g)?.length ?? 0),
    0,
  );

function runToEnd(app: AppState): void {
  app.speed = 'fast';
  for (let i = 0; i < 2000 && app.phase === 'running'; i++) app.tick(0.25);
  flushSync();
}

describe('predict step', () => {
  it('shows nothing of the future: no projection, no story, no steady-state jump, no notice', () => {
    const { app, container } = renderWithApp(Classroom, {}, { scenarioId: 'ppi-long-term' });
    expect(app.phase).toBe('predict');
    expect(segments(container)).toBe(0);
    expect(container.textContent).toContain(nl['status.predictFirst']);
    expect(container.textContent).not.toContain(nl['scenario.ppi-long-term.notice'].slice(0, 30));
    const steady = screen.getByRole('button', { name: nl['time.jumpToSteadyState'] });
    expect(steady).toBeDisabled();
    expect(screen.getByText(nl['time.jumpToSteadyState.predictFirst'])).toBeInTheDocument();
    app.jumpToSteadyState();
    expect(app.current.serumMgMmolPerL).toBeCloseTo(0.85, 2);
  });

  it('asks for an answer before it starts', async () => {
    const { app } = renderWithApp(Classroom, {}, { scenarioId: 'thiazide' });
    await fireEvent.click(screen.getByRole('button', { name: nl['predict.commit'] }));
    expect(app.phase).toBe('predict');
    expect(screen.getByText(nl['predict.commitNeedsChoice'])).toBeInTheDocument();
  });

  it('keyboard: answers and a sketched course, recorded, played and compared (nl)', async () => {
    const user = userEvent.setup();
    const { app, container } = renderWithApp(Classroom, {}, { scenarioId: 'depletion-experiment' });
    await user.click(screen.getByRole('radio', { name: nl['predict.direction.stays'] }));
    await user.click(screen.getByRole('radio', { name: /^onder het normale bereik/ }));
    const points = screen.getAllByRole('slider', { name: /Jouw voorspelling op dag/ });
    expect(points).toHaveLength(7);
    expect(points[6]).toHaveAccessibleName('Jouw voorspelling op dag 21');
    points[6].focus();
    await user.keyboard('{Shift>}{ArrowDown}{ArrowDown}{ArrowDown}{/Shift}{ArrowDown}');
    expect(app.prediction.sketch?.[6]).toBeCloseTo(0.69, 2);
    expect(points[6]).toHaveAttribute('aria-valuetext', '0,69 mmol/L');
    await user.click(screen.getByRole('button', { name: nl['predict.commit'] }));
    expect(app.phase).toBe('running');
    expect(app.playing).toBe(true);
    expect(segments(container)).toBeGreaterThan(0);

    runToEnd(app);
    expect(app.phase).toBe('explain');
    expect(app.playing).toBe(false);
    const result = screen.getByTestId('prediction-result');
    // Fatemi 1991 (the scenario's source): serum fell by about a quarter in three weeks.
    expect(result).toHaveTextContent(/gedaald, onder het normale bereik/);
    expect(result).toHaveTextContent('Je voorspelde "ongeveer gelijk gebleven": dat klopt niet.');
    expect(result).toHaveTextContent(/Je voorspelde "onder het normale bereik": dat klopt\./);
    expect(result).toHaveTextContent(/Jouw tekening lag op zijn verst/);
    expect(screen.getByRole('heading', { name: nl['predict.result.why'] })).toBeInTheDocument();
    // The sketch stays on the chart as a read-only line to compare with.
    expect(container.querySelector('[data-testid="prediction-path"]')).not.toBeNull();
    expect(screen.queryAllByRole('slider', { name: /Jouw voorspelling/ })).toHaveLength(0);
  });

  it('the teacher reveals without a prediction (en)', async () => {
    const { app } = renderWithApp(Classroom, {}, { scenarioId: 'healthy-man', locale: 'en' });
    await fireEvent.click(screen.getByRole('button', { name: en['predict.reveal'] }));
    expect(app.phase).toBe('running');
    runToEnd(app);
    const result = screen.getByTestId('prediction-result');
    expect(within(result).getByText(en['predict.result.none'])).toBeInTheDocument();
    expect(result).toHaveTextContent(/stayed about the same, within the normal range/);
  });
});
