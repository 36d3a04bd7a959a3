/**
 * What the pool and flow charts draw: which series, in which colour and dash pattern (so lines
 * differ by more than colour), under which label. Also small readers used by the charts.
 */
import { flowShortKey, poolShortKey, type MessageKey } from '../../i18n/index.ts';
import type { SeriesName } from '../../model/index.ts';
import { flowById, poolById } from '../../state/modelFacts.ts';

export interface LineStyle {
  id: string;
  series: SeriesName;
  labelKey: MessageKey;
  /** CSS colour, a theme variable. */
  stroke: string;
  /** SVG stroke-dasharray in px ('' = solid); scaled with the stroke width by the chart. */
  dash: string;
}

/** Pools in the chart's order (bone next to blood), each with its own dash pattern. */
export const POOL_LINES: readonly LineStyle[] = (
  [
    ['extracellular', ''],
    ['boneSurface', '10 5'],
    ['deepBone', '2 5'],
    ['muscle', '14 4 3 4'],
    ['softTissue', '6 3'],
  ] as const
).map(([id, dash]) => {
  const p = poolById(id);
  return { id, series: p.series, labelKey: poolShortKey(p), stroke: `var(--${p.colour})`, dash };
});

/** The flows the chart draws (in, absorbed, the two main exits), each with its own dash pattern. */
export const FLOW_LINES: readonly LineStyle[] = (
  [
    ['intake', ''],
    ['absorbed', '10 5'],
    ['urine', '2 5'],
    ['faeces', '14 4 3 4'],
  ] as const
).map(([id, dash]) => {
  const f = flowById(id);
  return { id, series: f.series, labelKey: flowShortKey(f), stroke: `var(--${f.colour})`, dash };
});

/** The last value of a column (NaN when empty). */
export const lastOf = (a: ArrayLike<number>): number => (a.length ? a[a.length - 1] : NaN);

/** The first value of a column (NaN when empty). */
export const firstOf = (a: ArrayLike<number>): number => (a.length ? a[0] : NaN);

/** The value on `day` of a daily column whose days are consecutive from days[0] (nearest row). */
export function valueAtDay(days: ArrayLike<number>, values: ArrayLike<number>, day: number): number {
  const n = Math.min(days.length, values.length);
  if (n === 0 || !Number.isFinite(day)) return NaN;
  const i = Math.round(day - days[0]);
  return i < 0 || i >= n ? NaN : values[i];
}
