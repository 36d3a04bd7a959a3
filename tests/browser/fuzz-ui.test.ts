/**
 * UI monkey (issue 10): extreme values typed into every field, then seeded random clicks, keys,
 * slider values, typing, selections, language switches and window sizes on the built page. The
 * page must never throw, go blank, scroll sideways or show NaN, Infinity or undefined
 * (./sanity.ts). Seeded (tests/seed.ts); a few seconds on a quiet machine.
 */
import fc from 'fast-check';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './helpers.ts';
import { screenProblems } from './sanity.ts';

const FIELD_TYPES = ['number', 'text', 'search'].map((t) => `input[type=${t}]:enabled`);
const FIELDS = FIELD_TYPES.join(', ');
/** What the sweep types into every field: the largest number, a negative one, and nothing. */
const EXTREMES = ['1e308', '-1', ''];

/** What the monkey types: extremes, nonsense and ordinary values. */
const TYPED_NUMBERS = ['1e308', '-1e308', '99999999', '-1', '0', '', '1e-308', '2.5', '0.1', '9'.repeat(400)];
/** Text for text fields (not the words the sanity check looks for: a search may echo them). */
const TYPED_TEXT = ['<script>alert(1)</script>', 'A'.repeat(10_000), '\u202e\u2028x', 'ñ', '   '];
const KEYS = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End'];
const ALL_KEYS = [...KEYS, 'Space', 'Enter', 'Escape', 'Tab', 'Shift+Tab'];
const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
  { width: 1024, height: 768 },
  { width: 800, height: 600 },
  { width: 390, height: 844 },
];

type Action =
  | { kind: 'click'; pick: number }
  | { kind: 'key'; pick: number; key: string }
  | { kind: 'slider'; pick: number; at: number }
  | { kind: 'type'; pick: number; text: string }
  | { kind: 'select'; pick: number; option: number }
  | { kind: 'language'; locale: 'nl' | 'en' }
  | { kind: 'resize'; size: number };

// Which element (or option) a step acts on, uniform over [0, 1). Not fc.double: its values crowd
// near 0 (and its bias near 1), so nearly every step acted on the first or the last element, and
// the first, the skip link, sits outside the viewport until focused: each click waited out its
// timeout.
const pick = fc.noBias(fc.integer({ min: 0, max: 0xffff })).map((n) => n / 0x10000);
const kind = <K extends Action['kind']>(k: K) => fc.constant(k);
const action: fc.Arbitrary<Action> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: kind('click'), pick }) },
  { weight: 3, arbitrary: fc.record({ kind: kind('key'), pick, key: fc.constantFrom(...ALL_KEYS) }) },
  // Slider values a little outside min–max too, as a script could set them.
  {
    weight: 3,
    arbitrary: fc.record({ kind: kind('slider'), pick, at: fc.double({ min: -0.1, max: 1.1, noNaN: true }) }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: kind('type'),
      pick,
      text: fc.constantFrom(...TYPED_NUMBERS, ...TYPED_TEXT),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: kind('select'), pick, option: pick }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: kind('language'), locale: fc.constantFrom('nl' as const, 'en' as const) }),
  },
  { weight: 1, arbitrary: fc.record({ kind: kind('resize'), size: fc.nat(SIZES.length - 1) }) },
);

/** Steps in this seeded run, and how often the page is checked. */
const STEPS = 40;
const CHECK_EVERY = 5;

// Presentation mode and the shortcut dialog hide or cover most of the page (tested on their own in
// presentation.test.ts and shortcuts.test.ts): the monkey leaves their buttons alone.
const CLICKABLE =
  'button:enabled:not(.view-buttons *), input[type=checkbox]:enabled, input[type=radio]:enabled, summary, a[href^="#"]';
const SLIDERS = 'input[type=range]:enabled';

/** The visible element at `at` (0–1) among those matching, if any. */
async function nth(page: Page, selector: string, at: number) {
  const all = page.locator(selector).filter({ visible: true });
  const count = await all.count();
  return count === 0 ? undefined : all.nth(Math.floor(at * count));
}

