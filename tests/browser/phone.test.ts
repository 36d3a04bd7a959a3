/**
 * Phones and tablets (360×740, 390×844, 768×1024): no sideways scrolling, every chart label inside
 * its chart, a page of a few screens rather than a dozen (the long sections fold on a phone), and
 * the folded sections open by tap. Screenshots land in test-output/screenshots/.
 */
import { describe, expect, it } from 'vitest';
import { saveScreenshot, useBrowser } from './helpers.ts';

const SIZES = [
  { width: 360, height: 740 },
  { width: 390, height: 844 },
  { width: 768, height: 1024 },
];
/**
 * Page height in screens: folded on a phone, the whole page is at most this many screens (the
 * export panel and the prediction card added about one screen at 360 px).
 */
const MAX_SCREENS = { 360: 13, 390: 12, 768: 16 } as const;

describe('phone and tablet layout', () => {
  const browser = useBrowser();

  for (const viewport of SIZES)
    for (const locale of ['nl', 'en'] as const)
      it(`${viewport.width}×${viewport.height}, ${locale}: no sideways scroll, no clipped labels`, async () => {
        const { page, errors } = await browser.open({
          locale,
          viewport,
          query: { scenario: 'ppi-long-term', profile: locale === 'nl' ? 'projector' : 'screen' },
        });
        await saveScreenshot(page, `phone-${locale}-${viewport.width}x${viewport.height}`, {
          fullPage: true,
        });
        const page_ = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          innerWidth,
          height: document.documentElement.scrollHeight,
        }));
        expect(page_.scrollWidth).toBeLessThanOrEqual(page_.innerWidth);
        expect(page_.height / viewport.height).toBeLessThanOrEqual(MAX_SCREENS[viewport.width as 360]);

        // Every text in every chart lies inside its chart (1 px for anti-aliasing).
        const clipped = await page.evaluate(() =>
          [...document.querySelectorAll('.chart-card svg, .diagram > svg')].flatMap((svg) => {
            const box = svg.getBoundingClientRect();
            return [...svg.querySelectorAll('text')]
              .filter((t) => t.textContent?.trim())
              .map((t) => ({ t, r: t.getBoundingClientRect() }))
              .filter(
                ({ r }) =>
                  r.left < box.left - 1 ||
                  r.right > box.right + 1 ||
                  r.top < box.top - 1 ||
                  r.bottom > box.bottom + 1,
              )
              .map(({ t }) => t.textContent);
          }),
        );
        expect(clipped.join(' | ')).toBe('');

        // Every control is on the page and can be reached: the folded sections open.
        for (const summary of await page.locator('details.fold > summary').all())
          if (await summary.isVisible()) await summary.click();
        const after = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
        expect(after).toBeLessThanOrEqual(0);
        expect(errors).toEqual([]);
      });
});
