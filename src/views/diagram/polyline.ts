/** Polyline helpers for the diagram's arrows: length, points along them, trimming, arrowheads. */
import type { Point } from './geometry.ts';

export function polylineLength(points: readonly Point[]): number {
  let length = 0;
  for (let i = 1; i < points.length; i++)
    length += Math.hypot(points[i][0] - points[i - 1][0], points[i][1] - points[i - 1][1]);
  return length;
}

/** The point a fraction `t` (0–1, clamped) of the way along the polyline, and the direction there. */
export function pointAt(points: readonly Point[], t: number): { x: number; y: number; angle: number } {
  const total = polylineLength(points);
  let remaining = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0)) * total;
  for (let i = 1; i < points.length; i++) {
    const [x0, y0] = points[i - 1];
    const [x1, y1] = points[i];
    const segment = Math.hypot(x1 - x0, y1 - y0);
    if (remaining <= segment || i === points.length - 1) {
      const f = segment > 0 ? Math.min(1, remaining / segment) : 0;
      return { x: x0 + (x1 - x0) * f, y: y0 + (y1 - y0) * f, angle: Math.atan2(y1 - y0, x1 - x0) };
    }
    remaining -= segment;
  }
  const [x, y] = points[0] ?? [0, 0];
  return { x, y, angle: 0 };
}

/** The polyline shortened by `length` at its end (room for an arrowhead). */
export function trimEnd(points: readonly Point[], length: number): Point[] {
  const total = polylineLength(points);
  if (points.length < 2 || total <= 0) return [...points];
  const keep = Math.max(0, total - length) / total;
  const out: Point[] = [points[0]];
  let walked = 0;
  for (let i = 1; i < points.length; i++) {
    const segment = Math.hypot(points[i][0] - points[i - 1][0], points[i][1] - points[i - 1][1]);
    if (walked + segment >= keep * total) {
      const end = pointAt(points, keep);
      out.push([end.x, end.y]);
      return out;
    }
    out.push(points[i]);
    walked += segment;
  }
  return out;
}

export const pathD = (points: readonly Point[]): string =>
  points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${round(x)} ${round(y)}`).join(' ');

/** A triangle with its tip at the end of the polyline, pointing along the last segment. */
export function arrowHead(points: readonly Point[], width: number): string {
  const { x, y, angle } = pointAt(points, 1);
  const length = headLength(width);
  const half = Math.max(width * 0.95, width / 2 + 6);
  const bx = x - Math.cos(angle) * length;
  const by = y - Math.sin(angle) * length;
  const nx = -Math.sin(angle) * half;
  const ny = Math.cos(angle) * half;
  return [
    [x, y],
    [bx + nx, by + ny],
    [bx - nx, by - ny],
  ]
    .map(([px, py]) => `${round(px)},${round(py)}`)
    .join(' ');
}

export const headLength = (width: number): number => Math.max(12, width * 1.1);

const round = (v: number): number => Math.round(v * 10) / 10;
