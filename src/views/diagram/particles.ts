/**
 * A Svelte action that moves a flow's particles with D3: Svelte renders the arrow once per change
 * of the flux, and on every frame of the one clock this action only sets the `d` of one path that
 * holds all of the flow's particles (d3-selection), so playing touches one element per flow and
 * nothing else in the page (one circle element per particle cost five times more style, layout
 * and paint per frame). Without a clock (reduced motion)
 * there are no particles.
 */
import { select, type Selection } from 'd3-selection';
import type { FrameSource } from '../../state/clock.ts';
import { particlePoints } from './flowScale.ts';
import type { Point } from './geometry.ts';

export interface ParticleOptions {
  points: readonly Point[];
  mgPerDay: number;
  radius: number;
  /** CSS colour, e.g. 'var(--flow-urine)' (set as a style property: presentation attributes cannot take var()). */
  colour: string;
  /** The one clock; null draws no particles. */
  clock: FrameSource | null;
}

type Dot = { x: number; y: number };

/** Every particle of a flow as one path of small circles: one element to move, not one per particle. */
export function dotsPath(dots: readonly Dot[], radius: number): string {
  const r = round(radius);
  const d = round(2 * radius);
  let out = '';
  for (const { x, y } of dots)
    out += `M${round(x - radius)} ${round(y)}a${r} ${r} 0 1 0 ${d} 0a${r} ${r} 0 1 0 ${-d} 0`;
  return out;
}

const round = (v: number): number => Math.round(v * 10) / 10;

export function particles(node: SVGGElement, initial: ParticleOptions) {
  let options = initial;
  const group = select(node);
  /** The path that holds the flow's particles (none without a clock or without a flux). */
  let path: Selection<SVGPathElement, string, SVGGElement, unknown> | null = null;

  /** Draw the particles where `seconds` of playing time put them; the look is set only on a restyle. */
  function draw(seconds: number, restyle: boolean): void {
    const dots = options.clock ? particlePoints(options.points, options.mgPerDay, seconds) : [];
    const d = dotsPath(dots, options.radius);
    if (!restyle && path && d) {
      path.attr('d', d);
      return;
    }
    path = group
      .selectAll<SVGPathElement, string>('path.particle-dots')
      .data(d ? [d] : [])
      .join((enter) => {
        restyle = true;
        return enter.append('path').attr('class', 'particle-dots');
      });
    if (restyle) path.style('fill', options.colour);
    path.attr('d', (v) => v);
    if (!d) path = null;
  }

  const onFrame = (seconds: number) => draw(seconds, false);
  let unsubscribe = options.clock?.onFrame(onFrame);
  draw(options.clock?.flowSeconds ?? 0, true);

  return {
    update(next: ParticleOptions): void {
      if (next.clock !== options.clock) {
        unsubscribe?.();
        unsubscribe = next.clock?.onFrame(onFrame);
      }
      const restyle = next.radius !== options.radius || next.colour !== options.colour;
      const moved = next.points !== options.points || next.mgPerDay !== options.mgPerDay;
      const clockChanged = next.clock !== options.clock;
      options = next;
      // Same path, flux and look: the particles are where they were (the clock moves them).
      if (moved || restyle || clockChanged) draw(options.clock?.flowSeconds ?? 0, restyle);
    },
    destroy(): void {
      unsubscribe?.();
    },
  };
}
