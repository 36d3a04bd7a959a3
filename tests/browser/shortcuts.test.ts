/**
 * Keyboard shortcuts in the built page: the help dialog is modal (Tab stays inside, Escape closes,
 * the focus goes back to the button that opened it), and keys typed in a field stay in the field.
 */
import { describe, expect, it } from 'vitest';
import { saveScreenshot, useBrowser } from './helpers.ts';

describe('keyboard shortcuts', () => {
  const browser = useBrowser();

  it('opens the help dialog with ?, keeps the focus inside and gives it back on Escape', async () => {
    const { page, errors } = await browser.open({ locale: 'nl', viewport: { width: 1280, height: 720 } });
    const opener = page.getByRole('button', { name: 'Sneltoetsen' });
    await opener.focus();
    await page.keyboard.press('Shift+?');
    const dialog = page.getByRole('dialog', { name: 'Sneltoetsen' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await saveScreenshot(page, 'shortcuts-dialog-nl');
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => !!document.activeElement?.closest('dialog'))).toBe(true);
    }
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await opener.evaluate((el) => el === document.activeElement)).toBe(true);

    // The button opens it too; in English after L.
    await page.locator('body').click({ position: { x: 5, y: 700 } });
    await page.keyboard.press('l');
    await page.getByRole('button', { name: 'Shortcuts' }).click();
    await expect.poll(() => page.getByRole('dialog', { name: 'Keyboard shortcuts' }).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Close' }).click();
    expect(errors).toEqual([]);
  });

  it('plays, steps, picks a scenario and resets from the keyboard, but not while typing', async () => {
    const { page, errors } = await browser.open({ locale: 'en', viewport: { width: 1280, height: 720 } });
    const day = page.locator('.readout .day');
    await page.locator('body').click({ position: { x: 5, y: 700 } });
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => day.textContent()).toBe('Day 1');
    await page.keyboard.press('2');
    await expect.poll(() => page.locator('header select').inputValue()).toBe('healthy-woman');
    await expect.poll(() => day.textContent()).toBe('Day 0');

    // Typed into the intake field, R, S, L and digits are text, not shortcuts.
    const field = page.getByRole('spinbutton').first();
    await field.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.type('r s l 3');
    await expect.poll(() => page.locator('header select').inputValue()).toBe('healthy-woman');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');

    await page.locator('body').click({ position: { x: 5, y: 700 } });
    await page.keyboard.press('Space');
    await expect.poll(() => page.getByRole('button', { name: 'Pause' }).first().isVisible()).toBe(true);
    await page.keyboard.press('Space');
    expect(errors).toEqual([]);
  });
});
