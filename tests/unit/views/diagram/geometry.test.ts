/** The diagram's geometry: vessel sizes, arrow widths, paths and particle positions. */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_INPUTS,
  FLOWS,
  POOL_IDS,
  POOLS,
  steadyStateReport,
  type PoolId,
} from '../../../../src/model/index.ts';
import {
  AREA_PER_MG,
  arrowHead,
  arrowWidth,
  ARROW_WIDTH,
  EXCHANGE_PATHS,
  fillFraction,
  FLOW_LABELS,
  FLOW_PATHS,
  GAUGE,
  GUT,
  HUB,
  KIDNEY,
  MIN_VESSEL_AREA,
  particleCount,
  particleDashOffset,
  particleTrack,
  particlePhases,
  particlePoints,
  PARTICLES,
  pointAt,
  polylineLength,
  REFERENCE_LEVEL,
  trimEnd,
  VESSEL_PLACES,
  vesselLabelAt,
  vesselRect,
  VIEW_HEIGHT,
  VIEW_WIDTH,
  type Point,
  type Rect,
} from '../../../../src/views/diagram/geometry.ts';

const reference = steadyStateReport(DEFAULT_INPUTS);
const rects = Object.fromEntries(
  POOLS.map(({ id, series }) => [
    id,
    vesselRect(reference[series], VESSEL_PLACES[id].centre, VESSEL_PLACES[id].width),
  ]),
) as Record<PoolId, ReturnType<typeof vesselRect>>;
const area = (r: Rect) => r.width * r.height;

describe('vesselRect', () => {
  it.each([
    { mg: 1000, width: 100, height: 24, toScale: true },
    { mg: 5000, width: 200, height: 60, toScale: true },
    { mg: 100, width: 20, height: MIN_VESSEL_AREA / 20, toScale: false },
    { mg: 0, width: 20, height: MIN_VESSEL_AREA / 20, toScale: false },
    { mg: NaN, width: 20, height: MIN_VESSEL_AREA / 20, toScale: false },
  ])('$mg mg at width $width → height $height', ({ mg, width, height, toScale }) => {
    const r = vesselRect(mg, [50, 80], width);
    expect(r.width).toBe(width);
    expect(r.height).toBeCloseTo(height, 9);
    expect(r.toScale).toBe(toScale);
    expect(r.x + r.width / 2).toBeCloseTo(50, 9);
    expect(r.y + r.height / 2).toBeCloseTo(80, 9);
  });

  it('draws every pool with an area proportional to its healthy content', () => {
    for (const { id, series } of POOLS) {
      expect(rects[id].toScale, id).toBe(true);
      expect(area(rects[id]) / reference[series], id).toBeCloseTo(AREA_PER_MG, 9);
    }
  });

  it('shows bone as ~60%, muscle ~25% and the blood ~1% of the drawn area', () => {
    const total = POOL_IDS.reduce((sum, id) => sum + area(rects[id]), 0);
    const bone = (area(rects.boneSurface) + area(rects.deepBone)) / total;
    expect(bone).toBeGreaterThan(0.55);
    expect(bone).toBeLessThan(0.65);
    expect(area(rects.muscle) / total).toBeCloseTo(0.25, 1);
    expect(area(rects.extracellular) / total).toBeLessThan(0.015);
    // …and the blood vessel stays visible (at least ~20 units across).
    expect(Math.min(rects.extracellular.width, rects.extracellular.height)).toBeGreaterThanOrEqual(20);
  });
});

