/**
 * The supplement's salt form: a native radio group in the supplement controls, wired to the one
 * AppState, and set by the diet builder from the compound on the label (oxide → oxide form).
 */
import { fireEvent, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import ControlsPanel from '../../../../src/views/controls/ControlsPanel.svelte';
import DietBuilder from '../../../../src/views/diet/DietBuilder.svelte';
import { renderWithApp } from '../../harness.ts';

vi.setConfig({ testTimeout: 20_000 });

const formGroup = (name: string) => screen.getByRole('group', { name });

describe('the supplement form control', () => {
  it('offers both forms as radios, soluble chosen by default, and changes the model input', async () => {
    const { app } = renderWithApp(ControlsPanel, {}, { inputs: { supplementMgPerDay: 500 } });
    const group = formGroup('Vorm van het supplement');
    const soluble = within(group).getByRole('radio', { name: /Een oplosbaar zout/ });
    const oxide = within(group).getByRole('radio', { name: 'Magnesiumoxide of -hydroxide' });
    expect(soluble).toBeChecked();
    expect(group).toHaveAccessibleDescription(/Magnesiumoxide lost slecht op/);
    const absorbedSoluble = app.current.absorbedMgPerDay;

    await fireEvent.click(oxide);
    expect(app.inputs.supplementForm).toBe('oxide');
    expect(oxide).toBeChecked();
    // Poorly dissolving oxide: less of the same dose is taken up (never more).
    expect(app.current.absorbedMgPerDay).toBeLessThan(absorbedSoluble);
  });

  it('follows the state (a link or scenario) and opens the supplement group when not the default', () => {
    const { container } = renderWithApp(
      ControlsPanel,
      {},
      { locale: 'en', inputs: { supplementForm: 'oxide' } },
    );
    const group = formGroup('Form of the supplement');
    expect(within(group).getByRole('radio', { name: 'Magnesium oxide or hydroxide' })).toBeChecked();
    const supplements = [...container.querySelectorAll('details')].find((d) =>
      d.querySelector('summary')?.textContent?.includes('Supplements'),
    );
    expect(supplements?.open).toBe(true);
  });
});

describe('the diet builder sets the form from the compound on the label', () => {
  it('magnesium oxide → oxide form, citrate → soluble, each said in words', async () => {
    const user = userEvent.setup();
    const { app } = renderWithApp(DietBuilder);
    const compound = screen.getByRole('combobox', { name: 'Stof op het etiket' });
    expect(compound).toHaveAccessibleDescription(/Het etiket noemt geen zout/);
    await user.selectOptions(compound, 'oxide');
    expect(compound).toHaveAccessibleDescription(/rekent dit als magnesiumoxide: dat lost slecht op/);
    await user.type(screen.getByRole('spinbutton', { name: /Hoeveelheid per inname/ }), '400');
    await user.click(screen.getByRole('button', { name: 'Gebruik dit menu in het model' }));
    expect(app.inputs.supplementForm).toBe('oxide');
    expect(screen.getByText('Het model rekent met dit menu.')).toBeInTheDocument();

    // Another form in the controls: the menu is no longer the one in use.
    app.setInput('supplementForm', 'soluble');
    expect(
      await screen.findByText(/Het model rekent nog met een andere vorm van het supplement\./),
    ).toBeInTheDocument();

    await user.selectOptions(compound, 'citrate');
    expect(compound).toHaveAccessibleDescription('Het model rekent dit als een oplosbaar zout.');
    await user.click(screen.getByRole('button', { name: 'Gebruik dit menu in het model' }));
    expect(app.inputs.supplementForm).toBe('soluble');
  });
});
