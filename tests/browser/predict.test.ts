/**
 * Predict, observe, explain in real Chromium (issue 9): in the predict step nothing shows where the
 * run goes; the student sketches with the mouse and the keyboard and chooses answers; the run plays
 * and ends with the prediction beside the result and the mechanism; a teacher can reveal instead.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { saveScreenshot, useBrowser, VIEWPORTS } from './helpers.ts';

/** The projection is hidden when its path has no segment (a single point at today). */
const projectionSegments = async (page: Page): Promise<number> => {
  const paths = await page
    .getByTestId('projection-path')
    .evaluateAll((els) => els.map((el) => el.getAttribute('d') ?? ''));
  return paths.reduce((n, d) => n + (d.match(/L/g)?.length ?? 0), 0);
};

describe('predict, observe, explain', () => {
  const browser = useBrowser();

  it('student (nl): no spoilers, sketch with mouse and keys, choose, run, compare', async () => {
    const { page, errors } = await browser.open({
      locale: 'nl',
      viewport: VIEWPORTS.fullHd,
      query: { scenario: 'depletion-experiment' },
    });
    // Nothing shows the future: no projection in any chart, no story, no steady-state jump.
    expect(await projectionSegments(page)).toBe(0);
    const status = page.getByRole('region', { name: 'Wat gebeurt er in het lichaam?' });
    await expect.poll(() => status.textContent()).toContain('Voorspel eerst wat er gebeurt');
    const steady = page.getByRole('button', { name: 'Naar evenwicht' });
    expect(await steady.isDisabled()).toBe(true);
    await expect.poll(() => page.getByText('Naar evenwicht kan pas na je voorspelling.').count()).toBe(1);

    // Sketch: drag over the serum chart with the mouse, then fine-tune a point with the keyboard.
    const layer = page.getByTestId('prediction-layer');
    await layer.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    const box = (await layer.boundingBox())!;
    const handles = layer.getByRole('slider');
    expect(await handles.count()).toBe(7);
    const last = (await handles.last().boundingBox())!;
    await page.mouse.move(last.x + last.width / 2, last.y + last.height / 2);
    await page.mouse.down();
    await page.mouse.move(last.x + last.width / 2, box.y + box.height * 0.55, { steps: 4 });
    await page.mouse.up();
    const dragged = Number(await handles.last().getAttribute('aria-valuenow'));
    expect(dragged).toBeLessThan(0.8);
    await handles.nth(3).focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Shift+ArrowDown');
    expect(Number(await handles.nth(3).getAttribute('aria-valuenow'))).toBeCloseTo(0.85 - 0.06, 2);

    await page.getByRole('radio', { name: 'gedaald' }).check();
    await page.getByRole('radio', { name: /^binnen het normale bereik/ }).check();
    await saveScreenshot(page, 'predict-sketch-nl-fullhd');
    await page.getByRole('button', { name: 'Leg mijn voorspelling vast en start' }).click();

    // The run plays to the end of the scenario and stops with the comparison and the why.
    const result = page.getByTestId('prediction-result');
    await expect.poll(() => result.count(), { timeout: 20_000 }).toBe(1);
    const text = (await result.textContent()) ?? '';
    expect(text).toMatch(/Je voorspelde "gedaald": dat klopt\./);
    expect(text).toMatch(/Je voorspelde "binnen het normale bereik.*": dat klopt niet\./);
    expect(text).toMatch(/Jouw tekening lag op zijn verst/);
    expect(await page.getByRole('heading', { name: 'Waarom?' }).count()).toBe(1);
    expect(await projectionSegments(page)).toBeGreaterThan(0);
    expect(await steady.isDisabled()).toBe(false);
    await saveScreenshot(page, 'predict-result-nl-fullhd');
    expect(errors).toEqual([]);
  });

  it('teacher (en): reveals for the class without a prediction', async () => {
    const { page, errors } = await browser.open({
      locale: 'en',
      viewport: VIEWPORTS.laptop,
      query: { scenario: 'healthy-woman' },
    });
    await page.getByRole('button', { name: 'Show the course without a prediction (for the class)' }).click();
    expect(await projectionSegments(page)).toBeGreaterThan(0);
    await page.getByRole('radio', { name: /^Fast/ }).check();
    const result = page.getByTestId('prediction-result');
    await expect.poll(() => result.count(), { timeout: 20_000 }).toBe(1);
    expect(await result.textContent()).toContain('There was no prediction');
    expect(errors).toEqual([]);
  });
});
