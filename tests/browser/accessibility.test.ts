/**
 * Automated accessibility audit (axe-core, WCAG 2.1 A/AA rules) of the whole page in both
 * languages and colour profiles, with a scenario loaded. Complements the hand checks: labels,
 * keyboard, focus and colour that is never the only carrier of meaning. Also: no two buttons
 * share a name.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './helpers.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

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
        // Evaluated through DevTools: the page's Content-Security-Policy refuses an added <script>.
        await page.evaluate(axeSource);
        const violations = await page.evaluate(async () => {
          const axe = (
            window as unknown as {
              axe: { run: (c: unknown, o: unknown) => Promise<{ violations: AxeViolation[] }> };
            }
          ).axe;
          const result = await axe.run(document, {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
          });
          return result.violations.map((v) => ({
            id: v.id,
            impact: v.impact,
            help: v.help,
            targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
          }));
        });
        expect(violations).toEqual([]);
        // Issue 10, defect 9: two buttons were both named "Play" (time bar and diet panel).
        const buttons = [...(await page.locator('body').ariaSnapshot()).matchAll(/- button "([^"]*)"/g)];
        const names = buttons.map((m) => m[1]);
        expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
        expect(names.length).toBeGreaterThan(10);
        expect(errors).toEqual([]);
      });
});
