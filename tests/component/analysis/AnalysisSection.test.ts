/**
 * The explanation section: nothing runs while it is closed; opened, it shows the time scales, the
 * sensitivities and the uncertainty, the band appears behind the projection, and a burst of
 * slider moves is answered once, after it settles.
 */
import { screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { en, nl } from '../../../src/i18n/index.ts';
import type { AnalysisClient } from '../../../src/state/analysis/client.ts';
import { inProcessAnalysis } from '../../support/inProcessAnalysis.ts';
import { renderWithApp } from '../harness.ts';
import ChartStatusSection from './ChartStatusSection.svelte';

/** The in-process client, counting what it is asked. */
function countingClient() {
  const calls = { created: 0, explain: 0, uncertainty: 0 };
  const factory = (): AnalysisClient => {
    calls.created++;
    const inner = inProcessAnalysis();
    return {
      explain: (inputs) => (calls.explain++, inner.explain(inputs)),
      uncertainty: (...args) => (calls.uncertainty++, inner.uncertainty(...args)),
      dispose: () => inner.dispose(),
    };
  };
  return { calls, factory };
}

const WAIT = { timeout: 15000 };

describe('AnalysisSection', () => {
  it('is one closed line that starts nothing until it is opened', async () => {
    const { calls, factory } = countingClient();
    const { app, container } = renderWithApp(ChartStatusSection, {}, { analysisClient: factory });
    expect(screen.getByRole('heading', { level: 2, name: nl['analysis.title'] })).toBeInTheDocument();
    expect(container.querySelector('details.analysis')?.hasAttribute('open')).toBe(false);
    app.setInput('intakeMgPerDay', 200);
    flushSync();
    await new Promise((r) => setTimeout(r, 400));
    expect(calls.created).toBe(0);
    expect(container.querySelector('[data-testid="uncertainty-band"]')).toBeNull();
  });

  it('opened, shows the time scales, then the sensitivities and the uncertainty, with the band in the chart', async () => {
    const { calls, factory } = countingClient();
    const user = userEvent.setup();
    const { container } = renderWithApp(
      ChartStatusSection,
      {},
      { locale: 'en', analysisClient: factory, scenarioId: 'loop-diuretic' },
    );
    await user.click(screen.getByText(en['analysis.title']));
    const table = await screen.findByTestId('time-scales', {}, WAIT);
    expect(within(table).getAllByRole('row')).toHaveLength(6);
    expect(table.textContent).toContain('Deep bone');
    expect(table.textContent).toContain('years');

    await user.click(screen.getByLabelText(en['analysis.view.sensitivity']));
    const bars = await screen.findByTestId('sensitivity-bars');
    expect(within(bars).getAllByRole('listitem').length).toBeGreaterThan(2);
    expect(container.textContent).toContain(en['parameter.serumRefMmolPerL']);

    await user.click(screen.getByLabelText(en['analysis.view.uncertainty']));
    await screen.findByTestId('uncertainty-ranges', {}, WAIT);
    await waitFor(
      () => expect(container.querySelector('[data-testid="uncertainty-band"] path')).not.toBeNull(),
      WAIT,
    );
    expect(screen.getAllByText(en['analysis.band.legend']).length).toBeGreaterThan(0);
    // A loop diuretic ends near the lower edge of normal: the model cannot tell which side.
    expect(screen.getByTestId('uncertainty-note').textContent).toContain('cannot tell');
    expect(calls.created).toBe(1);
  });

  it('answers a burst of slider moves once, after the burst, and hides the stale band meanwhile', async () => {
    const { calls, factory } = countingClient();
    const user = userEvent.setup();
    const { app, container } = renderWithApp(ChartStatusSection, {}, { analysisClient: factory });
    await user.click(screen.getByText(nl['analysis.title']));
    await waitFor(
      () => expect(container.querySelector('[data-testid="uncertainty-band"]')).not.toBeNull(),
      WAIT,
    );
    const before = { ...calls };
    for (let mg = 300; mg > 200; mg -= 10) {
      app.setInput('intakeMgPerDay', mg);
      flushSync();
    }
    expect(container.querySelector('[data-testid="uncertainty-band"]')).toBeNull();
    expect(calls.explain).toBe(before.explain);
    await waitFor(
      () => expect(container.querySelector('[data-testid="uncertainty-band"]')).not.toBeNull(),
      WAIT,
    );
    expect(calls.explain).toBe(before.explain + 1);
    expect(calls.uncertainty).toBe(before.uncertainty + 1);
  });

  it('while the clock runs on, keeps the band and renews it before it runs out', async () => {
    const { calls, factory } = countingClient();
    const user = userEvent.setup();
    const { app, container } = renderWithApp(ChartStatusSection, {}, { analysisClient: factory });
    app.horizonDays = 60;
    await user.click(screen.getByText(nl['analysis.title']));
    await waitFor(
      () => expect(container.querySelector('[data-testid="uncertainty-band"]')).not.toBeNull(),
      WAIT,
    );
    const before = calls.uncertainty;
    for (let d = 0; d < 20; d++) app.step();
    flushSync();
    // Twenty days on, the band still covers the 60-day projection's near part: no new ensemble yet.
    expect(calls.uncertainty).toBe(before);
    for (let d = 0; d < 15; d++) app.step();
    flushSync();
    expect(calls.uncertainty).toBe(before + 1);
    // The band stays on screen while its renewal runs, and follows today.
    expect(container.querySelector('[data-testid="uncertainty-band"]')).not.toBeNull();
    expect(app.analysis.band?.days[0]).toBe(35);
  });

  it('closed again, takes the band away', async () => {
    const { factory } = countingClient();
    const user = userEvent.setup();
    const { container } = renderWithApp(ChartStatusSection, {}, { analysisClient: factory });
    const summary = screen.getByText(nl['analysis.title']);
    await user.click(summary);
    await waitFor(
      () => expect(container.querySelector('[data-testid="uncertainty-band"]')).not.toBeNull(),
      WAIT,
    );
    await user.click(summary);
    await waitFor(() => expect(container.querySelector('[data-testid="uncertainty-band"]')).toBeNull());
  });
});
