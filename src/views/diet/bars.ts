/**
 * Geometry of the diet builder's horizontal bar charts: labels on the left, bars (possibly split
 * into segments, e.g. food + water + supplement) in the middle, the value to the right of each bar,
 * and vertical reference marks (AI, UL). Pure: the Svelte component only draws what this returns.
 */
import { scaleLinear } from 'd3-scale';

export type BarPattern = 'solid' | 'hatch' | 'dots';

export interface BarSegment {
  value: number;
  /** A CSS colour, normally var(--…). */
  fill: string;
  /** Meaning never by colour alone: water is hatched, a supplement dotted. */
  pattern?: BarPattern;
}

export interface BarRow {
  id: string;
  /** Shown left of the bar (short). */
  label: string;
  /** A second, smaller line under the label. */
  note?: string;
  segments: readonly BarSegment[];
  /** Shown right of the bar, e.g. '138 mg'. */
  valueText: string;
  /** Drawn bold (e.g. a food on the current menu). */
  strong?: boolean;
}

export interface BarMarker {
  value: number;
  label: string;
}

export interface BarLayoutOptions {
  width: number;
  max: number;
  rowHeight: number;
  /** Space above the rows for marker labels (0 without markers). */
  top: number;
  labelWidth: number;
  valueWidth: number;
  /** Bar thickness as a share of the row height. */
  barShare?: number;
  /**
   * Where the value text goes: right after its bar ('bar'), or right-aligned in the value column
   * ('end': keeps values clear of reference marks).
   */
  valueAt?: 'bar' | 'end';
}

export interface PlacedSegment extends BarSegment {
  x: number;
  width: number;
}

export interface PlacedRow {
  row: BarRow;
  y: number;
  barY: number;
  barHeight: number;
  segments: PlacedSegment[];
  /** Where the value text is anchored (its start, or its end with valueAt 'end'). */
  valueX: number;
}

export interface BarLayout {
  height: number;
  x0: number;
  rows: PlacedRow[];
  /** labelX keeps a mark's label inside the chart. */
  markers: (BarMarker & { x: number; labelX: number })[];
}

const positive = (v: number): number => (Number.isFinite(v) && v > 0 ? v : 0);

export function layoutBars(
  rows: readonly BarRow[],
  markers: readonly BarMarker[],
  o: BarLayoutOptions,
): BarLayout {
  const x0 = o.labelWidth;
  const inner = Math.max(20, o.width - o.labelWidth - o.valueWidth);
  const scale = scaleLinear()
    .domain([0, o.max > 0 ? o.max : 1])
    .range([0, inner])
    .clamp(true);
  const barHeight = Math.round(o.rowHeight * (o.barShare ?? 0.62));
  const placed = rows.map((row, i) => {
    const y = o.top + i * o.rowHeight;
    let sum = 0;
    const segments: PlacedSegment[] = [];
    for (const s of row.segments) {
      const v = positive(s.value);
      if (v === 0) continue;
      const x = x0 + scale(sum);
      sum += v;
      segments.push({ ...s, x, width: Math.max(1, x0 + scale(sum) - x) });
    }
    return {
      row,
      y,
      barY: y + (o.rowHeight - barHeight) / 2,
      barHeight,
      segments,
      valueX: o.valueAt === 'end' ? o.width - 2 : x0 + scale(sum) + 6,
    };
  });
  return {
    height: o.top + rows.length * o.rowHeight + 2,
    x0,
    rows: placed,
    markers: markers
      .filter((m) => Number.isFinite(m.value))
      .map((m) => ({ ...m, x: x0 + scale(m.value), labelX: Math.min(x0 + scale(m.value), o.width - 40) })),
  };
}

/** The label column: a share of the width, within bounds, so bars keep room on a narrow screen. */
export const labelWidthFor = (width: number, share: number, min = 90, max = 260): number =>
  Math.round(Math.min(max, Math.max(min, width * share)));
