/**
 * The page reads well on a 1366×768 laptop and a 1920×1080 projector, in both languages and both
 * colour profiles: no sideways scrolling, and the body diagram, the serum value and the play button
 * are all on the first screen. Screenshots of each combination land in test-output/screenshots/.
 */
import { describe, expect, it } from 'vitest';
import { saveScreenshot, useBrowser, VIEWPORTS } from './helpers.ts';

const PLAY = { nl: 'Start', en: 'Play' } as const;
const TIME = { nl: 'Tijd en snelheid', en: 'Time and speed' } as const;

describe('layout at classroom sizes', () => {
  const browser = useBrowser();

  for (const [size, viewport] of Object.entries(VIEWPORTS))
    for (const locale of ['nl', 'en'] as const)
      for (const profile of ['projector', 'screen'] as const)
        it(`${locale}, ${profile} profile, ${viewport.width}×${viewport.height}`, async () => {
          const { page, errors } = await browser.open({
            locale,
            viewport,
            query: { profile, scenario: 'loop-diuretic' },
          });
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          );
          expect(overflow).toBe(0);
          const play = page
            .getByRole('region', { name: TIME[locale] })
            .getByRole('button', { name: PLAY[locale] });
          const box = await play.boundingBox();
          expect(box).not.toBeNull();
          expect(box!.y + box!.height).toBeLessThanOrEqual(viewport.height);
          const diagram = await page.getByRole('img').first().boundingBox();
          expect(diagram!.y).toBeLessThan(viewport.height / 3);
          await saveScreenshot(page, `layout-${locale}-${profile}-${size}`);
          expect(errors).toEqual([]);
        });
});
