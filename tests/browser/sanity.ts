/**
 * What the fuzzers check after each step: the page is not blank, does not scroll sideways, and
 * shows no NaN, Infinity or undefined (in text, or in labels a screen reader reads). The link box
 * echoes what a link carried, so a link's own "NaN" there is not the page's fault.
 */
import type { Page } from 'playwright-core';

export async function screenProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const app = document.getElementById('app');
    if (!app || app.childElementCount === 0 || !document.querySelector('h1')?.textContent?.trim())
      problems.push('blank page (no app, or no heading)');
    const root = document.documentElement;
    const overflow = root.scrollWidth - root.clientWidth;
    if (overflow > 0) problems.push(`scrolls sideways by ${overflow} px at width ${root.clientWidth}`);

    const BAD = /(?:^|[^\p{L}])(NaN|-?Infinity|undefined)(?![\p{L}])/u;
    const echo = document.querySelector('[data-testid="url-problems"]');
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || echo?.contains(parent) || parent.closest('script, style, noscript')) continue;
      const m = BAD.exec(node.textContent ?? '');
      // Only what is rendered: a hidden table or a closed <details> is not on screen.
      if (m && parent.getClientRects().length > 0)
        problems.push(`"${m[1]}" on screen: ${(node.textContent ?? '').trim().slice(0, 120)}`);
    }
    for (const el of document.querySelectorAll('[aria-label], [aria-valuetext], [title]')) {
      if (echo?.contains(el)) continue;
      for (const name of ['aria-label', 'aria-valuetext', 'title']) {
        const value = el.getAttribute(name);
        const m = value ? BAD.exec(value) : null;
        if (m) problems.push(`"${m[1]}" in ${name}: ${value!.slice(0, 120)}`);
      }
    }
    return problems.slice(0, 10);
  });
}
