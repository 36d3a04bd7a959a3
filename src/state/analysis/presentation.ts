/**
 * The analyses as the views show them: pools by id, factors with their label keys, sorted bars,
 * the band in view and what the band means for the clinical read-out. Views get these and render.
 */
import { isMessageKey, inputLabelKey, type MessageKey } from '../../i18n/index.ts';
import { B, D, E, M, PARAMETERS, T, type BandId, type Grade, type PoolId } from '../../model/index.ts';
import {
  bandsSpanned,
  CALIBRATION_ANCHORS,
  GRADE_FACTORS,
  type Factor,
  type Sensitivity,
  type TimeScales,
  type Uncertainty,
} from '../../model/analysis/index.ts';

const POOL_BY_INDEX: Record<number, PoolId> = {
  [E]: 'extracellular',
  [M]: 'muscle',
  [T]: 'softTissue',
  [B]: 'boneSurface',
  [D]: 'deepBone',
};

/** Share of a change still left after this many half-times is 2^-n: 5 half-times leave 3%. */
export const SETTLED_HALF_TIMES = 5;

export interface TimeScaleRow {
  pool: PoolId;
  halfTimeDays: number;
  settledDays: number;
  /** How much of the mode the dominant pool carries, 0–1. */
  share: number;
  oscillates: boolean;
}

export function timeScaleRows(t: TimeScales): TimeScaleRow[] {
  return t.modes.map((m) => ({
    pool: POOL_BY_INDEX[m.dominantPool] ?? 'extracellular',
    halfTimeDays: m.halfTimeDays,
    settledDays: m.halfTimeDays * SETTLED_HALF_TIMES,
    share: m.participation[m.dominantPool] ?? 0,
    oscillates: m.oscillates,
  }));
}

export type SensitivityOutput = 'serum' | 'urine';

export interface SensitivityBar {
  id: string;
  kind: Factor['kind'];
  /** The code name (shown when a parameter has no label yet). */
  name: string;
  labelKey: MessageKey | null;
  grade: Grade | null;
  value: number;
}

export const parameterLabelKey = (name: string): MessageKey | null => {
  const key = `parameter.${name}`;
  return isMessageKey(key) ? key : null;
};

function barOf(factor: Factor, value: number): SensitivityBar {
  const isParameter = factor.kind === 'parameter';
  return {
    id: `${factor.kind}:${factor.name}`,
    kind: factor.kind,
    name: factor.name,
    labelKey: isParameter ? parameterLabelKey(factor.name) : inputLabelKey(factor.name),
    grade: isParameter ? PARAMETERS[factor.name].grade : null,
    value,
  };
}

/** The factors without a local slope here (value 0, whole numbers, structural), as bars of value 0. */
export const skippedFactors = (s: Sensitivity): SensitivityBar[] => s.skipped.map((x) => barOf(x.factor, 0));

/** Below this size an elasticity would show as 0.00: left out of the bars. */
const NEGLIGIBLE = 0.005;

/**
 * Bars largest first, without the calibration anchors (listed apart: serum follows S_ref by
 * construction) and without factors that do nothing here.
 */
export function sensitivityBars(
  s: Sensitivity,
  output: SensitivityOutput,
): { bars: SensitivityBar[]; anchors: SensitivityBar[] } {
  const isAnchor = (f: Factor) => f.kind === 'parameter' && CALIBRATION_ANCHORS.includes(f.name);
  const all = s.elasticities
    .filter((e) => e[output] !== null && Math.abs(e[output] as number) >= NEGLIGIBLE)
    .map((e) => ({ anchor: isAnchor(e.factor), bar: barOf(e.factor, e[output] as number) }))
    .sort((a, b) => Math.abs(b.bar.value) - Math.abs(a.bar.value));
  return {
    bars: all.filter((b) => !b.anchor).map((b) => b.bar),
    anchors: all.filter((b) => b.anchor).map((b) => b.bar),
  };
}

export interface BandView {
  days: Float64Array;
  low: Float64Array;
  high: Float64Array;
}

/** Index of the band's row for today: the last day at or before it (the clock may have moved on). */
export function bandStartIndex(u: Uncertainty, today: number): number {
  const days = u.band.days;
  let first = 0;
  while (first < days.length - 2 && days[first + 1] <= today) first++;
  return first;
}

/** The band from a row on. */
export function bandFromIndex(u: Uncertainty, first: number): BandView {
  return {
    days: u.band.days.subarray(first),
    low: u.band.p05.subarray(first),
    high: u.band.p95.subarray(first),
  };
}

/** The band from today on. */
export const bandFrom = (u: Uncertainty, today: number): BandView =>
  bandFromIndex(u, bandStartIndex(u, today));

export interface Certainty {
  low: number;
  high: number;
  bands: BandId[];
}

const certaintyOf = (low: number, high: number): Certainty => ({ low, high, bands: bandsSpanned(low, high) });

export interface CertaintyNow {
  now: Certainty;
  end: Certainty;
  endDay: number;
  steady: Certainty;
}

/** The 5–95% range now, at the end of the band, and at the steady state. */
export const certainty = (u: Uncertainty, today: number): CertaintyNow =>
  certaintyFromIndex(u, bandStartIndex(u, today));

export function certaintyFromIndex(u: Uncertainty, first: number): CertaintyNow {
  const b = bandFromIndex(u, first);
  const last = b.days.length - 1;
  const s = u.steady.serumMmolPerL;
  return {
    now: certaintyOf(b.low[0], b.high[0]),
    end: certaintyOf(b.low[last], b.high[last]),
    endDay: b.days[last],
    steady: certaintyOf(s.p05, s.p95),
  };
}

/** The grade ranges, for the notes: ×/÷ factor per grade. */
export const GRADE_RANGE_ROWS: readonly { grade: Grade; factor: number }[] = (
  Object.entries(GRADE_FACTORS) as [Grade, number][]
).map(([grade, factor]) => ({ grade, factor }));
