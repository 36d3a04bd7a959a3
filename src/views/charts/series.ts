/**
 * What the pool and flow charts draw: which series, in which colour and dash pattern (so lines
 * differ by more than colour), under which label. Also small readers used by the charts.
 */
import type { MessageKey } from '../../i18n/index.ts';
import type { SeriesName } from '../../model/index.ts';

export interface LineStyle {
  id: string;
  series: SeriesName;
  labelKey: MessageKey;
  /** CSS colour, a theme variable. */
  stroke: string;
  /** SVG stroke-dasharray in px ('' = solid); scaled with the stroke width by the chart. */
  dash: string;
}

export const POOL_LINES: readonly LineStyle[] = [
  {
    id: 'extracellular',
    series: 'extracellularMg',
    labelKey: 'pool.extracellular.short',
    stroke: 'var(--pool-extracellular)',
    dash: '',
  },
  {
    id: 'boneSurface',
    series: 'boneSurfaceMg',
    labelKey: 'pool.boneSurface.short',
    stroke: 'var(--pool-bone-surface)',
    dash: '10 5',
  },
  {
    id: 'deepBone',
    series: 'deepBoneMg',
    labelKey: 'pool.deepBone.short',
    stroke: 'var(--pool-deep-bone)',
    dash: '2 5',
  },
  {
    id: 'muscle',
    series: 'muscleMg',
    labelKey: 'pool.muscle.short',
    stroke: 'var(--pool-muscle)',
    dash: '14 4 3 4',
  },
  {
    id: 'softTissue',
    series: 'softTissueMg',
    labelKey: 'pool.softTissue.short',
    stroke: 'var(--pool-soft-tissue)',
    dash: '6 3',
  },
];

export const FLOW_LINES: readonly LineStyle[] = [
  { id: 'intake', series: 'intakeMgPerDay', labelKey: 'flow.intake', stroke: 'var(--flow-intake)', dash: '' },
  {
    id: 'absorbed',
    series: 'absorbedMgPerDay',
    labelKey: 'charts.flow.absorbed',
    stroke: 'var(--flow-absorbed)',
    dash: '10 5',
  },
  { id: 'urine', series: 'urineMgPerDay', labelKey: 'flow.urine', stroke: 'var(--flow-urine)', dash: '2 5' },
  {
    id: 'faeces',
    series: 'faecesMgPerDay',
    labelKey: 'flow.faeces',
    stroke: 'var(--flow-faeces)',
    dash: '14 4 3 4',
  },
];

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
