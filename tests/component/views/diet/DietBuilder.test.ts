import { fireEvent, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { dayTotals, getReadyMenu, menuToModelInputs } from '../../../../src/nutrition/index.ts';
import DietBuilder from '../../../../src/views/diet/DietBuilder.svelte';
import { renderWithApp } from '../../harness.ts';

const status = () => screen.getByRole('status');

describe('DietBuilder', () => {
  it('shows the typical Belgian day, its food total and eaten versus absorbed (Dutch)', () => {
    renderWithApp(DietBuilder);
    expect(screen.getByRole('heading', { level: 2, name: 'Stel een dagmenu samen' })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Jouw menu voor één dag' });
    expect(within(table).getByRole('rowheader', { name: 'Volkorenbrood' })).toBeInTheDocument();
    expect(within(table).getByText('327')).toBeInTheDocument(); // 327,45 mg from food
    const chart = screen.getByRole('img', { name: /gegeten 332 mg\/dag, opgenomen \d+ mg\/dag/i });
    expect(chart.getAttribute('aria-label')).toContain('adequate inname is 350 mg/dag');
    expect(screen.getByText(/Adequate inname \(AI\) voor mannen: 350 mg\/dag/)).toBeInTheDocument();
  });

  it('adds a food from the grouped list and announces it', async () => {
    const user = userEvent.setup();
    renderWithApp(DietBuilder);
    const select = screen.getByRole('combobox', { name: 'Voedingsmiddel toevoegen' });
    expect(
      within(select)
        .getAllByRole('group')
        .map((g) => g.getAttribute('label')),
    ).toContain('Peulvruchten en tofu');
    await user.selectOptions(select, 'black-beans');
    await user.click(screen.getByRole('button', { name: 'Voeg toe' }));
    const table = screen.getByRole('table', { name: 'Jouw menu voor één dag' });
    expect(within(table).getByRole('rowheader', { name: 'Zwarte bonen, gekookt' })).toBeInTheDocument();
    expect(status()).toHaveTextContent('Zwarte bonen, gekookt is toegevoegd: een portie (150 g).');
    expect(within(table).getByText('432')).toBeInTheDocument(); // 327,45 + 105
  });

  it('changes an amount by typing and by whole portions, and removes a food', async () => {
    const user = userEvent.setup();
    renderWithApp(DietBuilder);
    const bread = screen.getByRole('spinbutton', { name: 'Hoeveelheid Volkorenbrood in g' });
    await user.clear(bread);
    await user.type(bread, '210');
    expect(screen.getByText('≈ 6 × een boterham (35 g)')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Eén portie Volkorenbrood minder' }));
    expect(bread).toHaveValue(175);
    await user.click(screen.getByRole('button', { name: 'Volkorenbrood verwijderen' }));
    const table = screen.getByRole('table', { name: 'Jouw menu voor één dag' });
    expect(within(table).queryByRole('rowheader', { name: 'Volkorenbrood' })).toBeNull();
    expect(status()).toHaveTextContent('Volkorenbrood is uit het menu verwijderd.');
  });

  it('converts a supplement label to elemental Mg and warns above the upper limit', async () => {
    const user = userEvent.setup();
    renderWithApp(DietBuilder);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Stof op het etiket' }), 'citrate');
    const mass = screen.getByRole('spinbutton', { name: /Hoeveelheid per inname/ });
    await user.type(mass, '500');
    expect(screen.getByText(/500 mg magnesiumcitraat .* bevat 81 mg magnesium/)).toBeInTheDocument();
    expect(
      screen.getByText(/onder de maximale toelaatbare inname \(MTI\) van 250 mg\/dag/),
    ).toBeInTheDocument();
    const doses = screen.getByRole('spinbutton', { name: 'Innames per dag' });
    await user.clear(doses);
    await user.type(doses, '4');
    expect(screen.getByText(/boven de MTI van 250 mg\/dag: kans op dunne stoelgang/)).toBeInTheDocument();
    expect(screen.getByText(/De MTI geldt enkel voor supplementen/)).toBeInTheDocument();
  });

  it('switches the ranking between per portion and per 100 g', async () => {
    const user = userEvent.setup();
    renderWithApp(DietBuilder);
    expect(
      screen.getByRole('heading', { name: 'Meeste magnesium per gebruikelijke portie' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'per 100 g' }));
    expect(screen.getByRole('heading', { name: 'Meeste magnesium per 100 g' })).toBeInTheDocument();
    expect(
      screen.getByRole('img', { name: /Bovenaan staat Pompoenpitten, geroosterd met 550 mg/ }),
    ).toBeInTheDocument();
    const picker = screen.getByRole('combobox', { name: 'Voedingsmiddel toevoegen' });
    expect(
      within(picker).getByRole('option', { name: /Cacaopoeder, ongezoet: 499 mg per 100 g/ }),
    ).toBeInTheDocument();
  });

  it('notes phytic acid and oxalate for the Mg-rich day', async () => {
    const user = userEvent.setup();
    renderWithApp(DietBuilder);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kant-en-klaar menu' }), 'mg-rich');
    await user.click(screen.getByRole('button', { name: 'Laad dit menu' }));
    expect(status()).toHaveTextContent('Het menu ‘Magnesiumrijke dag’ is geladen.');
    expect(screen.getByText(/Fytinezuur uit dit menu: 0,96 mmol per maaltijd/)).toBeInTheDocument();
    expect(screen.getByText(/Oxalaat in ‘Spinazie, gekookt’ bindt magnesium/)).toBeInTheDocument();
  });

  it('hands the menu to the model only when asked, and confirms it', async () => {
    const user = userEvent.setup();
    const { app } = renderWithApp(DietBuilder);
    expect(app.inputs.intakeMgPerDay).toBe(350);
    expect(screen.getByText(/Het model rekent nog met een andere inname: 350 mg\/dag/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Gebruik dit menu in het model' }));
    const expected = menuToModelInputs(getReadyMenu('typical-belgian'));
    expect(app.inputs.intakeMgPerDay).toBeCloseTo(expected.intakeMgPerDay, 9);
    expect(app.inputs.waterMgPerL).toBe(5);
    expect(app.inputs.phytateMmolPerMeal).toBeCloseTo(expected.phytateMmolPerMeal, 9);
    const total = dayTotals(getReadyMenu('typical-belgian')).totalMgPerDay;
    expect(status()).toHaveTextContent(
      `Vanaf dag 0 rekent het model met dit menu: ${Math.round(total)} mg/dag.`,
    );
    expect(screen.getByText('Het model rekent met dit menu.')).toBeInTheDocument();
  });

  it('follows the person in the model, the language and the mg/mmol toggle', async () => {
    const { app } = renderWithApp(DietBuilder, {}, { locale: 'en', unit: 'mmol' });
    app.setInput('sex', 'female');
    app.setInput('ageYears', 15);
    await fireEvent.click(screen.getByRole('radio', { name: 'per portion' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Build a day’s menu' })).toBeInTheDocument();
    expect(
      await screen.findByText(/Adequate intake \(AI\) for girls aged 10 to 18: 10\.3 mmol\/day/),
    ).toBeInTheDocument();
    expect(screen.getByText(/Calculated for the person in the model: female, aged 15\./)).toBeInTheDocument();
  });
});
