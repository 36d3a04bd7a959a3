/** The controls panel drives the one AppState: supplement and UL, medicines, conditions, person. */
import { fireEvent, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import ControlsPanel from '../../../../src/views/controls/ControlsPanel.svelte';
import { renderWithApp } from '../../harness.ts';

// Role queries over the whole panel are slow in jsdom on a busy machine.
vi.setConfig({ testTimeout: 20_000 });

const renderPanel = (initial: Parameters<typeof renderWithApp>[2] = {}) =>
  renderWithApp(ControlsPanel, {}, initial);

describe('supplement and the upper limit', () => {
  it('warns above the UL of 250 mg/day and not below it', async () => {
    const { app } = renderPanel();
    const slider = screen.getByRole('slider', { name: 'Magnesiumsupplement' });
    await fireEvent.input(slider, { target: { value: '200' } });
    expect(app.inputs.supplementMgPerDay).toBe(200);
    expect(
      screen.getByText(/200 mg\/dag\. Dat is onder de maximale toelaatbare inname \(MTI\) van 250/),
    ).toBeInTheDocument();
    expect(screen.queryByText(/kans op dunne stoelgang of diarree/)).toBeNull();

    await fireEvent.input(slider, { target: { value: '500' } });
    expect(
      screen.getByText(
        /500 mg\/dag\. Dat is boven de MTI van 250 mg\/dag: kans op dunne stoelgang of diarree/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/De MTI geldt voor magnesium buiten de gewone voeding/)).toBeInTheDocument();
  });

  it('names toxic doses above ten times the UL', async () => {
    renderPanel({ inputs: { supplementMgPerDay: 3000 } });
    expect(screen.getByText(/meer dan 10 keer de MTI \(2\.500 mg\/dag\)/)).toBeInTheDocument();
  });

  it('chooses the salt form of the supplement (oxide is absorbed less)', async () => {
    const { app } = renderPanel({ locale: 'en' });
    expect(
      screen.getByRole('radio', { name: 'A soluble salt (e.g. citrate, chloride, lactate)' }),
    ).toBeChecked();
    await fireEvent.click(screen.getByRole('radio', { name: 'Magnesium oxide or hydroxide' }));
    expect(app.inputs.supplementForm).toBe('oxide');
  });

  it('shows no UL for a 2-year-old, with the explanation', () => {
    renderPanel({ inputs: { ageYears: 2, supplementMgPerDay: 500 } });
    expect(screen.getByText(/Voor kinderen jonger dan 4 jaar is er geen MTI/)).toBeInTheDocument();
    expect(screen.queryByText(/boven de MTI/)).toBeNull();
    expect(screen.queryByText(/onder de maximale toelaatbare inname/)).toBeNull();
  });

  it('opens the group and marks it changed when a supplement is set', () => {
    const { container } = renderPanel({ inputs: { supplementMgPerDay: 500 } });
    const details = [...container.querySelectorAll('details')];
    const supplements = details.find((d) =>
      d.querySelector('summary')?.textContent?.includes('Supplementen'),
    );
    expect(supplements?.open).toBe(true);
    expect(within(supplements!.querySelector('summary')!).getByText('aangepast')).toBeInTheDocument();
    const medicines = details.find((d) =>
      d.querySelector('summary')?.textContent?.includes('Geneesmiddelen'),
    );
    expect(medicines?.open).toBe(false);
  });
});

describe('medicines, conditions, person', () => {
  it('choosing a loop diuretic updates app.inputs.diuretic', async () => {
    const { app } = renderPanel();
    await fireEvent.click(screen.getByRole('radio', { name: 'Lisdiureticum (bv. furosemide)' }));
    expect(app.inputs.diuretic).toBe('loop');
    expect(
      screen.getByText('Remt de terugopname in de nieren: meer magnesium in de urine.'),
    ).toBeInTheDocument();
    await fireEvent.click(screen.getByRole('radio', { name: 'Ja, een gevoelige gebruiker' }));
    expect(app.inputs.ppi).toBe('susceptible');
  });

  it('toggles conditions on and off', async () => {
    const { app } = renderPanel();
    const box = screen.getByRole('checkbox', { name: 'Overmatig alcoholgebruik' });
    await fireEvent.click(box);
    expect(app.inputs.conditions).toEqual(['alcohol']);
    expect(box).toBeChecked();
    await fireEvent.click(screen.getByRole('checkbox', { name: 'Darmziekte met diarree' }));
    expect(app.inputs.conditions).toEqual(['alcohol', 'gi-disease']);
    await fireEvent.click(box);
    expect(app.inputs.conditions).toEqual(['gi-disease']);
    expect(box).not.toBeChecked();
  });

  it('offers breastfeeding to women only, and ends it when switching to male', async () => {
    const { app } = renderPanel();
    expect(screen.getByRole('checkbox', { name: 'Borstvoeding' })).toBeDisabled();
    expect(screen.getByText(/Alleen voor vrouwen/)).toBeInTheDocument();

    await fireEvent.click(screen.getByRole('radio', { name: 'Vrouw' }));
    expect(app.inputs.sex).toBe('female');
    const box = screen.getByRole('checkbox', { name: 'Borstvoeding' });
    expect(box).toBeEnabled();
    await fireEvent.click(box);
    expect(app.inputs.conditions).toEqual(['lactation']);

    await fireEvent.click(screen.getByRole('radio', { name: 'Man' }));
    expect(app.inputs.sex).toBe('male');
    expect(app.inputs.conditions).toEqual([]);
  });

  it('applies older age automatically from 70 years', () => {
    renderPanel({ inputs: { ageYears: 75 } });
    const box = screen.getByRole('checkbox', { name: 'Oudere leeftijd' });
    expect(box).toBeChecked();
    expect(box).toBeDisabled();
    expect(
      screen.getByText(/Vanaf 70 jaar rekent het model hier automatisch mee \(nu 75 jaar\)/),
    ).toBeInTheDocument();
  });

  it('warns below a GFR of 30 mL/min', async () => {
    const { app } = renderPanel();
    expect(screen.queryByText(/ernstig nierfalen/)).toBeNull();
    await fireEvent.input(screen.getByRole('slider', { name: 'Nierfunctie (GFR)' }), {
      target: { value: '20' },
    });
    expect(app.inputs.gfrMlPerMin).toBe(20);
    expect(screen.getByText(/Onder 30 mL\/min: ernstig nierfalen/)).toBeInTheDocument();
  });
});

describe('language', () => {
  it('speaks British English', () => {
    renderPanel({ locale: 'en' });
    expect(screen.getByRole('heading', { name: 'Settings' })).toHaveAttribute('id', 'controls-heading');
    expect(screen.getByRole('slider', { name: 'Magnesium from food' })).toHaveAttribute(
      'aria-valuetext',
      '350 mg/day',
    );
    expect(
      screen.getByText(/350 mg\/day = 100% of the adequate intake \(350 mg\/day for men\)/),
    ).toBeInTheDocument();
  });
});
