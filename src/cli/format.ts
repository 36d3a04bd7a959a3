/** The output object as JSON or CSV text (ending in a newline). Numbers are printed unrounded. */
import type { OutputFormat } from './flags.ts';
import type { RunOutput } from './run.ts';

export function formatOutput(output: RunOutput, format: OutputFormat): string {
  return format === 'csv' ? formatCsv(output) : formatJson(output);
}

/** Indented for reading, but arrays of numbers on one line: a year of 25 series stays ~30 lines. */
export function formatJson(value: unknown): string {
  return toJson(value, '') + '\n';
}

function toJson(value: unknown, indent: string): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (value.every((v) => v === null || typeof v !== 'object')) return JSON.stringify(value);
    const inner = indent + '  ';
    return `[\n${value.map((v) => inner + toJson(v, inner)).join(',\n')}\n${indent}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return '{}';
    const inner = indent + '  ';
    const lines = entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${toJson(v, inner)}`);
    return `{\n${lines.join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}

/** A run: one column per series (day first), one row per day. A steady state: quantity,value. */
export function formatCsv(output: RunOutput): string {
  const rows: (string | number)[][] = [];
  const series = output.series;
  if (series) {
    const names = Object.keys(series) as (keyof typeof series)[];
    rows.push(names);
    for (let row = 0; row < series.day.length; row++) rows.push(names.map((n) => series[n][row]));
  } else if (output.steadyState) {
    rows.push(['quantity', 'value'], ...Object.entries(output.steadyState));
  }
  // Names and numbers only: nothing needs quoting.
  return rows.map((r) => r.map(String).join(',')).join('\n') + '\n';
}