describe('layout', () => {
  const inside = (r: Rect) =>
    r.x >= 0 && r.y >= 0 && r.x + r.width <= VIEW_WIDTH && r.y + r.height <= VIEW_HEIGHT;
  const overlap = (a: Rect, b: Rect) =>
    a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

  it('keeps every shape and path inside the viewBox', () => {
    for (const r of [...Object.values(rects), HUB, GUT, KIDNEY, GAUGE]) expect(inside(r)).toBe(true);
    for (const path of [...Object.values(FLOW_PATHS), ...Object.values(EXCHANGE_PATHS)])
      for (const [x, y] of path) expect(inside({ x, y, width: 0, height: 0 })).toBe(true);
  });

  it('has a path and a label for every flow of the registry that the diagram draws', () => {
    for (const f of FLOWS.filter((x) => x.diagram !== null)) {
      expect(FLOW_PATHS[f.diagram!]?.length, f.id).toBeGreaterThanOrEqual(2);
      expect(FLOW_LABELS[f.diagram!], f.id).toBeDefined();
    }
    expect(Object.keys(FLOW_PATHS).sort()).toEqual(Object.keys(FLOW_LABELS).sort());
  });

  it('puts the blood vessel in the hub and lets no other shapes overlap', () => {
    const e = rects.extracellular;
    expect(
      e.x >= HUB.x &&
        e.x + e.width <= HUB.x + HUB.width &&
        e.y >= HUB.y &&
        e.y + e.height <= HUB.y + HUB.height,
    ).toBe(true);
    const shapes: [string, Rect][] = [
      ['muscle', rects.muscle],
      ['softTissue', rects.softTissue],
      ['boneSurface', rects.boneSurface],
      ['deepBone', rects.deepBone],
      ['hub', HUB],
      ['gut', GUT],
      ['kidney', KIDNEY],
      ['gauge', GAUGE],
    ];
    for (let i = 0; i < shapes.length; i++)
      for (let j = i + 1; j < shapes.length; j++)
        expect(overlap(shapes[i][1], shapes[j][1]), `${shapes[i][0]} × ${shapes[j][0]}`).toBe(false);
  });

  it('writes an inside label below the healthy-amount line', () => {
    for (const id of ['muscle', 'deepBone'] as const) {
      const r = rects[id];
      const at = vesselLabelAt(r, 'inside');
      const line = r.y + r.height * (1 - REFERENCE_LEVEL);
      expect(at.y - 15, id).toBeGreaterThan(line); // top of the first line
      expect(at.y + 22, id).toBeLessThan(r.y + r.height); // second baseline
    }
  });
});

describe('arrowWidth', () => {
  const fluxes = [0, 1, 5, 24, 111, 139, 235, 350, 1000, 3000, 10000];

  it('grows with the flux and stays between its minimum and maximum', () => {
    const widths = fluxes.map(arrowWidth);
    for (let i = 1; i < widths.length; i++) expect(widths[i]).toBeGreaterThanOrEqual(widths[i - 1]);
    expect(widths[0]).toBe(ARROW_WIDTH.min);
    expect(widths.at(-1)).toBe(ARROW_WIDTH.max);
    expect(arrowWidth(350)).toBeGreaterThan(arrowWidth(111) + 3); // visibly different
  });

  it('is a square-root scale: four times the flow is twice as wide, and ratios are not flattened', () => {
    expect(arrowWidth(400) / arrowWidth(100)).toBeCloseTo(2, 6);
    // Stool 1,817 vs urine 179 mg/day (a high intake): √10.2 ≈ 3.2 times as wide, not 1.6.
    expect(arrowWidth(1817) / arrowWidth(179)).toBeCloseTo(Math.sqrt(1817 / 179), 6);
  });

  it.each([NaN, -5, -Infinity])('draws the thinnest arrow for %s', (v) => {
    expect(arrowWidth(v)).toBe(ARROW_WIDTH.min);
  });
});

describe('polylines', () => {
  const L: Point[] = [
    [0, 0],
    [30, 0],
    [30, 40],
  ];

  it('measures and walks a path by arc length', () => {
    expect(polylineLength(L)).toBe(70);
    expect(pointAt(L, 0)).toMatchObject({ x: 0, y: 0 });
    expect(pointAt(L, 1)).toMatchObject({ x: 30, y: 40 });
    expect(pointAt(L, 0.5)).toMatchObject({ x: 30, y: 5 });
    expect(pointAt(L, 2)).toMatchObject({ x: 30, y: 40 });
    expect(pointAt(L, -1)).toMatchObject({ x: 0, y: 0 });
    expect(pointAt(L, 0.2).angle).toBe(0);
    expect(pointAt(L, 0.9).angle).toBeCloseTo(Math.PI / 2, 9);
  });

  it('trims the end for the arrowhead and puts the tip on the end point', () => {
    expect(polylineLength(trimEnd(L, 12))).toBeCloseTo(58, 9);
    const [x, y] = trimEnd(L, 12).at(-1)!;
    expect(x).toBeCloseTo(30, 9);
    expect(y).toBeCloseTo(28, 9);
    expect(arrowHead(L, 10).split(' ')[0]).toBe('30,40');
  });
});

