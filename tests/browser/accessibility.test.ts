/**
 * Automated accessibility audit (axe-core, WCAG 2.1 A/AA rules) of the whole page in both
 * languages and colour profiles, with a scenario loaded. Complements the hand checks: labels,
 * keyboard, focus and colour that is never the only carrier of meaning. Also: no two buttons
 * share a name.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { useBrowser } from './helpers.ts';

describe('accessibility (axe-core)', () => {
  const browser = useBrowser();

  for (const locale of ['nl', 'en'] as const)
    for (const profile of ['projector', 'screen'] as const)
      it(`${locale}, ${profile}: no WCAG A/AA violations`, async () => {
        const { page, errors } = await browser.open({
          locale,
          query: { profile, scenario: 'ppi-long-term' },
        });
        // The profile is applied by an effect after mount: audit the page as it finally looks.
        await page.waitForFunction((p) => document.documentElement.dataset.profile === p, profile);
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        expect(await axeViolations(page)).toEqual([]);
        // Issue 10, defect 9: two buttons were both named "Play" (time bar and diet panel).
        const buttons = [...(await page.locator('body').ariaSnapshot()).matchAll(/- button "([^"]*)"/g)];
        const names = buttons.map((m) => m[1]);
        expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
        expect(names.length).toBeGreaterThan(10);
        expect(errors).toEqual([]);
      });
});
