/**
 * The calibration table of docs/model.md §5.2, printed from the targets the validation tests check
 * (src/model/evidence/targets.ts): one row per check with the published value, the range its
 * source supports, the model's value computed now, and the target's source. Known mismatches are
 * marked ✗ and listed under the table with their reason, as the targets state them.
 */
import { evaluateTarget, TARGETS, type CalibrationTarget } from '../../src/model/evidence/targets.ts';
import { docNumber, markdownTable, unitFor, type DocLocale } from './tables.ts';

/** A model value with three significant digits (whole numbers from 100 on), as the document writes it. */
export function modelNumber(value: number, locale: DocLocale): string {
  if (!Number.isFinite(value)) return '–';
  const rounded = Math.abs(value) >= 100 ? String(Math.round(value)) : value.toPrecision(3);
  return docNumber(Number(rounded) === 0 ? '0' : rounded, locale);
}

/** The accepted range of a check: 'a–b', or '≥ a' / '≤ b' for a one-sided bound. */
export function rangeText(low: number, high: number, locale: DocLocale): string {
  const n = (v: number) => docNumber(v, locale);
  if (high === Infinity) return low > 0 && low < 1e-6 ? '> 0' : `≥ ${n(low)}`;
  if (low === -Infinity) return `≤ ${n(high)}`;
  return `${n(low)} ${locale === 'nl' ? 'tot' : 'to'} ${n(high)}`;
}

/** A published value as the source prints it, with decimal commas in Dutch. */
const docText = (text: string, locale: DocLocale): string =>
  locale === 'nl' ? text.replace(/(\d)\.(\d)/g, '$1,$2') : text;

const VERDICT = {
  en: { pass: '✓', fail: '✗', known: '✗ (known)' },
  nl: { pass: '✓', fail: '✗', known: '✗ (gekend)' },
} as const;

function targetRows(target: CalibrationTarget, locale: DocLocale): string[][] {
  return evaluateTarget(target).map((r, i) => {
    const check = target.checks[i];
    const unit = unitFor(check.unit, locale);
    const withUnit = (text: string) => (unit === '%' ? `${text}%` : `${text} ${unit}`);
    const verdict = r.pass
      ? VERDICT[locale].pass
      : r.knownMismatch
        ? VERDICT[locale].known
        : VERDICT[locale].fail;
    return [
      i === 0 ? target.id : '',
      i === 0 ? target.title[locale] : '',
      check.label[locale],
      check.published === null ? '–' : docText(check.published, locale),
      withUnit(rangeText(r.low, r.high, locale)),
      withUnit(modelNumber(r.value, locale)),
      verdict,
      i === 0 ? `${target.source} (${target.grade})` : '',
    ];
  });
}

export function calibrationTable(locale: DocLocale): string {
  const header =
    locale === 'nl'
      ? ['#', 'Doel', 'Toets', 'Gepubliceerd', 'Aanvaard bereik', 'Model (nu)', '', 'Bron (graad)']
      : ['#', 'Target', 'Check', 'Published', 'Accepted range', 'Model (now)', '', 'Source (grade)'];
  const table = markdownTable(
    header,
    TARGETS.flatMap((t) => targetRows(t, locale)),
  );
  const known = TARGETS.flatMap((t) =>
    t.checks.flatMap((c) =>
      c.knownMismatch ? [`- ${t.id}, ${c.label[locale]}: ${c.knownMismatch[locale]}`] : [],
    ),
  );
  const title = locale === 'nl' ? 'Gekende afwijkingen (✗):' : 'Known mismatches (✗):';
  return known.length ? `${table}\n\n${title}\n\n${known.join('\n')}` : table;
}
