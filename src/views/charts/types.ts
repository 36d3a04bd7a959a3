/** Shapes shared by the chart components. */
import type { Scale } from './paths.ts';

/** One quantity over time in a time chart: its history (solid) and its projection (ghost). */
export interface TimeLine {
  id: string;
  /** Direct label at the line's end; omit for a chart with a single, axis-named line. */
  label?: string;
  /** CSS colour (a theme variable). */
  stroke: string;
  /** stroke-dasharray ('' = solid): tells lines apart without colour. */
  dash: string;
  /** Display value = stored value × factor (unit conversion, % of reference). */
  factor: number;
  history: Float64Array;
  projection: Float64Array;
  /** Drawn thicker for a moment after a control changed it. */
  highlighted?: boolean;
}

/** A comparison course (grey, dotted, labelled), e.g. the healthy run of a scenario. */
export interface BaselineLine {
  label: string;
  days: Float64Array;
  values: Float64Array;
  factor: number;
}

/** The plot area and its scales, handed to the layers a chart draws behind its lines. */
export interface PlotArea {
  x: Scale;
  y: Scale;
  left: number;
  top: number;
  width: number;
  height: number;
}

/** One entry of a legend under a chart. */
export interface LegendItem {
  label: string;
  stroke: string;
  dash?: string;
  /** Drawn lighter (a projection or a reference curve). */
  faint?: boolean;
  /** A dot instead of a line (the operating point). */
  dot?: boolean;
  /** A shaded band with dashed edges (the uncertainty band). */
  band?: boolean;
}

/** A row of a chart's text alternative. */
export interface TableRow {
  header: string;
  cells: readonly string[];
}
