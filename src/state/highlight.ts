/** Which flows a control change moved: compare the fluxes just before and just after the change. */
import { FLOWS, type FlowId, type Fluxes } from '../model/index.ts';

const HIGHLIGHTED = FLOWS.filter((f) => f.highlight);

/** Flows whose rate changed by more than `threshold` (relative), largest change first. */
export function changedFlows(before: Fluxes, after: Fluxes, threshold = 0.03): FlowId[] {
  return HIGHLIGHTED.map((f) => {
    const a = before[f.flux];
    const b = after[f.flux];
    return { id: f.id, change: Math.abs(b - a) / Math.max(Math.abs(a), 0.05) };
  })
    .filter((x) => x.change > threshold)
    .sort((x, y) => y.change - x.change)
    .map((x) => x.id);
}
