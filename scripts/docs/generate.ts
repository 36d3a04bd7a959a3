/**
 * Fills the generated sections of a document: everything between
 *   <!-- generated: NAME (npm run docs) -->   and   <!-- /generated: NAME -->
 * is replaced by the section NAME printed from the code, and the whole document is formatted as
 * prettier would (so `npm run lint` and the docs test agree with what `npm run docs` writes).
 */
import { format, resolveConfig } from 'prettier';
import { calibrationTable } from './calibrationTable.ts';
import { scenarioTable } from './scenarioTable.ts';
import { modifierTable, parameterTable, referenceValuesTable, type DocLocale } from './tables.ts';

export const SECTIONS: Readonly<Record<string, (locale: DocLocale) => string>> = {
  parameters: parameterTable,
  modifiers: modifierTable,
  calibration: calibrationTable,
  scenarios: scenarioTable,
  'reference-values': referenceValuesTable,
};

const MARKED = /(<!-- generated: ([\w-]+) \(npm run docs\) -->)[\s\S]*?(<!-- \/generated: \2 -->)/g;

export async function generateDoc(text: string, locale: DocLocale, file: string): Promise<string> {
  const seen = new Set<string>();
  const filled = text.replace(MARKED, (_, open: string, name: string, close: string) => {
    const section = SECTIONS[name];
    if (!section) throw new Error(`${file}: no generated section "${name}"`);
    seen.add(name);
    return `${open}\n\n${section(locale)}\n\n${close}`;
  });
  const missing = Object.keys(SECTIONS).filter((name) => !seen.has(name));
  if (missing.length) throw new Error(`${file}: no markers for ${missing.join(', ')}`);
  const options = (await resolveConfig(file)) ?? {};
  return format(filled, { ...options, filepath: file });
}

/** The documents and their language. */
export const DOCS: readonly { path: string; locale: DocLocale }[] = [
  { path: 'docs/model.md', locale: 'en' },
  { path: 'docs/model.nl.md', locale: 'nl' },
];
