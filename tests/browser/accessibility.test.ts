/**
 * Automated accessibility audit (axe-core, WCAG 2.1 A/AA rules) of the whole page in both
 * languages and colour profiles, with a scenario loaded. Complements the hand checks: labels,
 * keyboard, focus and colour that is never the only carrier of meaning. Also: no two buttons
 * share a name.
 *
 * One page per language: audited in the profile it opens with (from the link), then again after
 * switching to the other profile in the header. Each profile is opened from the link in one
 * language and reached by the switch in the other.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { useBrowser } from './helpers.ts';

const PROFILE_NAME = {
  nl: { projector: 'Projector (licht)', screen: 'Scherm (donker)' },
  en: { projector: 'Projector (light)', screen: 'Screen (dark)' },
} as const;

/** The profile is applied by an effect: audit the page as it finally looks. */
async function settledIn(page: Page, profile: string): Promise<void> {
  await page.waitForFunction((p) => document.documentElement.dataset.profile === p, profile);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

describe('accessibility (axe-core)', () => {
  const browser = useBrowser();

  for (const [locale, first, second] of [
    ['nl', 'projector', 'screen'],
    ['en', 'screen', 'projector'],
  ] as const)
    it(`${locale}: no WCAG A/AA violations in the ${first} profile, then in the ${second} profile`, async () => {
      const { page, errors } = await browser.open({
        locale,
        query: { profile: first, scenario: 'ppi-long-term' },
      });
      for (const profile of [first, second]) {
        if (profile === second)
          await page.getByRole('radio', { name: PROFILE_NAME[locale][profile] }).check();
        await settledIn(page, profile);
        expect(await axeViolations(page), profile).toEqual([]);
        // Issue 10, defect 9: two buttons were both named "Play" (time bar and diet panel).
        const buttons = [...(await page.locator('body').ariaSnapshot()).matchAll(/- button "([^"]*)"/g)];
        const names = buttons.map((m) => m[1]);
        expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
        expect(names.length).toBeGreaterThan(10);
      }
      expect(errors).toEqual([]);
    });
});