async function perform(page: Page, a: Action): Promise<void> {
  const quick = { timeout: 2_000 };
  if (a.kind === 'click') await (await nth(page, CLICKABLE, a.pick))?.click(quick);
  else if (a.kind === 'key') {
    await (await nth(page, `${CLICKABLE}, ${SLIDERS}, ${FIELDS}, select:enabled`, a.pick))?.focus(quick);
    await page.keyboard.press(a.key);
  } else if (a.kind === 'slider') {
    await (
      await nth(page, SLIDERS, a.pick)
    )?.evaluate((el, at) => {
      const input = el as HTMLInputElement;
      const [min, max] = [Number(input.min || 0), Number(input.max || 100)];
      input.value = String(min + at * (max - min));
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }, a.at);
  } else if (a.kind === 'type') {
    const field = await nth(page, FIELDS, a.pick);
    // A number field takes no letters: it gets a number instead.
    const isNumber = (await field?.getAttribute('type')) === 'number';
    await field?.fill(isNumber && !TYPED_NUMBERS.includes(a.text) ? '1e308' : a.text, quick);
    await field?.press('Enter', quick);
  } else if (a.kind === 'select') {
    const select = await nth(page, 'select:enabled', a.pick);
    const values =
      (await select
        ?.locator('option:not([disabled])')
        .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))) ?? [];
    if (values.length) await select!.selectOption(values[Math.floor(a.option * values.length)], quick);
  } else if (a.kind === 'language') {
    await page.getByRole('radio', { name: a.locale === 'nl' ? 'Nederlands' : 'English' }).check(quick);
  } else await page.setViewportSize(SIZES[a.size]);
}

/**
 * Types each extreme into every visible field matching `selector` (collapsed groups opened first),
 * one extreme at a time in all fields, and checks the page after each: what went wrong, per value.
 */
async function sweep(
  page: Page,
  errors: string[],
  selector: string,
): Promise<{ fields: number; found: string[] }> {
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  const fields = page.locator(selector).filter({ visible: true });
  const count = await fields.count();
  const found: string[] = [];
  for (const text of EXTREMES) {
    for (let i = 0; i < count; i++) {
      await fields.nth(i).fill(text);
      await fields.nth(i).press('Enter');
    }
    const problems = [...(await screenProblems(page)), ...errors.splice(0)];
    if (problems.length) found.push(`typed "${text}" in ${count} fields: ${problems.join('; ')}`);
  }
  return { fields: count, found };
}

describe('UI monkey', () => {
  const browser = useBrowser();

  it(`every field takes extremes, then ${STEPS} seeded random steps`, { timeout: 180_000 }, async () => {
    const seed = fc.readConfigureGlobal().seed as number;
    const { page, errors } = await browser.open({ locale: 'en', query: { scenario: 'breastfeeding' } });

    // Extremes (1e308, -1, nothing) in every field: no NaN, Infinity or wider page.
    const { fields, found } = await sweep(page, errors, FIELDS);
    expect(found).toEqual([]);
    expect(fields).toBeGreaterThanOrEqual(6);

    const [actions] = fc.sample(fc.array(action, { minLength: STEPS, maxLength: STEPS }), {
      numRuns: 1,
      seed,
    });
    const done: string[] = [];
    let skipped = 0;
    for (const [i, a] of actions.entries()) {
      done.push(JSON.stringify(a).slice(0, 120));
      // A step that cannot happen (an element hidden or replaced by the last step) is skipped.
      await perform(page, a).catch((e: Error) => {
        if (
          !/Timeout|not attached|detached|not visible|outside of the viewport|intercepts pointer/.test(
            e.message,
          )
        )
          throw e;
        skipped++;
      });
      if ((i + 1) % CHECK_EVERY === 0 || i === actions.length - 1) {
        const label = `seed ${seed}, after step ${i + 1}:\n${done.slice(-CHECK_EVERY).join('\n')}`;
        expect(await screenProblems(page), label).toEqual([]);
        expect(errors, label).toEqual([]);
      }
    }
    // Most steps must happen, or the monkey tests little.
    expect(skipped, `seed ${seed}`).toBeLessThan(STEPS / 4);
  });
});
