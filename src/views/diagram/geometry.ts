/**
 * Geometry of the body diagram, in viewBox units: where each vessel and organ sits, how big a
 * vessel is (area ∝ the healthy content of its pool), the arrow paths, how wide an arrow is for a
 * flux, and where the moving particles are at a given moment. Pure functions, no DOM.
 *
 * Layout (a schematic, not anatomy): intake comes in at the top left into the gut; the blood
 * (extracellular fluid) is the hub in the centre; muscle and other soft tissue above it; bone
 * surface and deep bone below it; the kidneys on the right; faeces leave at the bottom left,
 * urine at the bottom right, breast milk to the right and sweat at the top, beside the muscle. Places are keyed by the registry's
 * diagram keys (src/model/registry.ts): a flow is drawn when its entry names a place here.
 */
import type { ExchangeId, FlowId, PoolId } from '../../model/index.ts';

export type Point = readonly [number, number];
/** How a flow's label reads: its name over its value, or 'name: value' on one line. */
export type FlowLabelForm = 'twoLines' | 'oneLine';

export const VIEW_WIDTH = 760;
export const VIEW_HEIGHT = 520;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** viewBox units² of vessel per mg of healthy content: the one scale that makes sizes comparable. */
export const AREA_PER_MG = 2.4;
/** The smallest vessel drawn (the blood holds ~1% of the body's Mg; to scale it is tiny). */
export const MIN_VESSEL_AREA = 400;

/**
 * A vessel of the given width whose area is proportional to the reference content (never
 * smaller than `minArea`). `toScale` is false when the minimum made it bigger than its share.
 */
export function vesselRect(
  referenceMg: number,
  centre: Point,
  width: number,
  areaPerMg = AREA_PER_MG,
  minArea = MIN_VESSEL_AREA,
): Rect & { toScale: boolean } {
  const trueArea = Math.max(0, Number.isFinite(referenceMg) ? referenceMg : 0) * areaPerMg;
  const area = Math.max(trueArea, minArea);
  const height = area / width;
  return { x: centre[0] - width / 2, y: centre[1] - height / 2, width, height, toScale: area === trueArea };
}

export type LabelPlacement = 'hub' | 'inside' | 'left' | 'below';

/** Centre and width of each vessel (heights follow from the content), and where its label goes. */
export const VESSEL_PLACES: Record<PoolId, { centre: Point; width: number; label: LabelPlacement }> = {
  extracellular: { centre: [432, 238], width: 23, label: 'hub' },
  muscle: { centre: [366, 92], width: 150, label: 'inside' },
  softTissue: { centre: [572, 362], width: 150, label: 'below' },
  boneSurface: { centre: [366, 362], width: 240, label: 'left' },
  deepBone: { centre: [366, 459], width: 240, label: 'inside' },
};

/** The blood hub: the box every flow passes through; the to-scale blood vessel sits inside it. */
export const HUB: Rect = { x: 284, y: 218, width: 168, height: 78 };
export const GUT: Rect = { x: 4, y: 180, width: 158, height: 150 };
export const KIDNEY: Rect = { x: 654, y: 300, width: 92, height: 100 };
/** The serum gauge panel, top right. */
export const GAUGE: Rect = { x: 474, y: 2, width: 280, height: 214 };

/** Distance between label baselines, and the size of a two-line label block. */
export const LINE_HEIGHT = 22;
const BLOCK_HEIGHT = LINE_HEIGHT + 15;

/** Where a vessel's two-line label starts (first baseline), clear of the healthy-amount line. */
export function vesselLabelAt(
  rect: Rect,
  placement: LabelPlacement,
): { x: number; y: number; anchor: 'start' | 'middle' | 'end' } {
  switch (placement) {
    case 'hub':
      return { x: HUB.x + 12, y: HUB.y + 28, anchor: 'start' };
    case 'left':
      return { x: rect.x - 10, y: rect.y + rect.height / 2 - BLOCK_HEIGHT / 2 + 15, anchor: 'end' };
    case 'below':
      return { x: rect.x + rect.width / 2, y: rect.y + rect.height + 22, anchor: 'middle' };
    case 'inside': {
      const below = rect.height * REFERENCE_LEVEL;
      return {
        x: rect.x + rect.width / 2,
        y: rect.y + rect.height - below + (below - BLOCK_HEIGHT) / 2 + 15,
        anchor: 'middle',
      };
    }
  }
}

/** Arrow paths (polylines), from source to target. */
export const FLOW_PATHS: Partial<Record<FlowId, readonly Point[]>> = {
  intake: [
    [48, 8],
    [48, 180],
  ],
  absorbed: [
    [162, 240],
    [284, 240],
  ],
  endogenous: [
    [284, 276],
    [162, 276],
  ],
  faeces: [
    [48, 330],
    [48, 512],
  ],
  urine: [
    [452, 284],
    [700, 284],
    [700, 512],
  ],
  milk: [
    [452, 238],
    [754, 238],
  ],
  sweat: [
    [448, 218],
    [448, 4],
  ],
};

/** Exchange links, drawn from the blood (or bone surface) towards the tissue pool. */
export const EXCHANGE_PATHS: Record<ExchangeId, readonly Point[]> = {
  muscle: [
    [366, 218],
    [366, 141],
  ],
  softTissue: [
    [436, 296],
    [436, 312],
    [572, 312],
    [572, 335],
  ],
  boneSurface: [
    [366, 296],
    [366, 338],
  ],
  deepBone: [
    [366, 386],
    [366, 411],
  ],
};

/** Where the value of each exchange is written. */
export const EXCHANGE_LABELS: Record<
  ExchangeId,
  { x: number; y: number; anchor: 'start' | 'middle' | 'end' }
> = {
  muscle: { x: 356, y: 170, anchor: 'end' },
  softTissue: { x: 500, y: 331, anchor: 'start' },
  boneSurface: { x: 374, y: 324, anchor: 'start' },
  deepBone: { x: 376, y: 405, anchor: 'start' },
};

/** Where each flow's name and value are written (first baseline), and in which form. */
export const FLOW_LABELS: Partial<
  Record<
    FlowId,
    { x: number; y: number; anchor: 'start' | 'middle' | 'end'; form: FlowLabelForm; lineHeight?: number }
  >
> = {
  intake: { x: 70, y: 26, anchor: 'start', form: 'twoLines' },
  absorbed: { x: 223, y: 200, anchor: 'middle', form: 'twoLines' },
  // Under its arrow, left-aligned so a name with an explanation line fits above the bone surface.
  endogenous: { x: 166, y: 299, anchor: 'start', form: 'twoLines', lineHeight: 19 },
  faeces: { x: 70, y: 452, anchor: 'start', form: 'twoLines' },
  urine: { x: 688, y: 468, anchor: 'end', form: 'twoLines' },
  milk: { x: 752, y: 266, anchor: 'end', form: 'oneLine' },
  sweat: { x: 436, y: 22, anchor: 'end', form: 'oneLine' },
};

/** Fill height of a vessel: the healthy amount fills it to `REFERENCE_LEVEL`; capped at full. */
export const REFERENCE_LEVEL = 0.75;

export function fillFraction(ratioToReference: number): number {
  if (!Number.isFinite(ratioToReference) || ratioToReference <= 0) return 0;
  return Math.min(1, ratioToReference * REFERENCE_LEVEL);
}

export * from './polyline.ts';
export * from './flowScale.ts';
