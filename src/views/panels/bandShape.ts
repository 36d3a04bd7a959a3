/**
 * A shape for each serum band, so the band is never told by colour alone: triangles point down
 * for too little (two for severe), a circle for normal, triangles up for too much (two for hyper).
 * Paths are drawn in a 24 × 24 box.
 */
import type { BandId } from '../../model/index.ts';

const DOWN = (y: number): string => `M4 ${y}h16l-8 9z`;
const UP = (y: number): string => `M12 ${y}l8 9h-16z`;

export const BAND_SHAPES: Readonly<Record<BandId, string>> = {
  'severe-hypo': `${DOWN(2)} ${DOWN(13)}`,
  hypo: DOWN(7),
  normal: 'M12 4a8 8 0 1 1 0 16a8 8 0 1 1 0-16z',
  'high-normal': UP(7),
  hyper: `${UP(2)} ${UP(13)}`,
};

/** The theme colour of a band (a CSS custom property from theme.css). */
export const bandColour = (band: BandId): string => `var(--band-${band})`;
