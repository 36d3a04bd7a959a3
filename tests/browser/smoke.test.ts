import { describe, expect, it } from 'vitest';
import { saveScreenshot, useBrowser, VIEWPORTS } from './helpers.ts';

describe('placeholder page (smoke)', () => {
  const browser = useBrowser();

  for (const [label, viewport] of Object.entries(VIEWPORTS)) {
    it(`loads with a level-1 heading and no console errors at ${viewport.width}×${viewport.height}`, async () => {
      const { page, errors } = await browser.open({ viewport });
      const heading = page.getByRole('heading', { level: 1 });
      expect(await heading.count()).toBeGreaterThanOrEqual(1);
      expect((await heading.first().textContent())?.trim()).not.toBe('');
      const file = await saveScreenshot(page, `smoke-${label}-${viewport.width}x${viewport.height}`);
      expect(file).toMatch(/\.png$/);
      expect(errors).toEqual([]);
    });
  }
});
