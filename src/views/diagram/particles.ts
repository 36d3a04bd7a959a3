/**
 * A Svelte action that moves a flow's particles with D3: Svelte renders the arrow once per change
 * of the flux, and on every frame of the one clock this action only sets the particles' cx and cy
 * (d3-selection), so playing touches nothing else in the page. Without a clock (reduced motion)
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

export function particles(node: SVGGElement, initial: ParticleOptions) {
  let options = initial;
  const group = select(node);
  /** The circles of the last join: a frame with as many particles only moves them. */
  let circles: Selection<SVGCircleElement, Dot, SVGGElement, unknown> | null = null;

  /** Join one circle per particle; the look (radius, colour) is set here, not on every frame. */
  function draw(seconds: number, restyle: boolean): void {
    const dots = options.clock ? particlePoints(options.points, options.mgPerDay, seconds) : [];
    if (!restyle && circles && circles.size() === dots.length) {
      circles
        .data(dots)
        .attr('cx', (d) => d.x)
        .attr('cy', (d) => d.y);
      return;
    }
    circles = group
      .selectAll<SVGCircleElement, Dot>('circle.particle')
      .data(dots)
      .join((enter) => {
        restyle = true;
        return enter.append('circle').attr('class', 'particle');
      });
    if (restyle) circles.attr('r', options.radius).style('fill', options.colour);
    circles.attr('cx', (d) => d.x).attr('cy', (d) => d.y);
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
      options = next;
      // Same path, flux and look: the particles are where they were (the clock moves them).
      if (moved || restyle || !circles) draw(options.clock?.flowSeconds ?? 0, restyle);
    },
    destroy(): void {
      unsubscribe?.();
    },
  };
}
