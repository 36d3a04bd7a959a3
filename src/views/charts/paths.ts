/**
 * SVG path strings for the charts, built with d3-shape: one path per line, at most about one point
 * per pixel (long histories are thinned), coordinates rounded to 0.1 px so the strings are short
 * and deterministic.
 */
import type { ScaleLinear } from 'd3-scale';
import { line } from 'd3-shape';

export type Scale = ScaleLinear<number, number>;

/** Indices 0 … n−1 thinned to at most `maxPoints`, always keeping the first and the last. */
export function sampleIndices(n: number, maxPoints: number): number[] {
  if (n <= 0) return [];
  const most = Math.max(2, Math.floor(maxPoints));
  if (n <= most) return Array.from({ length: n }, (_, i) => i);
  const stride = Math.ceil((n - 1) / (most - 1));
  const out: number[] = [];
  for (let i = 0; i < n - 1; i += stride) out.push(i);
  out.push(n - 1);
  return out;
}

/** A line through (xs[i], ys[i] × factor); non-finite values leave a gap. */
export function seriesPath(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  factor: number,
  x: Scale,
  y: Scale,
  maxPoints = 2000,
): string {
  const n = Math.min(xs.length, ys.length);
  const gen = line<number>()
    .defined((i) => Number.isFinite(ys[i]) && Number.isFinite(xs[i]))
    .x((i) => x(xs[i]))
    .y((i) => y(ys[i] * factor))
    .digits(1);
  return gen(sampleIndices(n, maxPoints)) ?? '';
}

export interface Point {
  x: number;
  y: number;
}

/** A line through points, each coordinate mapped by `fx`/`fy` first (e.g. unit or percent). */
export function curvePath(
  points: readonly Point[],
  x: Scale,
  y: Scale,
  fx: (v: number) => number = (v) => v,
  fy: (v: number) => number = (v) => v,
): string {
  const gen = line<Point>()
    .defined((p) => Number.isFinite(p.x) && Number.isFinite(p.y))
    .x((p) => x(fx(p.x)))
    .y((p) => y(fy(p.y)))
    .digits(1);
  return gen(points as Point[]) ?? '';
}

/** A horizontal band between two values across the whole width (for the normal serum range). */
export function bandRect(lo: number, hi: number, y: Scale): { y: number; height: number } {
  const top = Math.min(y(lo), y(hi));
  const bottom = Math.max(y(lo), y(hi));
  return { y: top, height: bottom - top };
}
