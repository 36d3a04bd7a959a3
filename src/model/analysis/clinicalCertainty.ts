/**
 * Can the model tell which clinical band serum is in? Not when the 5–95% range across plausible
 * parameter sets spans a band edge.
 */
import { BANDS, bandOf, type BandId } from '../clinical.ts';

/** The clinical bands from the one holding `low` to the one holding `high`, in order. */
export function bandsSpanned(lowMmolPerL: number, highMmolPerL: number): BandId[] {
  const order = BANDS.map((b) => b.id);
  const from = order.indexOf(bandOf(Math.min(lowMmolPerL, highMmolPerL)));
  const to = order.indexOf(bandOf(Math.max(lowMmolPerL, highMmolPerL)));
  return order.slice(from, to + 1);
}

export const canTellBand = (lowMmolPerL: number, highMmolPerL: number): boolean =>
  bandsSpanned(lowMmolPerL, highMmolPerL).length === 1;
