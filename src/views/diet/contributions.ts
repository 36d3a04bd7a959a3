/**
 * The rows of the 'where does the Mg come from' chart: every food (the same food counted once),
 * the drinking water and the supplement, largest first, with their share of the day's total.
 */
import type { DayTotals, FoodContribution, FoodId } from '../../nutrition/index.ts';

export type SourceRow =
  | { kind: 'food'; foodId: FoodId; mgPerDay: number; share: number }
  | { kind: 'water' | 'supplement'; mgPerDay: number; share: number };

export function sourceRows(foods: readonly FoodContribution[], totals: DayTotals): SourceRow[] {
  const total = totals.totalMgPerDay;
  const share = (mg: number) => (total > 0 ? mg / total : 0);
  const rows: SourceRow[] = foods
    .filter((f) => f.mgPerDay > 0)
    .map((f) => ({ kind: 'food', foodId: f.foodId, mgPerDay: f.mgPerDay, share: share(f.mgPerDay) }));
  if (totals.waterMgPerDay > 0)
    rows.push({ kind: 'water', mgPerDay: totals.waterMgPerDay, share: share(totals.waterMgPerDay) });
  if (totals.supplementMgPerDay > 0)
    rows.push({
      kind: 'supplement',
      mgPerDay: totals.supplementMgPerDay,
      share: share(totals.supplementMgPerDay),
    });
  return rows.sort((a, b) => b.mgPerDay - a.mgPerDay);
}
