/** The diet group: intake slider and number field, AI, water, phytate, fibre. */
import { fireEvent, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import ControlsPanel from '../../../../src/views/controls/ControlsPanel.svelte';
import { renderWithApp } from '../../harness.ts';

// Role queries over the whole panel are slow in jsdom on a busy machine.
vi.setConfig({ testTimeout: 20_000 });

const renderPanel = (initial: Parameters<typeof renderWithApp>[2] = {}) =>
  renderWithApp(ControlsPanel, {}, initial);

describe('diet', () => {
  it('moving the diet slider calls setInput and updates the value and the % of the AI', async () => {
    const { app } = renderPanel();
    const setInput = vi.spyOn(app, 'setInput');
    const slider = screen.getByRole('slider', { name: 'Magnesium uit de voeding' });
    expect(slider).toHaveAttribute('aria-valuetext', '350 mg/dag');
    expect(
      screen.getByText(/350 mg\/dag = 100% van de adequate inname \(350 mg\/dag voor mannen\)/),
    ).toBeInTheDocument();

    await fireEvent.input(slider, { target: { value: '175' } });

    expect(setInput).toHaveBeenCalledWith('intakeMgPerDay', 175);
    expect(app.inputs.intakeMgPerDay).toBe(175);
    expect(slider).toHaveAttribute('aria-valuetext', '175 mg/dag');
    expect(screen.getByLabelText('Magnesium uit de voeding (getal in mg/dag)')).toHaveValue('175');
    expect(screen.getByText(/175 mg\/dag = 50% van de adequate inname/)).toBeInTheDocument();
  });

  it('compares with the AI of the chosen sex', () => {
    renderPanel({ inputs: { sex: 'female' } });
    expect(screen.getByText(/= 117% van de adequate inname \(300 mg\/dag voor vrouwen/)).toBeInTheDocument();
  });

  it('PageUp jumps to the next 50 mg', async () => {
    const { app } = renderPanel();
    await fireEvent.keyDown(screen.getByRole('slider', { name: 'Magnesium uit de voeding' }), {
      key: 'PageUp',
    });
    expect(app.inputs.intakeMgPerDay).toBe(400);
  });

  it('clamps a typed value outside the model range and says so', async () => {
    const { app } = renderPanel();
    const field = screen.getByLabelText('Magnesium uit de voeding (getal in mg/dag)');
    await fireEvent.change(field, { target: { value: '2500' } });
    expect(app.inputs.intakeMgPerDay).toBe(2000);
    expect(field).toHaveValue('2000');
    expect(screen.getByRole('status')).toHaveTextContent(
      'De waarde 2.500 mg/dag ligt buiten het zinvolle bereik; het model gebruikt 2.000 mg/dag.',
    );
  });

  it('clamps 1e308 and says so without printing 309 digits (issue 10 #2)', async () => {
    const { app } = renderPanel();
    const field = screen.getByLabelText('Magnesium uit de voeding (getal in mg/dag)');
    await fireEvent.change(field, { target: { value: '1e308' } });
    expect(app.inputs.intakeMgPerDay).toBe(2000);
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('De waarde 1E308 mg/dag ligt buiten het zinvolle bereik');
    expect(status.textContent!.length).toBeLessThan(120);
  });

  it('keeps slider and field on one range: a typed 1500 sits on the slider (issue 10 #8)', async () => {
    const { app } = renderPanel();
    const slider = screen.getByRole('slider', { name: 'Magnesium uit de voeding' });
    const field = screen.getByLabelText('Magnesium uit de voeding (getal in mg/dag)');
    expect(slider).toHaveAttribute('max', field.getAttribute('aria-valuemax'));
    expect(slider).toHaveAttribute('max', '2000');
    await fireEvent.change(field, { target: { value: '1500' } });
    expect(app.inputs.intakeMgPerDay).toBe(1500);
    expect((slider as HTMLInputElement).value).toBe('1500');
    // One step down from where it is (the browser's ← on a range moves one step of 5 mg).
    await fireEvent.keyDown(field, { key: 'ArrowDown' });
    expect(app.inputs.intakeMgPerDay).toBe(1495);
    expect(field).toHaveValue('1495');
  });

  it('rounds a typed value to whole mg, so no decimals reach the model or a link (issue 10 #6)', async () => {
    const { app } = renderPanel();
    const field = screen.getByLabelText('Magnesium uit de voeding (getal in mg/dag)');
    await fireEvent.change(field, { target: { value: '327,45000000000005' } });
    expect(app.inputs.intakeMgPerDay).toBe(327);
    expect(field).toHaveValue('327');
  });

  it('shows numbers in fields with the page’s decimal separator (issue 9 #7)', async () => {
    const { app } = renderPanel({ inputs: { waterLPerDay: 1.5 } });
    const litres = screen.getByLabelText('Hoeveel water je drinkt (getal in L/dag)');
    expect(litres).toHaveValue('1,5');
    app.locale = 'en';
    await Promise.resolve();
    await waitFor(() => expect(litres).toHaveValue('1.5'));
  });

  it('keeps the value and says so when the field is not a number', async () => {
    const { app } = renderPanel();
    const field = screen.getByLabelText('Magnesium uit de voeding (getal in mg/dag)');
    await fireEvent.change(field, { target: { value: '' } });
    expect(app.inputs.intakeMgPerDay).toBe(350);
    expect(screen.getByRole('status')).toHaveTextContent('Dit is geen getal; het model gebruikt 350 mg/dag.');
  });

  it('follows typing live only inside the model range', async () => {
    const { app } = renderPanel();
    const field = screen.getByLabelText('Magnesium uit de voeding (getal in mg/dag)');
    await fireEvent.input(field, { target: { value: '1500' } });
    expect(app.inputs.intakeMgPerDay).toBe(1500);
    await fireEvent.input(field, { target: { value: '9000' } });
    expect(app.inputs.intakeMgPerDay).toBe(1500);
  });

  it('choosing a known water sets its Mg content and 1 litre a day', async () => {
    const { app } = renderPanel();
    await fireEvent.change(screen.getByLabelText('Soort water'), { target: { value: 'donat-mg' } });
    expect(app.inputs.waterMgPerL).toBe(1000);
    expect(app.inputs.waterLPerDay).toBe(1);
    expect(screen.getByText(/Het drinkwater levert 1.000 mg magnesium per dag/)).toBeInTheDocument();
  });

  it('sets phytate per level (published intakes, src/nutrition/phytate.ts) and fermentable fibre', async () => {
    const { app } = renderPanel();
    await fireEvent.click(screen.getByRole('radio', { name: /^Een beetje \(/ }));
    expect(app.inputs.phytateMmolPerMeal).toBe(0.4);
    await fireEvent.click(screen.getByRole('checkbox', { name: 'Veel oplosbare voedingsvezels' }));
    expect(app.inputs.fermentableFibre).toBe(true);
  });

  it('shows the amount in mmol when the unit toggle says mmol', () => {
    renderPanel({ unit: 'mmol' });
    expect(screen.getAllByText(/Dat is 14,4 mmol\/dag\./).length).toBeGreaterThan(0);
  });
});
