/**
 * The time axis of the charts over days: where it ends and which day ticks it shows.
 * Pure helpers (no DOM), table-tested in tests/unit/charts.
 */

/** Tick steps in days a reader knows: days, weeks, months, quarters, half years, years. */
export const DAY_STEPS = [1, 2, 7, 14, 30, 60, 90, 180, 365, 730, 1825] as const;

/**
 * End of the x domain. At day 0 it is the projection horizon; as the clock runs it grows in steps
 * of an eighth of the horizon (not every frame), so the history path is redrawn only when a day is
 * added. It always covers every line's last day (`ends`), e.g. a longer baseline.
 */
export function timeDomainEnd(today: number, horizonDays: number, ends: readonly number[] = []): number {
  const horizon = horizonDays > 0 && Number.isFinite(horizonDays) ? horizonDays : 1;
  const step = horizon / 8;
  const now = Number.isFinite(today) && today > 0 ? today : 0;
  let end = horizon + Math.ceil(now / step - 1e-9) * step;
  for (const e of ends) if (Number.isFinite(e) && e > end) end = e;
  return end;
}

/** Day ticks from 0 to `end` with the smallest familiar step that gives at most `maxTicks` ticks. */
export function dayTicks(end: number, maxTicks: number): number[] {
  if (!(end > 0) || !Number.isFinite(end)) return [0];
  const most = Math.max(2, Math.floor(maxTicks));
  const step = DAY_STEPS.find((s) => Math.floor(end / s + 1e-9) + 1 <= most) ?? Math.ceil(end / (most - 1));
  const ticks: number[] = [];
  for (let d = 0; d <= end + 1e-9; d += step) ticks.push(d);
  return ticks;
}
