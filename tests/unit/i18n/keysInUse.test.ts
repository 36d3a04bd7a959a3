/**
 * Every catalogue key is used by the code, and every key the code names is in both catalogues.
 * The code is read as text: a key counts as used when it appears as a string literal, or matches a
 * template literal that builds keys (`band.${id}.description`, `${key}.one`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { en, nl } from '../../../src/i18n/index.ts';

const SRC = path.resolve(import.meta.dirname, '../../../src');
/** The catalogues themselves define keys; they do not use them. */
const CATALOGUES = [path.join(SRC, 'i18n/nl'), path.join(SRC, 'i18n/en')];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return CATALOGUES.includes(full) ? [] : sources(full);
    return /\.(ts|svelte)$/.test(e.name) ? [full] : [];
  });
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** String literals and key-building templates (as regular expressions) in the code. */
function scan(): { literals: Set<string>; templates: RegExp[] } {
  const literals = new Set<string>();
  const templates: RegExp[] = [];
  for (const file of sources(SRC)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/'([^'\\\n]*)'|"([^"\\\n]*)"/g)) literals.add(m[1] ?? m[2]);
    // translatePlural's `${key}.one` is the plural rule, handled below.
    for (const m of text
      .replaceAll('`${key}.one`', '')
      .replaceAll('`${K}.one`', '')
      .matchAll(/`([^`]*)`/g)) {
      const body = m[1];
      const parts = body.split(/\$\{[^}]*\}/);
      if (parts.length === 1) literals.add(body);
      // A key template: word characters, dots and placeholders only, with a dot between words.
      else if (
        /^[\w.${}-]+$/.test(body.replace(/\$\{[^}]*\}/g, '${}')) &&
        parts.some((p) => /\w\.|\.\w/.test(p))
      )
        templates.push(
          new RegExp(
            '^' +
              parts
                .map(escape)
                .join('[A-Za-z0-9-]+')
                .replace(/^\[A-Za-z0-9-\]\+/, '.+') +
              '$',
          ),
        );
    }
  }
  return { literals, templates };
}

describe('catalogue keys in use', () => {
  const { literals, templates } = scan();
  const keys = Object.keys(nl);

  it('every key of the catalogues is used by the code', () => {
    const used = (k: string): boolean =>
      // A singular form `<key>.one` is used with its plural (translatePlural builds `${key}.one`).
      k.endsWith('.one')
        ? used(k.slice(0, -'.one'.length))
        : literals.has(k) || templates.some((t) => t.test(k));
    expect(keys.filter((k) => !used(k))).toEqual([]);
  });

  it('every key the code names is in both catalogues', () => {
    const namespaces = new Set(keys.map((k) => k.split('.')[0]));
    const named = [...literals].filter(
      (s) => /^[a-zA-Z]+(\.[a-zA-Z0-9-]+)+$/.test(s) && namespaces.has(s.split('.')[0]),
    );
    expect(named.filter((k) => !Object.hasOwn(nl, k) || !Object.hasOwn(en, k))).toEqual([]);
  });
});
