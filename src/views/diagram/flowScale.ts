/**
 * How a flux (mg/day) is drawn: arrow width on a square-root scale (the legend shows it), and
 * moving particles whose number grows with the flux (log-scaled: they show direction and "more").
 */
import { scaleSqrt } from 'd3-scale';
import type { Point } from './geometry.ts';
import { pointAt, polylineLength } from './polyline.ts';

/**
 * Width in viewBox units: the square root of the flux, so four times the flux draws an arrow twice
 * as wide and 1,817 vs 179 mg/day looks 3.2× apart (a log scale made it 1.6×). Flows above
 * `fluxAtMaxMgPerDay` are drawn at `max`; the thinnest arrow is `min` wide, so it stays visible
 * (2 px on a projector in presentation mode, the readability floor).
 */
export const ARROW_WIDTH = { min: 2, max: 30, fluxAtMaxMgPerDay: 3000 } as const;

const widthScale = scaleSqrt()
  .domain([0, ARROW_WIDTH.fluxAtMaxMgPerDay])
  .range([0, ARROW_WIDTH.max])
  .clamp(true);

/** Arrow width (viewBox units) for a flux in mg/day. */
export function arrowWidth(mgPerDay: number): number {
  if (!(mgPerDay > 0)) return ARROW_WIDTH.min;
  return Math.max(ARROW_WIDTH.min, widthScale(mgPerDay));
}

/** The reference arrows of the legend's width scale, mg/day. */
export const LEGEND_FLUXES_MG_PER_DAY = [10, 100, 1000] as const;

function logShare(value: number, atMax: number, softness: number): number {
  if (!(value > 0)) return 0;
  return Math.min(1, Math.log1p(value / softness) / Math.log1p(atMax / softness));
}

export const PARTICLES = {
  /** Particles per second on the largest flux. */
  maxPerSecond: 5,
  fluxAtMaxMgPerDay: 3000,
  softnessMgPerDay: 10,
  /** Travel speed along an arrow, viewBox units per second of playing time. */
  speed: 70,
  /** Never more than this on one arrow (keeps a frame cheap). */
  maxCount: 16,
} as const;

/** Particles per second for a flux: grows with the flux (log-scaled), zero for no flux. */
export const particlesPerSecond = (mgPerDay: number): number =>
  PARTICLES.maxPerSecond * logShare(mgPerDay, PARTICLES.fluxAtMaxMgPerDay, PARTICLES.softnessMgPerDay);

/** How many particles are on an arrow of this length at once (at least one when anything flows). */
export function particleCount(mgPerDay: number, pathLength: number): number {
  const rate = particlesPerSecond(mgPerDay);
  if (rate <= 0 || pathLength <= 0) return 0;
  return Math.min(PARTICLES.maxCount, Math.max(1, Math.round((rate * pathLength) / PARTICLES.speed)));
}

const frac = (v: number): number => v - Math.floor(v);

/**
 * Where each of `count` evenly spaced particles is (0 = start, <1 = end of the path), after
 * `seconds` of playing time on a path that takes `periodSeconds` to travel. Deterministic: the
 * same seconds give the same positions, so a paused simulation freezes them.
 */
export function particlePhases(seconds: number, count: number, periodSeconds: number): number[] {
  if (!(count > 0) || !(periodSeconds > 0)) return [];
  const base = frac((Number.isFinite(seconds) ? seconds : 0) / periodSeconds);
  return Array.from({ length: count }, (_, i) => frac(base + i / count));
}

/**
 * The particles of a flow as a dash pattern: evenly spaced dots that all move at one speed are a
 * dashed stroke along the arrow (zero-length dashes with round caps, one per `spacing`) whose
 * offset moves with playing time. `null` when nothing flows.
 */
export function particleTrack(
  points: readonly Point[],
  mgPerDay: number,
): { lengthUnits: number; spacing: number } | null {
  const lengthUnits = polylineLength(points);
  const count = particleCount(mgPerDay, lengthUnits);
  return count > 0 ? { lengthUnits, spacing: lengthUnits / count } : null;
}

/**
 * The dash offset that puts the dots where `particlePoints` puts them after `seconds` of playing
 * time (a negative offset moves the pattern forward along the path).
 */
export function particleDashOffset(seconds: number, spacing: number): number {
  if (!(spacing > 0)) return 0;
  const travelled = (Number.isFinite(seconds) ? seconds : 0) * PARTICLES.speed;
  return -(travelled - Math.floor(travelled / spacing) * spacing);
}

/** Particle centres along a polyline for a flux at a moment of playing time. */
export function particlePoints(
  points: readonly Point[],
  mgPerDay: number,
  seconds: number,
): { x: number; y: number }[] {
  const length = polylineLength(points);
  const count = particleCount(mgPerDay, length);
  return particlePhases(seconds, count, length / PARTICLES.speed).map((t) => {
    const p = pointAt(points, t);
    return { x: p.x, y: p.y };
  });
}
