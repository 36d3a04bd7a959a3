import { describe, expect, it } from 'vitest';
import { SCENARIO_IDS } from '../../../src/scenarios/scenarios.ts';
import { ARTICLE_REFERENCES, LEARN_SECTIONS, en, isMessageKey, nl } from '../../../src/i18n/index.ts';

const facts = LEARN_SECTIONS.flatMap((s) => s.facts);

describe('learn panel', () => {
  it('lists the article’s 25 references', () => {
    expect(ARTICLE_REFERENCES).toHaveLength(25);
    for (const r of ARTICLE_REFERENCES) expect(r.trim().length).toBeGreaterThan(10);
  });

  it('gives each fact a text, valid reference numbers and an existing scenario', () => {
    for (const s of LEARN_SECTIONS) expect(isMessageKey(s.title), s.title).toBe(true);
    for (const fact of facts) {
      expect(isMessageKey(fact.key), fact.key).toBe(true);
      for (const n of fact.sources) {
        expect(Number.isInteger(n) && n >= 1 && n <= ARTICLE_REFERENCES.length, `${fact.key}: ${n}`).toBe(
          true,
        );
      }
      if (fact.scenario) expect(SCENARIO_IDS, fact.key).toContain(fact.scenario);
    }
  });

  it('shows every learn fact of the catalogue exactly once', () => {
    const listed = facts.map((f) => f.key);
    expect(new Set(listed).size).toBe(listed.length);
    const inCatalogue = Object.keys(nl).filter((k) => /^learn\.(?!section\.|references\.)\w+\.\w+$/.test(k));
    expect([...listed].sort()).toEqual(inCatalogue.sort());
  });

  it('has the model notes: a title, sources and six limitations', () => {
    for (const key of [
      'notes.title',
      'notes.sources',
      ...[1, 2, 3, 4, 5, 6].map((n) => `notes.limitation.${n}`),
    ]) {
      expect(Object.hasOwn(nl, key) && Object.hasOwn(en, key), key).toBe(true);
    }
  });
});
