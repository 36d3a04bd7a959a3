/**
 * A Svelte action that moves a flow's particles with D3. Evenly spaced dots moving at one speed
 * are a dashed stroke along the arrow (see particleTrack in flowScale.ts): Svelte renders the
 * arrow once per change of the flux, this action draws the track once per change, and on every
 * frame of the one clock it only sets the `stroke-dashoffset` of the track's two paths (the dots
 * and their outline) with d3-selection. An offset is repainted without style-driven layout, so a
 * playing frame no longer lays out the diagram or hit-tests the page again (moving the dots as a
 * new path `d` did both, every frame). Without a clock (reduced motion) there are no particles.
 */
import { select } from 'd3-selection';
import type { FrameSource } from '../../state/clock.ts';
import { particleDashOffset, particleTrack } from './flowScale.ts';
import { pathD, type Point } from './geometry.ts';

export interface ParticleOptions {
  points: readonly Point[];
  mgPerDay: number;
  radius: number;
  /** CSS colour, e.g. 'var(--flow-urine)' (set as a style property: presentation attributes cannot take var()). */
  colour: string;
  /** The one clock; null draws no particles. */
  clock: FrameSource | null;
}

/** Width of the dark ring around each dot (viewBox units), for contrast on any arrow colour. */
const OUTLINE_UNITS = 1.2;

const round = (v: number): number => Math.round(v * 100) / 100;

export function particles(node: SVGGElement, initial: ParticleOptions) {
  let options = initial;
  const group = select(node);
  let spacing = 0;

  /** The two paths (outline below, dots on top) for the current flux, or none. */
  function drawTrack(): void {
    const track = options.clock ? particleTrack(options.points, options.mgPerDay) : null;
    // Nothing to draw and nothing drawn (reduced motion, no flux): a slider move costs nothing here.
    if (!track && spacing === 0) return;
    spacing = track?.spacing ?? 0;
    const paths = group
      .selectAll<SVGPathElement, string>('path')
      .data(track ? ['particle-outline', 'particle-dots'] : [])
      .join('path')
      .attr('class', (kind) => kind);
    if (!track) return;
    const dash = `0 ${round(spacing)}`;
    paths.attr('d', pathD(options.points)).attr('stroke-dasharray', dash);
    paths
      .filter('.particle-outline')
      .style('stroke-width', `${round(2 * options.radius + 2 * OUTLINE_UNITS)}px`);
    paths
      .filter('.particle-dots')
      .style('stroke', options.colour)
      .style('stroke-width', `${round(2 * options.radius)}px`);
    move(options.clock?.flowSeconds ?? 0);
  }

  /** Where `seconds` of playing time put the dots: one attribute per path. */
  function move(seconds: number): void {
    if (spacing > 0)
      group.selectAll('path').attr('stroke-dashoffset', round(particleDashOffset(seconds, spacing)));
  }

  let unsubscribe = options.clock?.onFrame(move);
  drawTrack();

  return {
    update(next: ParticleOptions): void {
      const clockChanged = next.clock !== options.clock;
      if (clockChanged) {
        unsubscribe?.();
        unsubscribe = next.clock?.onFrame(move);
      }
      const changed =
        clockChanged ||
        next.points !== options.points ||
        next.mgPerDay !== options.mgPerDay ||
        next.radius !== options.radius ||
        next.colour !== options.colour;
      options = next;
      // Same track and look: the dots are where they were (the clock moves them).
      if (changed) drawTrack();
    },
    destroy(): void {
      unsubscribe?.();
    },
  };
}
