/** The two catalogues match: same keys, no empty texts, same placeholders, language hygiene. */
import { describe, expect, it } from 'vitest';
import { en, nl, placeholdersOf, type MessageKey } from '../../../src/i18n/index.ts';
import { NL_PARTS } from '../../../src/i18n/nl.ts';

const nlKeys = Object.keys(nl) as MessageKey[];
const enKeys = Object.keys(en);
const catalogues = { nl, en } as const;

describe('catalogues', () => {
  it('have the same keys in Dutch and English', () => {
    expect(enKeys.filter((k) => !(k in nl))).toEqual([]);
    expect(nlKeys.filter((k) => !(k in en))).toEqual([]);
  });

  it('define no key in two parts of the Dutch catalogue', () => {
    const seen = new Map<string, number>();
    NL_PARTS.forEach((part, i) => {
      for (const k of Object.keys(part)) {
        expect(seen.has(k), `${k} in parts ${seen.get(k)} and ${i}`).toBe(false);
        seen.set(k, i);
      }
    });
    expect(seen.size).toBe(nlKeys.length);
  });

  it('use flat dotted keys', () => {
    for (const k of nlKeys) expect(k).toMatch(/^[a-zA-Z][a-zA-Z0-9]*(\.[a-zA-Z0-9-]+)+$/);
  });

  for (const [locale, messages] of Object.entries(catalogues)) {
    it(`have no empty or padded texts (${locale})`, () => {
      for (const k of nlKeys) {
        const text = messages[k];
        expect(typeof text, k).toBe('string');
        expect(text.trim().length, k).toBeGreaterThan(0);
        expect(text, k).toBe(text.trim());
        expect(text, k).not.toMatch(/ {2}/);
      }
    });

    it(`have balanced, well-formed placeholders (${locale})`, () => {
      for (const k of nlKeys) {
        const stripped = messages[k].replace(/\{\w+\}/g, '');
        expect(stripped, `${k}: stray brace`).not.toMatch(/[{}]/);
      }
    });
  }

  it('use the same placeholders in both languages', () => {
    for (const k of nlKeys) {
      expect(placeholdersOf(en[k]).sort(), k).toEqual(placeholdersOf(nl[k]).sort());
    }
  });

  it('give every singular form a plural form, both with {count}', () => {
    for (const k of nlKeys.filter((key) => key.endsWith('.one'))) {
      const plural = k.slice(0, -'.one'.length);
      expect(nlKeys, k).toContain(plural);
      expect(placeholdersOf(nl[k]), k).toContain('count');
      expect(placeholdersOf(nl[plural as MessageKey]), plural).toContain('count');
    }
  });

  it('write English in British spelling', () => {
    const american =
      /\b(feces|fecal|diarrhea|fiber|hypomagnesemia|hypermagnesemia|hypocalcemia|hypokalemia|liter|color|center|stabilize|esophag\w*|anemia|behavior)\b/i;
    for (const k of nlKeys) expect(en[k], k).not.toMatch(american);
  });

  it('keep Dutch units in Dutch and English units in English', () => {
    for (const k of nlKeys) {
      expect(nl[k], k).not.toMatch(/\/day\b|\bmg per day\b/);
      expect(en[k], k).not.toMatch(/\/dag\b|\bper dag\b/);
    }
  });
});
