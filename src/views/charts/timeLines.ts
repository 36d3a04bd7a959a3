/**
 * Builds what the multi-line time charts (stores, flows) hand to TimeChart: the lines with their
 * styles and factors, the y extent, the text-alternative rows and the legend. Pure functions.
 */
import type { Series } from '../../model/index.ts';
import { extentOfLines, type Domain } from './domains.ts';
import type { LineStyle } from './series.ts';
import { firstOf, lastOf } from './series.ts';
import type { LegendItem, TableRow, TimeLine } from './types.ts';

export function timeLines(
  styles: readonly LineStyle[],
  history: Series,
  projection: Series,
  factorOf: (style: LineStyle) => number,
  labelOf: (style: LineStyle) => string,
  highlighted: readonly string[] = [],
): TimeLine[] {
  return styles.map((s) => ({
    id: s.id,
    label: labelOf(s),
    stroke: s.stroke,
    dash: s.dash,
    factor: factorOf(s),
    history: history[s.series],
    projection: projection[s.series],
    highlighted: highlighted.includes(s.id),
  }));
}

export const linesExtent = (lines: readonly TimeLine[]): Domain | null =>
  extentOfLines(lines.map((l) => ({ arrays: [l.history, l.projection], factor: l.factor })));

/** One row per line: the value at the start, now (last history row) and at the projection's end. */
export function timeTableRows(lines: readonly TimeLine[], format: (v: number) => string): TableRow[] {
  return lines.map((l) => ({
    header: l.label ?? l.id,
    cells: [firstOf(l.history), lastOf(l.history), lastOf(l.projection)].map((v) => format(v * l.factor)),
  }));
}

/** History vs projection, for charts whose lines differ by colour and dash (drawn in text colour). */
export function historyProjectionLegend(historyLabel: string, projectionLabel: string): LegendItem[] {
  return [
    { label: historyLabel, stroke: 'var(--text)' },
    { label: projectionLabel, stroke: 'var(--text)', faint: true },
  ];
}

/**
 * Room for direct labels right of the plot: a rough width of the longest label at 14 px bold
 * (pass a larger width per character for larger text, as in presentation mode).
 */
export function labelRoom(labels: readonly string[], pxPerChar = 8.8): number {
  const longest = labels.reduce((m, l) => Math.max(m, l.length), 0);
  return Math.ceil(16 + longest * pxPerChar);
}
