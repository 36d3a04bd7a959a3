/**
 * Journey through the diet builder: build a day's menu from the fast-food day, see the total and
 * eaten versus absorbed, hand it to the model, let time run and watch urine and serum respond.
 */
import { describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { saveScreenshot, useBrowser, VIEWPORTS } from './helpers.ts';

/** '111 mg/dag' or '0,85 mmol/L (Normaal)' → 111 or 0.85. */
const numberIn = async (locator: Locator): Promise<number> =>
  Number(((await locator.textContent()) ?? '').trim().split(' ')[0].replace('.', '').replace(',', '.'));

describe('diet builder journey', () => {
  const browser = useBrowser();

  it('builds a menu, runs the body on it and shows urine and serum respond (Dutch, 1366×768)', async () => {
    const { page, errors } = await browser.open({ locale: 'nl', viewport: VIEWPORTS.laptop });
    const diet = page.getByRole('region', { name: 'Stel een dagmenu samen' });
    await diet.scrollIntoViewIfNeeded();

    // Build: start from the fast-food day, add broccoli, eat less white bread.
    await diet.getByRole('combobox', { name: 'Kant-en-klaar menu' }).selectOption('fast-food');
    await diet.getByRole('button', { name: 'Laad dit menu' }).click();
    await diet.getByRole('combobox', { name: 'Voedingsmiddel toevoegen' }).selectOption('broccoli');
    await diet.getByRole('button', { name: 'Voeg toe' }).click();
    await diet.getByRole('spinbutton', { name: 'Hoeveelheid Wit brood in g' }).fill('120');

    // Food: 179,7 − 15 (60 g white bread) + 31,5 (broccoli) = 196,2 → 196 mg, as the model gets it;
    // eaten with 5 mg from tap water: 201 mg/day.
    const menuTable = diet.getByRole('table', { name: 'Jouw menu voor één dag' });
    await expect.poll(() => menuTable.locator('tfoot').textContent()).toContain('196');
    const eatenChart = diet.getByRole('img', { name: /Staafdiagram: gegeten 201 mg\/dag/ });
    expect(await eatenChart.count()).toBe(1);

    // Hand it to the model at day 0; the builder says so.
    const urine = diet.getByTestId('diet-urine');
    const serum = diet.getByTestId('diet-serum');
    const urineBefore = await numberIn(urine);
    const serumBefore = await numberIn(serum);
    await diet.getByRole('button', { name: 'Gebruik dit menu in het model' }).click();
    await expect
      .poll(() => diet.getByRole('status').textContent())
      .toContain('rekent het model met dit menu');
    expect(await diet.getByTestId('diet-in-use').textContent()).toContain('Het model rekent met dit menu.');

    // Let time run: with less Mg the kidneys save Mg within days; serum drifts down a little.
    await diet.getByRole('button', { name: 'Laat de tijd lopen' }).click();
    await expect.poll(async () => numberIn(urine), { timeout: 15_000 }).toBeLessThan(urineBefore * 0.9);
    await expect.poll(async () => numberIn(serum), { timeout: 15_000 }).toBeLessThan(serumBefore);
    await diet.getByRole('button', { name: 'Zet de tijd stil' }).click();

    await saveScreenshot(page, 'diet-nl-laptop');
    expect(errors).toEqual([]);
  });

  it('shows the builder in English at 1920×1080 with a supplement above the upper limit', async () => {
    const { page, errors } = await browser.open({
      locale: 'en',
      colorScheme: 'dark',
      viewport: VIEWPORTS.fullHd,
    });
    const diet = page.getByRole('region', { name: 'Build a day’s menu' });
    await diet.scrollIntoViewIfNeeded();
    await diet.getByRole('combobox', { name: 'Compound on the label' }).selectOption('oxide');
    await diet.getByRole('spinbutton', { name: /Amount per dose/ }).fill('500');
    await expect
      .poll(() => diet.getByText(/500 mg magnesium oxide contains 302 mg magnesium/).count())
      .toBe(1);
    expect(await diet.getByText(/above the UL of 250 mg\/day/).count()).toBe(1);
    await diet.getByRole('radio', { name: 'per 100 g' }).check({ force: true });
    expect(await diet.getByRole('heading', { name: 'Most magnesium per 100 g' }).count()).toBe(1);
    await saveScreenshot(page, 'diet-en-fullhd');
    expect(errors).toEqual([]);
  });
});
