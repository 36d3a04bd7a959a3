/**
 * Presentation mode on a classroom projector (1280×720 and 1024×768), in both languages: nothing
 * smaller than 18 px and no line thinner than 2 px on the screen, the time bar beside (never over)
 * the diagram, the scenario's question on the first screen, no sideways scrolling. Full screen is
 * refused in headless chromium: the page must carry on without it.
 */
import { describe, expect, it } from 'vitest';
import { measureReadability, overlapArea } from './readability.ts';
import { saveScreenshot, useBrowser } from './helpers.ts';

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
];
const QUESTION = { nl: 'Voorspel eerst', en: 'Predict first' } as const;
const PRESENT = { nl: 'Presenteren', en: 'Present' } as const;
const STOP = { nl: 'Stop met presenteren', en: 'Stop presenting' } as const;
const SHOW_SETTINGS = { nl: 'Instellingen tonen', en: 'Show settings' } as const;

describe('presentation mode', () => {
  const browser = useBrowser();

  // Both languages at both sizes; the colour profiles alternate (they differ in line weights only).
  for (const viewport of SIZES)
    for (const [locale, profile] of [
      ['nl', viewport.width > 1100 ? 'projector' : 'screen'],
      ['en', viewport.width > 1100 ? 'screen' : 'projector'],
    ] as const)
      it(`is readable from the back at ${viewport.width}×${viewport.height}, ${locale}, ${profile}`, async () => {
        const { page, errors } = await browser.open({
          locale,
          viewport,
          query: { present: '1', scenario: 'ppi-long-term', profile },
        });
        await saveScreenshot(page, `present-${locale}-${profile}-${viewport.width}x${viewport.height}`);

        const { texts, strokes, textCount } = await measureReadability(page);
        expect(textCount).toBeGreaterThan(20);
        expect(texts[0].px, JSON.stringify(texts)).toBeGreaterThanOrEqual(18);
        expect(strokes[0].px, JSON.stringify(strokes)).toBeGreaterThanOrEqual(2);

        expect(await overlapArea(page, '.time-bar', '.stage .diagram > svg')).toBe(0);
        const timeBar = await page.locator('.time-bar').boundingBox();
        expect(timeBar!.y + timeBar!.height).toBeLessThanOrEqual(viewport.height);
        // The question itself is on the first screen; its answers follow in the column, which scrolls.
        const question = await page
          .getByRole('group', { name: QUESTION[locale] })
          .locator('p')
          .first()
          .boundingBox();
        expect(question!.y + question!.height).toBeLessThanOrEqual(viewport.height);
        const serum = await page.getByRole('heading', { name: /serum/i }).first().boundingBox();
        expect(serum).not.toBeNull();

        // Scrolled to the serum chart (as when the run starts), the same holds there.
        await page.locator('.side .chart-card').evaluate((el) => el.scrollIntoView({ block: 'end' }));
        const chart = await measureReadability(page);
        expect(chart.texts[0].px, JSON.stringify(chart.texts)).toBeGreaterThanOrEqual(18);
        expect(chart.strokes[0].px, JSON.stringify(chart.strokes)).toBeGreaterThanOrEqual(2);
        expect(await overlapArea(page, '.time-bar', '.side .chart-card')).toBe(0);

        const size = await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth]);
        expect(size[0]).toBeLessThanOrEqual(size[1]);
        expect(errors).toEqual([]);
      });

  // Outside presentation mode the time bar is sticky: at the top of the page it sits below the drawing.
  for (const viewport of [...SIZES, { width: 1366, height: 768 }, { width: 1920, height: 1080 }])
    it(`normal mode at ${viewport.width}×${viewport.height}: the sticky time bar leaves the diagram free`, async () => {
      const { page, errors } = await browser.open({
        locale: viewport.width === 1024 ? 'nl' : 'en',
        viewport,
        query: { scenario: 'ppi-long-term' },
      });
      expect(await overlapArea(page, '.time-bar', '.stage .diagram > svg')).toBe(0);
      expect(errors).toEqual([]);
    });

  it('turns on and off by button and by key, without full screen when the browser refuses it', async () => {
    const { page, errors } = await browser.open({ locale: 'en', viewport: SIZES[0] });
    const root = page.locator('html');
    await page.getByRole('button', { name: PRESENT.en, exact: true }).click();
    await expect.poll(() => root.getAttribute('data-present')).toBe('');
    // The settings column is hidden; one button (or C) brings it back.
    await expect.poll(() => page.locator('#controls-heading').isVisible()).toBe(false);
    await page.getByRole('button', { name: SHOW_SETTINGS.en }).click();
    await expect.poll(() => page.locator('#controls-heading').isVisible()).toBe(true);
    await page.keyboard.press('c');
    await expect.poll(() => page.locator('#controls-heading').isVisible()).toBe(false);
    await page.getByRole('button', { name: STOP.en }).click();
    await expect.poll(() => root.getAttribute('data-present')).toBeNull();
    await page.keyboard.press('f');
    await expect.poll(() => root.getAttribute('data-present')).toBe('');
    await page.keyboard.press('p');
    await expect.poll(() => root.getAttribute('data-present')).toBeNull();
    expect(errors).toEqual([]);
  });
});
