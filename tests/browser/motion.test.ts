/**
 * Motion follows the user's preference: particles move along the flows while playing, freeze when
 * paused, and are absent altogether under prefers-reduced-motion.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './helpers.ts';

/** Where each flow's dots are: the track and its dash offset (see views/diagram/particles.ts). */
const particles = (page: Page) =>
  page
    .locator('path.particle-dots')
    .evaluateAll((els) => els.map((e) => `${e.getAttribute('d')} @ ${e.getAttribute('stroke-dashoffset')}`));
const time = (page: Page) => page.getByRole('region', { name: 'Time and speed' });

describe('motion', () => {
  const browser = useBrowser();

  it('particles move while playing and freeze when paused', async () => {
    const { page, errors } = await browser.open({ locale: 'en', reducedMotion: 'no-preference' });
    await time(page).getByRole('button', { name: 'Play' }).click();
    const first = await particles(page);
    expect(first.length).toBeGreaterThan(0);
    await expect.poll(() => particles(page)).not.toEqual(first);
    await time(page).getByRole('button', { name: 'Pause' }).click();
    const paused = await particles(page);
    await page.waitForTimeout(300);
    expect(await particles(page)).toEqual(paused);
    expect(errors).toEqual([]);
  });

  it('no particles under prefers-reduced-motion, even while playing', async () => {
    const { page, errors } = await browser.open({ locale: 'en', reducedMotion: 'reduce' });
    await time(page).getByRole('button', { name: 'Play' }).click();
    await page.waitForTimeout(300);
    expect(await page.locator('path.particle-dots').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
