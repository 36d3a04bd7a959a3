/**
 * What the diagram reads from the simulation, as plain numbers: each pool against the healthy
 * reference, the net daily exchange between the blood and each tissue, and the shape that marks
 * a serum band (so colour is never the only carrier). Pure functions, no DOM.
 */
import type { BandId, ExchangeId, Pool, PoolId, SeriesName } from '../../model/index.ts';
import { EXCHANGES, POOLS } from '../../state/modelFacts.ts';

export interface PoolReadout {
  id: PoolId;
  pool: Pool;
  mg: number;
  referenceMg: number;
  /** Content relative to the healthy reference (1 = healthy). */
  ratio: number;
  /** Share of the whole body's Mg right now (0–1). */
  share: number;
}

type Row = Partial<Record<SeriesName, number>>;

export function poolReadouts(current: Row, reference: Row): PoolReadout[] {
  const total = current.totalBodyMg ?? POOLS.reduce((sum, p) => sum + (current[p.series] ?? 0), 0);
  return POOLS.map((pool) => {
    const mg = current[pool.series] ?? NaN;
    const referenceMg = reference[pool.series] ?? NaN;
    return {
      id: pool.id,
      pool,
      mg,
      referenceMg,
      ratio: mg / referenceMg,
      share: total > 0 ? mg / total : NaN,
    };
  });
}

/**
 * Net daily exchange between the blood and each tissue right now (mg/day; positive = into the
 * tissue). Bone counts the bone surface's uptake from the blood (the deep-bone share moves on
 * from the surface).
 */
export function exchangeRates(now: Row): Record<ExchangeId, number> {
  return Object.fromEntries(EXCHANGES.map((x) => [x.id, now[x.series] ?? 0])) as Record<ExchangeId, number>;
}

/** Below this (mg/day) an exchange counts as balanced: no direction is drawn. */
export const BALANCED_MG_PER_DAY = 0.05;

export type Direction = 'in' | 'out' | 'balanced';

export const directionOf = (mgPerDay: number): Direction =>
  !Number.isFinite(mgPerDay) || Math.abs(mgPerDay) < BALANCED_MG_PER_DAY
    ? 'balanced'
    : mgPerDay > 0
      ? 'in'
      : 'out';

/**
 * An SVG path for the shape that marks a band, centred on 0,0, about `size` across: circle for
 * normal, one or two triangles pointing down (low) or up (high).
 */
export function bandIconPath(band: BandId, size = 16): string {
  const h = size / 2;
  const tri = (dy: number, up: boolean, s: number): string => {
    const t = s / 2;
    return up
      ? `M${-t} ${dy + t * 0.8}L${t} ${dy + t * 0.8}L0 ${dy - t * 0.8}Z`
      : `M${-t} ${dy - t * 0.8}L${t} ${dy - t * 0.8}L0 ${dy + t * 0.8}Z`;
  };
  switch (band) {
    case 'normal':
      return `M${-h} 0A${h} ${h} 0 1 0 ${h} 0A${h} ${h} 0 1 0 ${-h} 0Z`;
    case 'hypo':
      return tri(0, false, size);
    case 'high-normal':
      return tri(0, true, size);
    case 'severe-hypo':
      return tri(-h * 0.55, false, size * 0.75) + tri(h * 0.55, false, size * 0.75);
    case 'hyper':
      return tri(-h * 0.55, true, size * 0.75) + tri(h * 0.55, true, size * 0.75);
  }
}

/** The serum scale of the gauge, mmol/L: wide enough for severe deficiency and clear excess. */
export const GAUGE_DOMAIN: readonly [number, number] = [0.2, 1.6];

/** The unit keys for amounts and for amounts per day, following the mg/mmol toggle. */
export const amountUnitKey = (unit: 'mg' | 'mmol'): 'unit.mg' | 'unit.mmol' =>
  unit === 'mg' ? 'unit.mg' : 'unit.mmol';
export const rateUnitKey = (unit: 'mg' | 'mmol'): 'unit.mgPerDay' | 'unit.mmolPerDay' =>
  unit === 'mg' ? 'unit.mgPerDay' : 'unit.mmolPerDay';
