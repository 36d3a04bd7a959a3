/**
 * Opening the app as a student would, from a bare address (no locale, no scenario): it starts in
 * Dutch with its title as the one level-1 heading, and without console errors. The layout at
 * classroom sizes, both languages and profiles, is layout.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { useBrowser } from './helpers.ts';

describe('opening the app without parameters', () => {
  const browser = useBrowser();

  it('starts in Dutch, titled, without console errors', async () => {
    const { page, errors } = await browser.open();
    expect(await page.evaluate(() => document.documentElement.lang)).toMatch(/^nl/);
    const heading = page.getByRole('heading', { level: 1 });
    expect(await heading.count()).toBe(1);
    expect((await heading.textContent())?.trim()).not.toBe('');
    expect(errors).toEqual([]);
  });
});
