/**
 * Direct labels at the end of lines: each label as near its line's end as possible, at least
 * `gap` px from its neighbours and inside [lo, hi]. Labels that would overlap form a group centred
 * on the mean of their targets (so five lines ending at 100% get labels around 100%). Pure helper.
 */
export function spreadLabels(targets: readonly number[], gap: number, lo: number, hi: number): number[] {
  const order = targets
    .map((t, i) => ({ t: Math.min(hi, Math.max(lo, Number.isFinite(t) ? t : lo)), i }))
    .sort((a, b) => a.t - b.t);
  // Groups of consecutive labels: first label's position, size and sum of targets.
  const groups: { top: number; n: number; sum: number }[] = [];
  for (const { t } of order) {
    groups.push({ top: t, n: 1, sum: t });
    while (groups.length > 1) {
      const cur = groups[groups.length - 1];
      const prev = groups[groups.length - 2];
      if (prev.top + prev.n * gap <= cur.top + 1e-9) break;
      groups.pop();
      prev.n += cur.n;
      prev.sum += cur.sum;
      prev.top = prev.sum / prev.n - ((prev.n - 1) * gap) / 2;
    }
  }
  const pos: number[] = [];
  for (const g of groups) for (let k = 0; k < g.n; k++) pos.push(g.top + k * gap);
  // Keep inside [lo, hi]: push down from the top edge, then up from the bottom edge.
  for (let k = 0; k < pos.length; k++) pos[k] = Math.max(pos[k], k === 0 ? lo : pos[k - 1] + gap);
  for (let k = pos.length - 1; k >= 0; k--)
    pos[k] = Math.min(pos[k], k === pos.length - 1 ? hi : pos[k + 1] - gap);
  const out = new Array<number>(targets.length);
  order.forEach((o, k) => (out[o.i] = pos[k]));
  return out;
}
