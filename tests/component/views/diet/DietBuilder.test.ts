import { fireEvent, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { dayTotals, getReadyMenu, menuToModelInputs } from '../../../../src/nutrition/index.ts';
import DietBuilder from '../../../../src/views/diet/DietBuilder.svelte';
import { renderWithApp } from '../../harness.ts';

const status = () => screen.getByRole('status');

// Role queries over the whole builder are slow in jsdom on a busy machine.
vi.setConfig({ testTimeout: 20_000 });

describe('DietBuilder', () => {
  it('shows the typical Belgian day, its food total and eaten versus absorbed (Dutch)', () => {
    renderWithApp(DietBuilder);
    expect(screen.getByRole('heading', { level: 2, name: 'Stel een dagmenu samen' })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Jouw menu voor één dag' });
    expect(within(table).getByRole('rowheader', { name: 'Volkorenbrood' })).toBeInTheDocument();
    expect(
      within(table).getByRole('rowheader', { name: 'Groentesoep (prei, wortel, selder, aardappel)' }),
    ).toBeInTheDocument();
    expect(within(table).getByText('324')).toBeInTheDocument(); // 324 mg from food
    const chart = screen.getByRole('img', { name: /gegeten 329 mg\/dag, opgenomen \d+ mg\/dag/i });
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
    expect(within(table).getByText('429')).toBeInTheDocument(); // 324 + 105
  });

  it('changes an amount by typing and by whole portions, and removes a food', async () => {
    const user = userEvent.setup();
    renderWithApp(DietBuilder);
    const bread = screen.getByRole('spinbutton', { name: 'Hoeveelheid Volkorenbrood in g' });
    await user.clear(bread);
    await user.type(bread, '210');
    expect(screen.getByText('≈ 6 × een boterham (35 g)')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Eén portie Volkorenbrood minder' }));
    expect(bread).toHaveValue('175');
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
    expect(screen.getByText(/De MTI geldt voor magnesium buiten de gewone voeding/)).toBeInTheDocument();
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
    // As a user would type them (issue 9 #7): whole mg, phytic acid to 0.01 mmol.
    expect(app.inputs.intakeMgPerDay).toBe(Math.round(expected.intakeMgPerDay));
    expect(app.inputs.waterMgPerL).toBe(5);
    expect(app.inputs.phytateMmolPerMeal).toBe(0.24);
    expect(expected.phytateMmolPerMeal).not.toBe(0.24);
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

  it('keeps keyboard focus in the table when a food is removed (issue 10 #7)', async () => {
    const user = userEvent.setup();
    const { app } = renderWithApp(DietBuilder);
    void app;
    const table = screen.getByRole('table', { name: 'Jouw menu voor één dag' });
    const removeBread = screen.getByRole('button', { name: 'Volkorenbrood verwijderen' });
    removeBread.focus();
    await user.keyboard('{Enter}');
    // The food now in its place (white bread) has focus, not <body>.
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Wit brood verwijderen' })),
    );
    // The last row gives focus to the one before it.
    const buttons = within(table).getAllByRole('button', { name: /verwijderen$/ });
    buttons.at(-1)!.focus();
    await user.keyboard('{Enter}');
    await waitFor(() =>
      expect(document.activeElement).toBe(
        within(table)
          .getAllByRole('button', { name: /verwijderen$/ })
          .at(-1),
      ),
    );
    // Removing everything leaves focus on the menu's heading.
    // (The table leaves the page with its last row, so ask the document, not the old table.)
    for (let left = 20; left > 0 && document.querySelector('table button.remove'); left--) {
      await fireEvent.click(document.querySelector('table button.remove')!);
    }
    expect(document.querySelector('table button.remove')).toBeNull();
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Jouw menu voor één dag' })),
    );
    expect(document.activeElement).not.toBe(document.body);
  });

  it('clamps 1e308 in the water and supplement fields and says so: no Infinity on the page (issue 10 #2)', async () => {
    renderWithApp(DietBuilder);
    const mgPerL = screen.getByRole('spinbutton', { name: 'Magnesium in het water (mg/L)' });
    await fireEvent.input(mgPerL, { target: { value: '1e308' } });
    await fireEvent.change(mgPerL, { target: { value: '1e308' } });
    expect(mgPerL).toHaveValue('1200');
    expect(
      screen.getByText('Dit veld gaat tot 1.200 mg/L: het menu rekent met 1.200 mg/L.', {
        selector: '.diet-field-message',
      }),
    ).toBeInTheDocument();
    expect(mgPerL).toHaveAttribute('aria-invalid', 'true');
    const mass = screen.getByRole('spinbutton', { name: /Hoeveelheid per inname/ });
    await fireEvent.change(mass, { target: { value: '1e308' } });
    expect(mass).toHaveValue('5000');
    const doses = screen.getByRole('spinbutton', { name: 'Innames per dag' });
    await fireEvent.change(doses, { target: { value: '1e308' } });
    expect(doses).toHaveValue('6');
    const litres = screen.getByRole('spinbutton', { name: 'Hoeveel je drinkt (liter per dag)' });
    await fireEvent.change(litres, { target: { value: '1e308' } });
    expect(litres).toHaveValue('5');
    const text = document.body.textContent ?? '';
    expect(text).not.toMatch(/Infinity|NaN|undefined/);
    expect(text).not.toMatch(/\d{10,}/);
    expect(screen.getByRole('status')).toHaveTextContent('Dit veld gaat tot 5 liter per dag');
  });

  it('shows numbers in its fields with a decimal comma in Dutch and a point in English (issue 9 #7)', async () => {
    const { app } = renderWithApp(DietBuilder);
    const litres = screen.getByRole('spinbutton', { name: 'Hoeveel je drinkt (liter per dag)' });
    await fireEvent.change(litres, { target: { value: '1.25' } });
    expect(litres).toHaveValue('1,25');
    app.locale = 'en';
    await waitFor(() =>
      expect(screen.getByRole('spinbutton', { name: 'How much you drink (litres a day)' })).toHaveValue(
        '1.25',
      ),
    );
  });

  it('gives one number per fact: the supplement per dose and per day in whole mg, as the model gets it (issue 9 #7)', async () => {
    const user = userEvent.setup();
    const { app } = renderWithApp(DietBuilder);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Stof op het etiket' }), 'citrate');
    const mass = screen.getByRole('spinbutton', { name: /Hoeveelheid per inname/ });
    await user.clear(mass);
    await user.type(mass, '500');
    await user.tab();
    expect(screen.getByText(/bevat 81 mg magnesium/)).toBeInTheDocument();
    expect(screen.getByText('Per dag: 81 mg/dag magnesium uit het supplement.')).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/80,8/);
    await user.click(screen.getByRole('button', { name: 'Gebruik dit menu in het model' }));
    expect(app.inputs.supplementMgPerDay).toBe(81);
  });

  it('says so when the model has to clamp the menu it is handed', async () => {
    const { app } = renderWithApp(DietBuilder);
    const bread = screen.getByRole('spinbutton', { name: 'Hoeveelheid Volkorenbrood in g' });
    await fireEvent.change(bread, { target: { value: '2000' } });
    const chicken = screen.getByRole('spinbutton', { name: 'Hoeveelheid Kipfilet, gebraden in g' });
    await fireEvent.change(chicken, { target: { value: '2000' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Gebruik dit menu in het model' }));
    expect(app.inputs.intakeMgPerDay).toBe(2000);
    expect(
      screen.getByText(
        /Waarde 2\.\d{3} mg\/dag ligt buiten het zinvolle bereik; het model gebruikt 2\.000 mg\/dag/,
        {
          selector: '.diet-field-message',
        },
      ),
    ).toBeInTheDocument();
  });
});
