/** Echoed values stay short and inert: no 100 KB lines, no terminal control, no reordered text. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeUnsafe, quoteValue, shortenValue } from '../../../src/model/index.ts';

describe('quoteValue', () => {
  it('quotes short values as they are', () => {
    expect(quoteValue('abc')).toBe('"abc"');
    expect(quoteValue('')).toBe('""');
    expect(quoteValue('ünï 😀')).toBe('"ünï 😀"');
  });

  it('escapes carriage returns, ANSI escapes, line and paragraph separators, quotes', () => {
    expect(quoteValue('a\rb\nc\td')).toBe('"a\\rb\\nc\\td"');
    expect(quoteValue('\u001b[31mred')).toBe('"\\e[31mred"');
    expect(quoteValue('x\u2028y\u2029z\u202e')).toBe('"x\\u2028y\\u2029z\\u202e"');
    expect(quoteValue('say "hi" \\')).toBe('"say \\"hi\\" \\\\"');
    expect(quoteValue('\u0000\u007f\u0085')).toBe('"\\u0000\\u007f\\u0085"');
  });

  it('shortens a 100,000-character value to one short line that gives its length', () => {
    const q = quoteValue('A'.repeat(100_000));
    expect(q).toBe(`"${'A'.repeat(40)}… (100000 characters)"`);
  });

  it('never cuts an emoji or an escape in half', () => {
    expect(shortenValue('😀'.repeat(30), 5)).toBe('😀😀… (60 characters)');
    expect(shortenValue('ab\r\r\r', 4)).toBe('ab\\r… (5 characters)');
  });

  it('property: at most 40 visible characters plus the length note, no unsafe character left', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        const q = quoteValue(text);
        expect(q.length).toBeLessThanOrEqual(2 + 40 + ' … (300 characters)'.length);
        expect(escapeUnsafe(q)).toBe(q);
        if (text.length <= 10 && escapeUnsafe(text) === text && !/["\\]/.test(text))
          expect(q).toBe(`"${text}"`);
      }),
      { numRuns: 100 },
    );
  });
});