describe('particles', () => {
  it('places particles evenly in [0, 1) and freezes them when time stands still', () => {
    for (const seconds of [0, 0.37, 12.5, 1e6]) {
      const a = particlePhases(seconds, 6, 2);
      expect(a).toHaveLength(6);
      for (const t of a) {
        expect(t).toBeGreaterThanOrEqual(0);
        expect(t).toBeLessThan(1);
      }
      expect(particlePhases(seconds, 6, 2)).toEqual(a);
      const sorted = [...a].sort((x, y) => x - y);
      for (let i = 1; i < sorted.length; i++) expect(sorted[i] - sorted[i - 1]).toBeCloseTo(1 / 6, 9);
    }
    expect(particlePhases(0.5, 4, 2)).not.toEqual(particlePhases(0.6, 4, 2));
    expect(particlePhases(1, 0, 2)).toEqual([]);
    expect(particlePhases(NaN, 3, 2)).toEqual(particlePhases(0, 3, 2));
  });

  it('moves forward at the set speed', () => {
    const path: Point[] = [
      [0, 0],
      [700, 0],
    ];
    const before = particlePoints(path, 350, 1);
    const after = particlePoints(path, 350, 1.1);
    expect(after[0].x - before[0].x).toBeCloseTo(PARTICLES.speed * 0.1, 6);
    for (const p of after) expect(p.y).toBe(0);
  });

  it('puts more particles on a bigger flux, none on no flux', () => {
    const counts = [0, 1, 24, 111, 350, 3000, 1e5].map((mg) => particleCount(mg, 150));
    expect(counts[0]).toBe(0);
    expect(counts[1]).toBeGreaterThanOrEqual(1);
    for (let i = 1; i < counts.length; i++) expect(counts[i]).toBeGreaterThanOrEqual(counts[i - 1]);
    expect(counts.at(-1)).toBeLessThanOrEqual(PARTICLES.maxCount);
    expect(particleCount(-3, 150)).toBe(0);
  });
});

describe('fillFraction', () => {
  it.each([
    [0, 0],
    [1, REFERENCE_LEVEL],
    [0.5, REFERENCE_LEVEL / 2],
    [1 / REFERENCE_LEVEL, 1],
    [2, 1],
    [-1, 0],
    [NaN, 0],
    [Infinity, 0],
  ])('ratio %s → %s of the vessel', (ratio, fill) => {
    expect(fillFraction(ratio)).toBeCloseTo(fill, 9);
  });
});

describe('particles as a dashed track', () => {
  // The dots a dash pattern draws: one every `spacing` from the offset on, within the path.
  const dashDots = (offset: number, spacing: number, length: number): number[] => {
    const out: number[] = [];
    for (let s = -offset; s < length - 1e-9; s += spacing) if (s >= -1e-9) out.push(Math.max(0, s));
    return out;
  };

  it('puts the dots where particlePoints puts the particles, at any moment', () => {
    const path: Point[] = [
      [0, 0],
      [300, 0],
      [300, 140],
    ];
    for (const mg of [3, 24, 350, 3000])
      for (const seconds of [0, 0.37, 2.5, 19.99, 1234.5]) {
        const track = particleTrack(path, mg)!;
        const dots = dashDots(particleDashOffset(seconds, track.spacing), track.spacing, track.lengthUnits);
        const expected = particlePoints(path, mg, seconds)
          .map((p) => (p.y === 0 ? p.x : 300 + p.y))
          .sort((a, b) => a - b);
        expect(dots).toHaveLength(expected.length);
        dots.forEach((d, i) => expect(d).toBeCloseTo(expected[i], 6));
      }
  });

  it('has no track without a flux, and an offset that is finite for any time', () => {
    const path: Point[] = [
      [0, 0],
      [100, 0],
    ];
    expect(particleTrack(path, 0)).toBeNull();
    expect(particleTrack(path, -5)).toBeNull();
    for (const s of [NaN, Infinity, -3, 1e12]) expect(Number.isFinite(particleDashOffset(s, 7))).toBe(true);
    expect(particleDashOffset(1, 0)).toBe(0);
  });
});
