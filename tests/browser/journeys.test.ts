/**
 * The simulator's main journeys in real Chromium against the built app (issue: the interactive
 * simulator): a student runs the long-term PPI scenario, a student drags the diet slider and sees
 * the projection and the urine flow change, and Reset All. Screenshots of the main states land in
 * test-output/screenshots/.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { saveScreenshot, useBrowser, VIEWPORTS } from './helpers.ts';

/** The urine flow as the diagram's text summary states it ('Urine: 111 mg/dag' → 111). */
async function urineMgPerDay(page: Page): Promise<number> {
  const text =
    (await page
      .locator('li', { hasText: /^\s*Urine\b/ })
      .first()
      .textContent()) ?? '';
  const match = text.match(/([\d.,]+)\s*mg/);
  return match ? Number(match[1].replace('.', '').replace(',', '.')) : NaN;
}

/** The time bar (play/pause, step, reset), as a student finds it. */
const timeBar = (page: Page, name: 'Tijd en snelheid' | 'Time and speed') =>
  page.getByRole('region', { name });

const projectionPath = (page: Page) => page.getByTestId('projection-path').first().getAttribute('d');

describe('simulator journeys', () => {
  const browser = useBrowser();

  it('student: long-term PPI scenario, play, serum falls into the low band and the status says so', async () => {
    const { page, errors } = await browser.open({ locale: 'en', viewport: VIEWPORTS.laptop });
    await page.getByRole('combobox', { name: 'Scenario' }).selectOption('ppi-long-term');
    const status = page.getByRole('region', { name: 'What is happening in the body?' });
    await expect.poll(() => status.textContent()).toContain('Normal');
    await saveScreenshot(page, 'journey-ppi-predict-en');

    await page.getByRole('button', { name: 'I have made my prediction: start the simulation' }).click();
    await page.getByRole('radio', { name: /^Fast/ }).check();
    // The PPI acts over years (onset about 250 days): at 45 days a second that is 10–30 s on a quiet
    // machine; a busy one draws fewer frames, so the waits are generous (the clock caps a frame).
    await expect.poll(() => status.textContent(), { timeout: 60_000 }).toMatch(/hypomagnesaemia/i);
    await expect.poll(() => status.textContent(), { timeout: 60_000 }).toMatch(/severe hypomagnesaemia/i);
    expect(await status.textContent()).toMatch(/kidneys are saving magnesium|not the kidneys/i);
    await timeBar(page, 'Time and speed').getByRole('button', { name: 'Pause' }).click();
    await saveScreenshot(page, 'journey-ppi-severe-en');
    await saveScreenshot(page, 'journey-ppi-severe-en-full', { fullPage: true });
    expect(errors).toEqual([]);
  }, 150_000);

  it('slider: diet to 100 mg/day changes the projection and the urine flow at once', async () => {
    const { page, errors } = await browser.open({ locale: 'nl', viewport: VIEWPORTS.laptop });
    const before = await projectionPath(page);
    const urineBefore = await urineMgPerDay(page);
    expect(urineBefore).toBeGreaterThan(100);

    const slider = page.getByRole('slider', { name: 'Magnesium uit de voeding' });
    await slider.fill('100');
    await expect.poll(() => projectionPath(page)).not.toBe(before);
    // The flows follow the new intake immediately (the body has not adapted yet: urine falls over days).
    expect(await page.getByRole('spinbutton', { name: /Magnesium uit de voeding/ }).inputValue()).toBe('100');
    const time = timeBar(page, 'Tijd en snelheid');
    await time.getByRole('button', { name: 'Start' }).click();
    await expect.poll(() => urineMgPerDay(page), { timeout: 15_000 }).toBeLessThan(urineBefore / 2);
    await time.getByRole('button', { name: 'Pauze' }).click();
    await saveScreenshot(page, 'journey-slider-100-nl');
    expect(errors).toEqual([]);
  });

  it('Reset All restores inputs and time and plays again', async () => {
    const { page, errors } = await browser.open({
      locale: 'nl',
      viewport: VIEWPORTS.fullHd,
      colorScheme: 'dark',
    });
    const time = timeBar(page, 'Tijd en snelheid');
    const day = async () => Number(((await time.getByText(/^Dag \d+$/).textContent()) ?? '').slice(4));
    await page.getByRole('slider', { name: 'Magnesium uit de voeding' }).fill('120');
    await time.getByRole('button', { name: '+1 dag' }).click();
    await time.getByRole('button', { name: '+1 dag' }).click();
    expect(await day()).toBe(2);
    await time.getByRole('radio', { name: /^Snel/ }).check();
    await time.getByRole('button', { name: 'Start' }).click();
    await expect.poll(day, { timeout: 15_000 }).toBeGreaterThan(60);
    await time.getByRole('button', { name: 'Pauze' }).click();
    // Slow (2 days a second) after the reset, so a busy machine cannot carry it past day 30 before
    // the check below (at 'Snel', 45 days a second, that took less than a second).
    await time.getByRole('radio', { name: /^Traag/ }).check();

    // The lowest day shown from now on: at 45 days a second, a busy machine may read the day
    // only after a second or two of playing again, so watch the readout instead of sampling it.
    await time.getByText(/^Dag \d+$/).evaluate((el) => {
      const w = window as unknown as { lowestDay: number };
      w.lowestDay = Infinity;
      const note = () => (w.lowestDay = Math.min(w.lowestDay, Number(el.textContent?.slice(4))));
      new MutationObserver(note).observe(el, { childList: true, characterData: true, subtree: true });
    });
    await time.getByRole('button', { name: 'Alles resetten' }).click();
    expect(await page.getByRole('spinbutton', { name: /Magnesium uit de voeding/ }).inputValue()).toBe('350');
    // Time went back to day 0 and runs again: the button now offers to pause.
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { lowestDay: number }).lowestDay))
      .toBeLessThan(30);
    expect(await time.getByRole('button', { name: 'Pauze' }).count()).toBe(1);
    await saveScreenshot(page, 'journey-reset-nl-dark-fullhd');
    expect(errors).toEqual([]);
  });

  it('keyboard: the diet slider moves with the arrow keys, focus is visible, space plays and pauses', async () => {
    const { page, errors } = await browser.open({ locale: 'en', viewport: VIEWPORTS.laptop });
    const slider = page.getByRole('slider', { name: 'Magnesium from food' });
    await slider.focus();
    const outline = await slider.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');
    const before = Number(await slider.inputValue());
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('PageDown');
    const after = Number(await slider.inputValue());
    expect(after).toBeLessThan(before);
    // Space on the page (not in a field) toggles play; on the slider it must not.
    await page.keyboard.press('Space');
    const time = timeBar(page, 'Time and speed');
    expect(await time.getByRole('button', { name: 'Play' }).count()).toBe(1);
    await page.locator('h1').click();
    await page.keyboard.press('Space');
    await expect.poll(() => time.getByRole('button', { name: 'Pause' }).count()).toBe(1);
    await page.keyboard.press('Space');
    await expect.poll(() => time.getByRole('button', { name: 'Play' }).count()).toBe(1);
    expect(errors).toEqual([]);
  });
});
