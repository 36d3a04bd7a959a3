/** Messages about input that was out of range and what the model used instead. */
import type { MessageKey } from '../i18n/index.ts';
import type { InputAdjustment } from '../model/index.ts';

export interface Notice {
  key: MessageKey;
  params: Record<string, string | number>;
}

export function adjustmentNotices(adjustments: readonly InputAdjustment[]): Notice[] {
  return adjustments.map((a) => ({
    key: 'clamp.notice',
    params: {
      input: a.input,
      given: Number.isFinite(a.given) ? a.given : String(a.given),
      used: a.used,
      unit: a.range.unit,
    },
  }));
}
