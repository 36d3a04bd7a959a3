import { screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { LEARN_SECTIONS, nl } from '../../../../src/i18n/index.ts';
import { MODIFIERS, PARAMETERS } from '../../../../src/model/index.ts';
import { SCENARIO_IDS } from '../../../../src/scenarios/scenarios.ts';
import LearnPanel from '../../../../src/views/panels/LearnPanel.svelte';
import ModelNotes from '../../../../src/views/panels/ModelNotes.svelte';
import StatusPanel from '../../../../src/views/panels/StatusPanel.svelte';
import { renderWithApp } from '../../harness.ts';
import PickerAndCard from './PickerAndCard.svelte';

describe('StatusPanel', () => {
  it('shows the serum value and the band in words', () => {
    const { container } = renderWithApp(StatusPanel);
    expect(screen.getByRole('heading', { level: 2, name: nl['status.title'] })).toBeInTheDocument();
    expect(container.textContent).toContain('0,85 mmol/L');
    expect(screen.getByText(nl['band.normal'])).toBeInTheDocument();
    expect(container.querySelector('[data-band="normal"] svg path')).not.toBeNull();
    expect(screen.getByText(nl['sign.none'])).toBeInTheDocument();
    expect(screen.getByText(nl['disclaimer.symptoms'])).toBeInTheDocument();
  });

  it('lists the signs and alerts of severe hypomagnesaemia', () => {
    const { app, container } = renderWithApp(StatusPanel, {}, { locale: 'en', scenarioId: 'ppi-long-term' });
    app.reveal();
    app.pause();
    app.jumpToSteadyState();
    flushSync();
    expect(app.band).toBe('severe-hypo');
    expect(screen.getByText('Severe hypomagnesaemia')).toBeInTheDocument();
    const signs = screen.getByRole('heading', { name: 'Possible symptoms at this value' }).parentElement!;
    expect(within(signs).getAllByRole('listitem')).toHaveLength(app.signs.length);
    expect(signs.textContent).toContain('Neuromuscular');
    expect(screen.getByRole('heading', { name: 'Note' })).toBeInTheDocument();
    expect(container.textContent).toContain('Urine has fallen to');
    expect(container.textContent).toContain('The bone surface has released');
  });

  it('announces the story only when the band or the set of sentences changes', () => {
    const { app, container } = renderWithApp(StatusPanel, {}, { scenarioId: 'low-intake' });
    const live = container.querySelector('[aria-live="polite"]')!;
    for (let i = 0; i < 3; i++) app.step();
    flushSync();
    const first = live.textContent;
    expect(first).toContain('Serum-Mg');
    for (let i = 0; i < 3; i++) app.step();
    flushSync();
    // Numbers changed on screen, but the spoken text stays until the sentences change.
    expect(live.textContent).toBe(first);
    app.locale = 'en';
    flushSync();
    expect(live.textContent).toContain('Serum Mg');
  });
});

describe('ScenarioPicker and ScenarioCard', () => {
  it('lists every scenario, grouped, plus free exploration', () => {
    renderWithApp(PickerAndCard);
    const select = screen.getByLabelText(nl['layout.scenario']) as HTMLSelectElement;
    const values = [...select.options].map((o) => o.value);
    expect(values).toEqual(['', ...SCENARIO_IDS]);
    expect(select.querySelectorAll('optgroup').length).toBe(5);
    expect(select.value).toBe('');
    expect(screen.getByText(nl['scenarioCard.none'])).toBeInTheDocument();
  });

  it('loads a scenario from the keyboard: story, question and a prediction that starts the run', async () => {
    const user = userEvent.setup();
    const { app } = renderWithApp(PickerAndCard);
    const select = screen.getByLabelText(nl['layout.scenario']) as HTMLSelectElement;
    select.focus();
    await user.selectOptions(select, 'ppi-long-term');
    expect(app.scenarioId).toBe('ppi-long-term');
    expect(app.phase).toBe('predict');
    expect(
      screen.getByRole('heading', { level: 2, name: nl['scenario.ppi-long-term.title'] }),
    ).toBeInTheDocument();
    expect(screen.getByText(nl['scenario.ppi-long-term.question'])).toBeInTheDocument();
    screen.getByRole('radio', { name: nl['predict.direction.falls'] }).focus();
    await user.keyboard(' ');
    const start = screen.getByRole('button', { name: nl['predict.commit'] });
    start.focus();
    await user.keyboard('{Enter}');
    expect(app.playing).toBe(true);
    expect(app.phase).toBe('running');
    expect(screen.queryByRole('button', { name: nl['predict.commit'] })).toBeNull();
    expect(document.activeElement?.textContent).toContain(nl['scenarioCard.questionTitle']);
  });

  it('shows what to notice at the end, and earlier (after predicting) behind a disclosure', async () => {
    const { app, container } = renderWithApp(PickerAndCard, {}, { scenarioId: 'depletion-experiment' });
    expect(container.textContent).not.toContain(nl['scenario.depletion-experiment.notice']);
    app.reveal();
    app.pause();
    flushSync();
    const details = container.querySelector('details')!;
    expect(details.open).toBe(false);
    expect(within(details).getByText(nl['scenario.depletion-experiment.notice'])).toBeInTheDocument();
    for (let i = 0; i < 21; i++) app.step();
    flushSync();
    expect(container.querySelector('details')).toBeNull();
    expect(screen.getByRole('heading', { name: nl['predict.result.why'] })).toBeInTheDocument();
  });

  it('follows a scenario loaded elsewhere and goes back to free exploration', async () => {
    const user = userEvent.setup();
    const { app } = renderWithApp(PickerAndCard);
    app.loadScenario('thiazide');
    flushSync();
    const select = screen.getByLabelText(nl['layout.scenario']) as HTMLSelectElement;
    expect(select.value).toBe('thiazide');
    await user.selectOptions(select, '');
    expect(app.scenarioId).toBeNull();
  });
});

describe('LearnPanel', () => {
  it('has every group as a collapsible section, with sources', () => {
    const { container } = renderWithApp(LearnPanel);
    for (const section of LEARN_SECTIONS)
      expect(screen.getByRole('heading', { level: 3, name: nl[section.title] })).toBeInTheDocument();
    expect(container.querySelectorAll('details').length).toBe(LEARN_SECTIONS.length + 1);
    expect(screen.getAllByText('Bron: [1] [2]').length).toBeGreaterThan(0);
  });

  it("loads a scenario with 'Try it'", async () => {
    const user = userEvent.setup();
    const { app } = renderWithApp(LearnPanel);
    const buttons = screen.getAllByRole('button', {
      name: /Probeer het: Jarenlang een protonpompinhibitor \(maagzuurremmer\)/,
    });
    await user.click(buttons[0]);
    expect(app.scenarioId).toBe('ppi-long-term');
  });
});

describe('ModelNotes', () => {
  it('shows the limitations, the disclaimer and the parameter tables with grades', () => {
    renderWithApp(ModelNotes, {}, { locale: 'en' });
    expect(screen.getByRole('heading', { name: 'Simplifications and limitations' })).toBeInTheDocument();
    expect(screen.getByText(/never gives dosing advice|no dosing advice/)).toBeInTheDocument();
    const [parameters, modifiers] = screen.getAllByRole('table');
    expect(within(parameters).getAllByRole('row')).toHaveLength(Object.keys(PARAMETERS).length + 1);
    expect(within(modifiers).getAllByRole('row')).toHaveLength(Object.keys(MODIFIERS).length + 1);
    expect(within(parameters).getByRole('columnheader', { name: 'Evidence' })).toBeInTheDocument();
    const row = within(parameters).getByRole('row', { name: /serumRefMmolPerL/ });
    expect(row.textContent).toContain('0.85');
    expect(row.textContent).toContain('mmol/L');
    expect(within(row).getByTitle('Primary study or authoritative report').textContent).toBe('S');
  });
});
