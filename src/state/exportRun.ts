/**
 * The run as CSV for a lab report: one row per simulated day with every series, column headings
 * with units, and the scenario, the settings at day 0 and the changes during the run above it as
 * comment lines (`#`), all in the page's language. Pure (no DOM).
 *
 * Dutch files use `;` between fields and a decimal comma, as a Belgian spreadsheet opens them;
 * English files use `,` and a decimal point. The second comment line says which.
 */
import {
  conditionKey,
  diureticKey,
  inputLabelKey,
  inputUnitKey,
  ppiKey,
  scenarioKeys,
  sexKey,
  supplementFormKey,
  translate,
  type Locale,
  type MessageKey,
} from '../i18n/index.ts';
import { SERIES_NAMES, type ModelInputs, type NumericInput, type Series } from '../model/index.ts';
import type { ScenarioId } from '../scenarios/scenarios.ts';
import type { RunAction } from './runLog.ts';

export const CSV_FORMAT: Record<Locale, { separator: string; decimal: string }> = {
  nl: { separator: ';', decimal: ',' },
  en: { separator: ',', decimal: '.' },
};

/** Significant enough for any value shown on screen, and short enough for a spreadsheet. */
const DECIMALS = 4;

export interface RunExport {
  locale: Locale;
  scenarioId: string | null;
  startInputs: ModelInputs;
  actions: readonly RunAction[];
  history: Series;
}

export function runCsv({ locale, scenarioId, startInputs, actions, history }: RunExport): string {
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(locale, key, params);
  const { separator, decimal } = CSV_FORMAT[locale];
  const number = (v: number) =>
    Number.isFinite(v) ? String(Number(v.toFixed(DECIMALS))).replace('.', decimal) : '';
  const day = (d: number) => number(d);
  const comments = [
    t('export.csv.title'),
    t('export.csv.format'),
    scenarioId
      ? t('export.csv.scenario', { name: t(scenarioKeys(scenarioId as ScenarioId).title) })
      : t('export.csv.noScenario'),
    t('export.csv.settings'),
    ...(Object.keys(startInputs) as (keyof ModelInputs)[]).map((name) =>
      t('export.csv.setting', {
        label: t(inputLabelKey(name)),
        value: inputText(locale, name, startInputs[name]),
      }),
    ),
  ];
  if (actions.length) comments.push(t('export.csv.eventsTitle'));
  for (const action of actions) {
    if (action.kind === 'steady') comments.push(t('export.csv.steadyState', { day: day(action.day) }));
    else
      for (const name of Object.keys(action.changes) as (keyof ModelInputs)[])
        comments.push(
          t('export.csv.event', {
            day: day(action.day),
            label: t(inputLabelKey(name)),
            value: inputText(locale, name, action.changes[name]!),
          }),
        );
  }
  const rows = history.day.length;
  comments.push(t('export.csv.days', { day: day(rows ? history.day[rows - 1] : 0) }));

  const lines = comments.map((c) => `# ${c}`);
  lines.push(SERIES_NAMES.map((name) => quote(t(`export.column.${name}`), separator)).join(separator));
  for (let i = 0; i < rows; i++)
    lines.push(SERIES_NAMES.map((name) => number(history[name][i])).join(separator));
  return lines.join('\r\n') + '\r\n';
}

/** A field with the separator, a quote or a line break in it is quoted (RFC 4180). */
function quote(field: string, separator: string): string {
  return field.includes(separator) || /["\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

/** An input's value as words and numbers of the page's language. */
export function inputText(
  locale: Locale,
  name: keyof ModelInputs,
  value: ModelInputs[keyof ModelInputs],
): string {
  const t = (key: MessageKey) => translate(locale, key);
  switch (name) {
    case 'diuretic':
      return t(diureticKey(value as ModelInputs['diuretic']));
    case 'ppi':
      return t(ppiKey(value as ModelInputs['ppi']));
    case 'sex':
      return t(sexKey(value as ModelInputs['sex']));
    case 'supplementForm':
      return t(supplementFormKey(value as ModelInputs['supplementForm']));
    case 'conditions': {
      const list = value as ModelInputs['conditions'];
      return list.length ? list.map((c) => t(conditionKey(c))).join(' + ') : t('export.none');
    }
    case 'fermentableFibre':
      return t(value ? 'export.yes' : 'export.no');
    default: {
      const n = String(Number((value as number).toFixed(DECIMALS))).replace('.', CSV_FORMAT[locale].decimal);
      return `${n} ${t(inputUnitKey(name as NumericInput))}`;
    }
  }
}
