/**
 * The tables docs/model.md and docs/model.nl.md print from the code: parameters, modifiers and
 * reference values (the calibration targets are in calibrationTable.ts). Each returns Markdown;
 * generate.ts puts it between its markers.
 */
import {
  ADEQUATE_INTAKES,
  KIDNEY_WARNING_GFR_ML_PER_MIN,
  LAXATIVE_LIKELY_MG_PER_DAY,
  MODIFIERS,
  PARAMETERS,
  SERUM_EDGES_MMOL_PER_L as EDGE,
  SUPPLEMENT_UL_FROM_AGE_YEARS,
  SUPPLEMENT_UL_MG_PER_DAY,
  TOXIC_FROM_MMOL_PER_L,
  TOXIC_UL_MULTIPLE,
  type ParameterName,
} from '../../src/model/index.ts';
import { MODIFIER_NOTES_NL, PARAMETER_NOTES, UNITS_NL } from './annotations.ts';

export type DocLocale = 'en' | 'nl';

/** A Markdown table (prettier aligns the columns when the document is formatted). */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** A number (or a number already written out) as the document writes it: decimal comma and a true minus sign in Dutch. */
export function docNumber(value: number | string, locale: DocLocale): string {
  const text = String(value);
  return locale === 'nl' ? text.replace('.', ',').replace('-', '−') : text;
}

/** A unit as the document writes it. */
export const unitFor = (u: string, locale: DocLocale): string => (locale === 'nl' ? (UNITS_NL[u] ?? u) : u);
const code = (name: string) => `\`${name}\``;

export function parameterTable(locale: DocLocale): string {
  const names = Object.keys(PARAMETERS) as ParameterName[];
  const rows = names.map((name) => {
    const p = PARAMETERS[name];
    const note = PARAMETER_NOTES[name];
    const symbol = locale === 'nl' ? (note.symbolNl ?? note.symbol) : note.symbol;
    const value = note.shown?.[locale] ?? docNumber(p.value, locale);
    return locale === 'nl'
      ? [code(name), symbol, note.meaningNl, value, unitFor(p.unit, locale), p.source, p.grade]
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
      ? [code(name), MODIFIER_NOTES_NL[name], value, unitFor(m.unit, locale), m.source, m.grade]
      : [code(name), value, m.unit, m.source, m.grade];
  });
  const header =
    locale === 'nl'
      ? ['Naam in de code', 'Betekenis', 'Waarde', 'Eenheid', 'Bron (uit de code)', 'Graad']
      : ['Name in the code', 'Value', 'Unit', 'Source (as in the code)', 'Grade'];
  return markdownTable(header, rows);
}

function ageBand(from: number, to: number, locale: DocLocale): string {
  const nl = locale === 'nl';
  if (to <= 1)
    return nl
      ? `${Math.round(from * 12)}–${Math.round(to * 12) - 1} maanden`
      : `${Math.round(from * 12)}–${Math.round(to * 12) - 1} months`;
  if (to === Infinity) return nl ? `${from} jaar en ouder` : `${from} years and over`;
  return nl ? `${from} tot ${to} jaar` : `${from} to under ${to} years`;
}

/** The reference values of src/model/referenceValues.ts: adequate intakes, then limits and edges. */
export function referenceValuesTable(locale: DocLocale): string {
  const nl = locale === 'nl';
  const n = (v: number) => docNumber(v, locale);
  const perDay = nl ? 'mg/dag' : 'mg/day';
  const intakes = markdownTable(
    nl
      ? ['Leeftijd', `Mannen (${perDay})`, `Vrouwen (${perDay})`]
      : ['Age', `Men (${perDay})`, `Women (${perDay})`],
    ADEQUATE_INTAKES.map((b) => [
      ageBand(b.fromYears, b.toYears, locale),
      n(b.maleMgPerDay),
      n(b.femaleMgPerDay),
    ]),
  );
  const limits: [string, string, string][] = nl
    ? [
        [
          `MTI voor magnesium uit supplementen, vanaf ${SUPPLEMENT_UL_FROM_AGE_YEARS} jaar`,
          `${n(SUPPLEMENT_UL_MG_PER_DAY)} ${perDay}`,
          'SCF 2001, EFSA',
        ],
        ['diarree waarschijnlijk (LOAEL)', `${n(LAXATIVE_LIKELY_MG_PER_DAY)} ${perDay}`, 'IOM 1997'],
        ['toxische hypermagnesiëmie vanaf', `${TOXIC_UL_MULTIPLE} × MTI`, 'artikel; EFSA 2006'],
        [
          'serumgrenzen: ernstig tekort, normaal bereik, teveel',
          `< ${n(EDGE.severeBelow)}; ${n(EDGE.normalLow)}–${n(EDGE.normalHigh)}; > ${n(EDGE.hyperAbove)} mmol/L`,
          'artikel; EFSA 2015, HGR 2016; IOM 1997',
        ],
        [
          'tekenen van toxiciteit vanaf',
          `${n(TOXIC_FROM_MMOL_PER_L)} mmol/L`,
          'Jahnen-Dechent & Ketteler 2012',
        ],
        [
          'waarschuwing voor niet-voedingsmagnesium onder',
          `GFR ${n(KIDNEY_WARNING_GFR_ML_PER_MIN)} mL/min`,
          'ernstig nierfalen',
        ],
      ]
    : [
        [
          `UL for supplemental magnesium, from ${SUPPLEMENT_UL_FROM_AGE_YEARS} years`,
          `${n(SUPPLEMENT_UL_MG_PER_DAY)} ${perDay}`,
          'SCF 2001, EFSA',
        ],
        ['diarrhoea likely (LOAEL)', `${n(LAXATIVE_LIKELY_MG_PER_DAY)} ${perDay}`, 'IOM 1997'],
        ['toxic hypermagnesaemia from', `${TOXIC_UL_MULTIPLE} × UL`, 'article; EFSA 2006'],
        [
          'serum edges: severe deficiency, normal range, excess',
          `< ${n(EDGE.severeBelow)}; ${n(EDGE.normalLow)}–${n(EDGE.normalHigh)}; > ${n(EDGE.hyperAbove)} mmol/L`,
          'article; EFSA 2015, HGR 2016; IOM 1997',
        ],
        ['signs of toxicity from', `${n(TOXIC_FROM_MMOL_PER_L)} mmol/L`, 'Jahnen-Dechent & Ketteler 2012'],
        [
          'warning on non-food magnesium below',
          `GFR ${n(KIDNEY_WARNING_GFR_ML_PER_MIN)} mL/min`,
          'severe kidney failure',
        ],
      ];
  const table = markdownTable(nl ? ['Waarde', 'Grootte', 'Bron'] : ['Value', 'Size', 'Source'], limits);
  return `${intakes}\n\n${table}`;
}
