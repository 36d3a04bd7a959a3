/**
 * The classroom journey of issue 9, end to end in the built app: a teacher opens a Dutch link in
 * presentation mode straight into the long-term PPI scenario; the class predicts without seeing
 * the answer; the teacher plays, pauses and steps with the keyboard; a student opens the same link
 * on a phone and exports the run as CSV.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './helpers.ts';

/** Line segments of the projection: none while the class predicts. */
const projectionSegments = async (page: Page): Promise<number> => {
  const paths = await page
    .getByTestId('projection-path')
    .evaluateAll((els) => els.map((el) => el.getAttribute('d') ?? ''));
  return paths.reduce((n, d) => n + (d.match(/L/g)?.length ?? 0), 0);
};

/** Scroll the presentation's side column to the serum chart and wait until it is drawn. */
async function serumChartInView(page: Page): Promise<void> {
  const chart = page.locator('.chart-slot .chart-card').first();
  await chart.scrollIntoViewIfNeeded();
  await chart.and(page.locator('[data-drawn="true"]')).waitFor();
}

const dayShown = async (page: Page): Promise<number> =>
  Number(
    (
      (await page
        .getByText(/^Dag \d+$/)
        .first()
        .textContent()) ?? ''
    ).slice(4),
  );

describe('the classroom journey', () => {
  const browser = useBrowser();

  it('teacher presents and plays by keyboard, the class predicts, a phone exports the CSV', async () => {
    const { page, errors } = await browser.open({
      locale: 'nl',
      viewport: { width: 1280, height: 720 },
      query: { present: '1', scenario: 'ppi-long-term' },
    });
    await expect
      .poll(() => page.evaluate(() => document.documentElement.hasAttribute('data-present')))
      .toBe(true);

    // Predict: nothing on screen tells where the run goes, and the jump to the end is closed. The
    // serum chart (beside the diagram, drawn once on screen) shows today's point only.
    await serumChartInView(page);
    expect(await projectionSegments(page)).toBe(0);
    expect(await page.getByRole('button', { name: 'Naar evenwicht' }).isDisabled()).toBe(true);
    await page.getByRole('radio', { name: 'gedaald' }).check();
    await page.getByRole('radio', { name: /^onder het normale bereik/ }).check();
    await page.getByRole('button', { name: 'Leg mijn voorspelling vast en start' }).click();

    // The teacher uses the keyboard: space pauses, → steps one day, space plays on.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await expect.poll(() => dayShown(page)).toBeGreaterThan(0);
    await page.keyboard.press('Space');
    await expect.poll(() => page.getByRole('button', { name: 'Start' }).count()).toBeGreaterThan(0);
    const paused = await dayShown(page);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => dayShown(page)).toBe(paused + 1);
    await page.keyboard.press('Space');
    await expect.poll(() => dayShown(page)).toBeGreaterThan(paused + 1);
    await page.keyboard.press('Space');
    await serumChartInView(page);
    await expect.poll(() => projectionSegments(page)).toBeGreaterThan(0);

    // The address now holds the exact run; a student opens it on a phone and exports it.
    await expect.poll(() => new URL(page.url()).searchParams.get('day')).not.toBeNull();
    const link = new URL(page.url());
    const reached = Number(link.searchParams.get('day'));
    const phone = await browser
      .browser()
      .newContext({ viewport: { width: 390, height: 844 }, acceptDownloads: true });
    const student = await phone.newPage();
    const studentErrors: string[] = [];
    student.on('pageerror', (e) => studentErrors.push(String(e)));
    await student.goto(link.href);
    await expect.poll(() => dayShown(student)).toBe(Math.floor(reached));
    const button = student.getByRole('button', { name: 'Download het verloop (CSV)', exact: true });
    await button.scrollIntoViewIfNeeded();
    const [download] = await Promise.all([student.waitForEvent('download'), button.click()]);
    const csv = (await readFile((await download.path())!)).toString('utf8');
    expect(csv).toContain('# Scenario: Jarenlang een protonpompinhibitor (maagzuurremmer)');
    const rows = csv
      .trim()
      .split('\r\n')
      .filter((l) => !l.startsWith('#'));
    expect(rows[0].split(';')[1]).toBe('Serum-Mg (mmol/L)');
    expect(rows.length - 1).toBeGreaterThanOrEqual(Math.floor(reached) + 1);
    expect(await student.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await phone.close();
    expect(studentErrors).toEqual([]);
    expect(errors).toEqual([]);
  }, 120_000);
});
