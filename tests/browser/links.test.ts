/**
 * Exact links (issue 9): open a scenario, change inputs before and during the run, copy the link,
 * open the link: the same day, inputs, speed and serum, and the same link again. Through the page
 * for three scenarios that differ in what the link must carry (a scheduled event; conditions, sex
 * and age; a supplement, its doses and the GFR); the same round trip for every scenario runs in
 * the component tier (tests/component/state/links.test.ts).
 * `?embed=1` shows only the diagram, the time bar and the serum chart.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ScenarioId } from '../../src/scenarios/scenarios.ts';
import { appUrl, useBrowser, VIEWPORTS } from './helpers.ts';

const THROUGH_THE_PAGE: readonly ScenarioId[] = ['ppi-stop', 'breastfeeding', 'laxative-kidney-failure'];

const timeBar = (page: Page) => page.getByRole('region', { name: 'Tijd en snelheid' });
const intake = (page: Page) => page.getByRole('slider', { name: 'Magnesium uit de voeding' });

/** What a student sees of the run: day, serum (status badge), intake and speed. */
async function seen(page: Page): Promise<Record<string, string | boolean>> {
  const status = page.getByRole('region', { name: 'Wat gebeurt er in het lichaam?' });
  return {
    day:
      (await timeBar(page)
        .getByText(/^Dag \d+$/)
        .textContent()) ?? '',
    serum: ((await status.textContent()) ?? '').match(/\d,\d\d mmol\/L/)?.[0] ?? '',
    intake: await intake(page).inputValue(),
    slow: await timeBar(page).getByRole('radio', { name: /Traag/ }).isChecked(),
  };
}

async function copyLink(page: Page): Promise<string> {
  await page.getByRole('button', { name: /Kopieer een link/ }).click();
  await expect.poll(() => page.getByText('De link is gekopieerd.').count()).toBe(1);
  return page.evaluate(() => navigator.clipboard.readText());
}

describe('exact links', () => {
  const browser = useBrowser();

  it.each(THROUGH_THE_PAGE)('%s: a copied link reopens the same run at the same day', async (id) => {
    const { page, context, errors } = await browser.open({ locale: 'nl', query: { scenario: id } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(appUrl()).origin,
    });
    await intake(page).fill('200');
    const step = timeBar(page).getByRole('button', { name: '+1 dag' });
    for (let i = 0; i < 2; i++) await step.click();
    await intake(page).fill('260');
    await timeBar(page).getByRole('radio', { name: /Traag/ }).check();
    await step.click();
    const before = await seen(page);
    expect(before.day).toBe('Dag 3');
    const link = await copyLink(page);
    expect(link).toContain(`scenario=${id}`);
    expect(link).toContain('intake-mg_at2=260');

    await page.goto(link);
    await page.waitForSelector('#app main');
    expect(await seen(page)).toEqual(before);
    expect(await copyLink(page)).toBe(link);
    expect(errors).toEqual([]);
  });

  it('embed=1 shows only the diagram, the time bar and the serum chart', async () => {
    const { page, errors } = await browser.open({
      locale: 'en',
      viewport: VIEWPORTS.laptop,
      query: { scenario: 'ppi-long-term', embed: '1' },
    });
    expect(await page.getByRole('region', { name: 'Time and speed' }).count()).toBe(1);
    expect(await page.getByRole('heading', { name: /Serum Mg/ }).count()).toBeGreaterThan(0);
    expect(await page.locator('header').count()).toBe(0);
    expect(await page.getByRole('combobox', { name: 'Scenario' }).count()).toBe(0);
    expect(await page.getByRole('slider').count()).toBe(0);
    // Not stuck in a predict step it cannot show: play works at once.
    await page.getByRole('button', { name: 'Play' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Pause' }).count()).toBe(1);
    expect(errors).toEqual([]);
  });
});
