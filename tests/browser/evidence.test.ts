/**
 * The Evidence section in the built page: collapsed on load with nothing computed; opened, every
 * calibration target appears with its verdict, the page has no horizontal scroll, and axe finds no
 * WCAG A/AA violation with the section open (both languages, both colour profiles once each).
 */
import { describe, expect, it } from 'vitest';
import { TARGETS } from '../../src/model/evidence/targets.ts';
import { axeViolations } from './axe.ts';
import { saveScreenshot, useBrowser, VIEWPORTS } from './helpers.ts';

const SUMMARY = { nl: /Toon de \d+ ijkpunten/, en: /Show the \d+ targets/ } as const;
const DONE = {
  nl: /vergelijkingen liggen binnen het bereik/,
  en: /comparisons lie inside the range/,
} as const;

describe('the Evidence section', () => {
  const browser = useBrowser();

  for (const [locale, profile, size] of [
    ['nl', 'projector', 'laptop'],
    ['en', 'screen', 'fullHd'],
  ] as const)
    it(`${locale}, ${profile}, ${size}: computed when opened, every target shown, accessible`, async () => {
      const { page, errors } = await browser.open({ locale, viewport: VIEWPORTS[size], query: { profile } });
      const section = page.locator('section', { has: page.getByText(SUMMARY[locale]) });
      expect(await section.getByRole('article').count()).toBe(0);

      await section.getByText(SUMMARY[locale]).click();
      await section.getByRole('status').filter({ hasText: DONE[locale] }).waitFor({ timeout: 30_000 });
      const shown = await section
        .getByRole('article')
        .evaluateAll((cards) => cards.map((c) => (c as HTMLElement).dataset.target));
      expect(shown).toEqual(TARGETS.map((t) => t.id));

      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBe(0);
      await section.getByText(SUMMARY[locale]).scrollIntoViewIfNeeded();
      await saveScreenshot(page, `evidence-${locale}-${profile}-${size}`);

      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    });
});
