/**
 * axe-core (WCAG 2.1 A/AA rules) on the whole page, for every browser test that audits one. The
 * library is evaluated through DevTools: the page's Content-Security-Policy (Trusted Types, no
 * inline script) rightly refuses an added <script>.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * What axe finds (at most five elements per rule); an empty list when the page passes. `within`
 * (a CSS selector) audits only that part of the page, still in the context of the whole page (its
 * colours, ids and landmarks): for a part that changed since the whole page was audited.
 */
export async function axeViolations(page: Page, within?: string): Promise<AxeFinding[]> {
  // Once per document (a page that navigated has lost it).
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async (within) => {
    type Violation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };
    const axe = (
      window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: Violation[] }> } }
    ).axe;
    if (within && !document.querySelector(within)) throw new Error(`axe: nothing matches ${within}`);
    // Sections off screen skip rendering (content-visibility: auto), and axe cannot measure the
    // contrast of what is not rendered: audit the page as it looks when each part is scrolled to.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('* { content-visibility: visible !important; }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    const result = await axe
      .run(within ? { include: [within] } : document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      })
      .finally(() => {
        document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
      });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    }));
  }, within);
}
