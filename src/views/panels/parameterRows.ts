/**
 * Rows for the model-notes tables: each parameter or modifier with its value, unit, source and
 * evidence grade, values formatted for the locale with three significant digits.
 */
import { formatSignificant, type Locale } from '../../i18n/index.ts';
import type { Grade } from '../../model/index.ts';

export interface ParameterRow {
  name: string;
  value: number;
  unit: string;
  source: string;
  grade: Grade;
}

interface Sourced {
  value: number;
  unit: string;
  source: string;
  grade: Grade;
}

export const GRADES: readonly Grade[] = ['S', 'S2', 'E', 'A'];

/** Table rows from a PARAMETERS- or MODIFIERS-shaped record, in declaration order. */
export function parameterRows(table: Readonly<Record<string, Sourced>>): ParameterRow[] {
  return Object.entries(table).map(([name, p]) => ({
    name,
    value: p.value,
    unit: p.unit,
    source: p.source,
    grade: p.grade,
  }));
}

/** A parameter value: three significant digits (0.000274, 13.6, 9.2), whole numbers as they are. */
export function formatParameterValue(locale: Locale, value: number): string {
  if (!Number.isFinite(value)) return '–';
  if (Number.isInteger(value)) return Math.abs(value) >= 1e4 ? value.toExponential(2) : String(value);
  return formatSignificant(locale, value, 3);
}

/** A unit as the table shows it; `null` for a dimensionless quantity (unit '1'). */
export const displayUnit = (unit: string): string | null => (unit === '1' ? null : unit);

/** A camelCase name in parts, so a narrow table can wrap it between words: ['serum', 'Ref', 'Mmol', 'Per', 'L']. */
export const nameParts = (name: string): string[] => name.split(/(?=[A-Z])/);
