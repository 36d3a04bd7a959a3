/**
 * Geometry of the small range chart of a check: where the accepted range and the model's value
 * sit on a common axis that spans both (with a margin), as fractions 0–1 of the chart's width.
 * An open-ended range (at least …, at most …) runs to the edge of the chart.
 */
import type { EvidenceCheck } from '../../state/evidence.ts';

export interface BarGeometry {
  /** Start and end of the accepted range. */
  from: number;
  to: number;
  openLeft: boolean;
  openRight: boolean;
  /** The model's value (the axis always reaches it). */
  marker: number;
}

const PAD = 0.15;

export function barGeometry(check: Pick<EvidenceCheck, 'low' | 'high' | 'value'>): BarGeometry {
  const { low, high, value } = check;
  const points = [low, high, value].filter(Number.isFinite);
  let min = Math.min(...points);
  let max = Math.max(...points);
  if (!(max > min)) {
    const half = Math.abs(min) * 0.5 || 1;
    min -= half;
    max += half;
  }
  const pad = (max - min) * PAD;
  const lo = min - pad;
  const span = max + pad - lo;
  const at = (v: number) => Math.min(1, Math.max(0, (v - lo) / span));
  return {
    from: Number.isFinite(low) ? at(low) : 0,
    to: Number.isFinite(high) ? at(high) : 1,
    openLeft: !Number.isFinite(low),
    openRight: !Number.isFinite(high),
    marker: Number.isFinite(value) ? at(value) : 0.5,
  };
}
