/**
 * What a person in the back row sees: the smallest text and the thinnest drawn line in the visible
 * part of the page, as rendered (an SVG's own scale included), and how much two boxes overlap.
 * Runs in the page (page.evaluate); only what is on screen counts: clipped by the viewport and by
 * every scrolling or clipping box around it, not visually hidden, not transparent.
 */
import type { Page } from 'playwright-core';

export interface Smallest {
  /** Rendered size in CSS px. */
  px: number;
  /** What it is (text or element), for the failure message. */
  what: string;
}

export interface Readability {
  /** The smallest rendered texts, smallest first (a few). */
  texts: Smallest[];
  /** The thinnest rendered SVG strokes, thinnest first (a few). */
  strokes: Smallest[];
  /** How many visible texts were measured (a check that the page was there at all). */
  textCount: number;
}

/** Smallest texts and strokes visible in the viewport. */
export function measureReadability(page: Page): Promise<Readability> {
  return page.evaluate(() => {
    type Box = { left: number; top: number; right: number; bottom: number };
    const intersect = (a: Box, b: Box): Box => ({
      left: Math.max(a.left, b.left),
      top: Math.max(a.top, b.top),
      right: Math.min(a.right, b.right),
      bottom: Math.min(a.bottom, b.bottom),
    });
    const empty = (b: Box) => b.right - b.left < 1 || b.bottom - b.top < 1;
    const viewport: Box = { left: 0, top: 0, right: innerWidth, bottom: innerHeight };

    /** The part of a box left after the viewport and every clipping ancestor. */
    function visiblePart(el: Element, box: Box): Box {
      let out = intersect(box, viewport);
      for (let a = el.parentElement; a && !empty(out); a = a.parentElement) {
        const style = getComputedStyle(a);
        if (style.overflowX !== 'visible' || style.overflowY !== 'visible' || style.clipPath !== 'none')
          out = intersect(out, a.getBoundingClientRect());
      }
      return out;
    }
    const shown = (el: Element) =>
      el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) &&
      !el.closest('[aria-hidden="true"] .visually-hidden, .visually-hidden, dialog:not([open])');
    /** The scale an SVG element is drawn at (1 for HTML). */
    const scaleOf = (el: Element) => {
      const m = el instanceof SVGGraphicsElement ? el.getScreenCTM() : null;
      return m ? Math.sqrt(Math.abs(m.a * m.d - m.b * m.c)) : 1;
    };
    const describe = (el: Element, text: string) =>
      `${el.tagName.toLowerCase()}.${(el.getAttribute('class') ?? '').split(' ')[0]} "${text.slice(0, 40)}"`;

    const texts: { px: number; what: string }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const el = node.parentElement;
      if (!text || !el || !shown(el) || el.closest('script, style, title, desc')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const rect = range.getBoundingClientRect();
      if (empty(visiblePart(el, rect))) continue;
      const px = parseFloat(getComputedStyle(el).fontSize) * scaleOf(el);
      texts.push({ px: Math.round(px * 10) / 10, what: describe(el, text) });
    }

    const strokes: { px: number; what: string }[] = [];
    for (const el of document.querySelectorAll(
      'svg :is(line, path, rect, circle, ellipse, polyline, polygon)',
    )) {
      const style = getComputedStyle(el);
      const width = parseFloat(style.strokeWidth);
      if (style.stroke === 'none' || !(width > 0) || Number(style.strokeOpacity) === 0 || !shown(el))
        continue;
      if (empty(visiblePart(el, el.getBoundingClientRect()))) continue;
      strokes.push({ px: Math.round(width * scaleOf(el) * 10) / 10, what: describe(el, '') });
    }
    const smallestFirst = (a: { px: number }, b: { px: number }) => a.px - b.px;
    return {
      texts: texts.sort(smallestFirst).slice(0, 8),
      strokes: strokes.sort(smallestFirst).slice(0, 8),
      textCount: texts.length,
    };
  });
}

/** Area (px²) where the boxes of two elements overlap. */
export async function overlapArea(page: Page, a: string, b: string): Promise<number> {
  return page.evaluate(
    ([sa, sb]) => {
      const ra = document.querySelector(sa)!.getBoundingClientRect();
      const rb = document.querySelector(sb)!.getBoundingClientRect();
      const w = Math.min(ra.right, rb.right) - Math.max(ra.left, rb.left);
      const h = Math.min(ra.bottom, rb.bottom) - Math.max(ra.top, rb.top);
      return Math.max(0, w) * Math.max(0, h);
    },
    [a, b] as const,
  );
}
