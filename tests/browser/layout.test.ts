/**
 * The page reads well on a 1366×768 laptop and a 1920×1080 projector, in both languages and both
 * colour profiles: no sideways scrolling, and the body diagram, the serum value and the play button
 * are all on the first screen. Screenshots of each combination land in test-output/screenshots/.
 *
 * One page per size and language: it opens in one profile (from the link) and is checked again
 * after switching to the other in the header, as a teacher does. Each profile is opened from the
 * link in one language and reached by the switch in the other.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { saveScreenshot, useBrowser, VIEWPORTS, type Viewport } from './helpers.ts';

const PLAY = { nl: 'Start', en: 'Play' } as const;
const TIME = { nl: 'Tijd en snelheid', en: 'Time and speed' } as const;
const PROFILE_NAME = {
  nl: { projector: 'Projector (licht)', screen: 'Scherm (donker)' },
  en: { projector: 'Projector (light)', screen: 'Screen (dark)' },
} as const;

type Locale = 'nl' | 'en';
type Profile = 'projector' | 'screen';

async function checkFirstScreen(page: Page, locale: Locale, viewport: Viewport): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBe(0);
  const play = page.getByRole('region', { name: TIME[locale] }).getByRole('button', { name: PLAY[locale] });
  const box = await play.boundingBox();
  expect(box).not.toBeNull();
  expect(box!.y + box!.height).toBeLessThanOrEqual(viewport.height);
  const diagram = await page.getByRole('img').first().boundingBox();
  expect(diagram!.y).toBeLessThan(viewport.height / 3);
}

describe('layout at classroom sizes', () => {
  const browser = useBrowser();

  for (const [size, viewport] of Object.entries(VIEWPORTS))
    for (const [locale, first, second] of [
      ['nl', 'projector', 'screen'],
      ['en', 'screen', 'projector'],
    ] as const satisfies readonly (readonly [Locale, Profile, Profile])[])
      it(`${locale}, ${viewport.width}×${viewport.height}: ${first} profile, then ${second}`, async () => {
        const { page, errors } = await browser.open({
          locale,
          viewport,
          query: { profile: first, scenario: 'loop-diuretic' },
        });
        for (const profile of [first, second]) {
          if (profile === second) {
            await page.getByRole('radio', { name: PROFILE_NAME[locale][profile] }).check();
            await page.waitForFunction((p) => document.documentElement.dataset.profile === p, profile);
          }
          await checkFirstScreen(page, locale, viewport);
          await saveScreenshot(page, `layout-${locale}-${profile}-${size}`);
        }
        expect(errors).toEqual([]);
      });
});
