/**
 * The tables docs/model.md and docs/model.nl.md print from the code: parameters, modifiers and
 * calibration targets. Each returns Markdown rows; generate.ts puts them between their markers.
 */
import { MODIFIERS, PARAMETERS, type ParameterName } from '../../src/model/index.ts';
import { MODIFIER_NOTES_NL, PARAMETER_NOTES, UNITS_NL } from './annotations.ts';
import type { CalibrationRow } from './calibrationRows.ts';

export type DocLocale = 'en' | 'nl';

/** A Markdown table (prettier aligns the columns when the document is formatted). */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** A number as the document writes it: decimal comma and a true minus sign in Dutch. */
export function docNumber(value: number, locale: DocLocale): string {
  const text = String(value);
  return locale === 'nl' ? text.replace('.', ',').replace('-', '−') : text;
}

const unit = (u: string, locale: DocLocale) => (locale === 'nl' ? (UNITS_NL[u] ?? u) : u);
const code = (name: string) => `\`${name}\``;

export function parameterTable(locale: DocLocale): string {
  const names = Object.keys(PARAMETERS) as ParameterName[];
  const rows = names.map((name) => {
    const p = PARAMETERS[name];
    const note = PARAMETER_NOTES[name];
    const symbol = locale === 'nl' ? (note.symbolNl ?? note.symbol) : note.symbol;
    const value = note.shown?.[locale] ?? docNumber(p.value, locale);
    return locale === 'nl'
      ? [code(name), symbol, note.meaningNl, value, unit(p.unit, locale), p.source, p.grade]
      : [code(name), symbol, value, p.unit, p.source, p.grade];
  });
  const header =
    locale === 'nl'
      ? ['Naam in de code', 'Symbool', 'Betekenis', 'Waarde', 'Eenheid', 'Bron (uit de code)', 'Graad']
      : ['Name in the code', 'Symbol', 'Value', 'Unit', 'Source (as in the code)', 'Grade'];
  return markdownTable(header, rows);
}

export function modifierTable(locale: DocLocale): string {
  const names = Object.keys(MODIFIERS) as (keyof typeof MODIFIERS)[];
  const rows = names.map((name) => {
    const m = MODIFIERS[name];
    const value = docNumber(m.value, locale);
    return locale === 'nl'
      ? [code(name), MODIFIER_NOTES_NL[name], value, unit(m.unit, locale), m.source, m.grade]
      : [code(name), value, m.unit, m.source, m.grade];
  });
  const header =
    locale === 'nl'
      ? ['Naam in de code', 'Betekenis', 'Waarde', 'Eenheid', 'Bron (uit de code)', 'Graad']
      : ['Name in the code', 'Value', 'Unit', 'Source (as in the code)', 'Grade'];
  return markdownTable(header, rows);
}

/** The calibration targets with the model's result now; the rows may come from any source. */
export function calibrationTable(rows: readonly CalibrationRow[], locale: DocLocale): string {
  const header =
    locale === 'nl'
      ? ['#', 'Situatie', 'Gepubliceerd', 'Model (nu)', '']
      : ['#', 'Condition', 'Published', 'Model (now)', ''];
  return markdownTable(
    header,
    rows.map((r) => [r.id, r.condition[locale], r.published[locale], r.model(locale), r.verdict[locale]]),
  );
}
