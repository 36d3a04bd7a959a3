/** Which flows a control change moved: compare the fluxes just before and just after the change. */
import type { Fluxes } from '../model/index.ts';

export const FLOW_IDS = ['intake', 'absorbed', 'endogenous', 'faeces', 'urine', 'milk'] as const;
export type FlowId = (typeof FLOW_IDS)[number];

const value = (f: Fluxes, id: FlowId): number => {
  switch (id) {
    case 'intake':
      return f.oralIntakeMmolPerDay + f.ivMmolPerDay;
    case 'absorbed':
      return f.absorbedMmolPerDay;
    case 'endogenous':
      return f.endogenousMmolPerDay;
    case 'faeces':
      return f.faecesMmolPerDay;
    case 'urine':
      return f.urineMmolPerDay;
    case 'milk':
      return f.milkMmolPerDay;
  }
};

/** Flows whose rate changed by more than `threshold` (relative), largest change first. */
export function changedFlows(before: Fluxes, after: Fluxes, threshold = 0.03): FlowId[] {
  return FLOW_IDS.map((id) => {
    const a = value(before, id);
    const b = value(after, id);
    return { id, change: Math.abs(b - a) / Math.max(Math.abs(a), 0.05) };
  })
    .filter((x) => x.change > threshold)
    .sort((x, y) => y.change - x.change)
    .map((x) => x.id);
}
