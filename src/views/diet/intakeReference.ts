/**
 * The reference lines of the diet builder: the adequate intake (EFSA 2015, HGR 2016) for the
 * person in the model, drawn against the day's total, and the upper limit for supplements (SCF
 * 2001), drawn against the supplement only (food Mg is not counted toward it).
 */
import type { MessageKey } from '../../i18n/index.ts';
import type { Sex } from '../../model/index.ts';
import { adequateIntake, supplementUpperLimitMgPerDay } from '../../nutrition/index.ts';

/** The 'for whom' phrase (aiGroup.* keys) of the AI band that starts at `fromYears`. */
export function aiGroupKey(sex: Sex, fromYears: number): MessageKey {
  if (fromYears < 1) return 'aiGroup.infant';
  if (fromYears < 3) return 'aiGroup.child1to3';
  if (fromYears < 10) return 'aiGroup.child3to10';
  if (fromYears < 18) return sex === 'male' ? 'aiGroup.boy10to18' : 'aiGroup.girl10to18';
  return sex === 'male' ? 'aiGroup.man' : 'aiGroup.woman';
}

export interface AiReference {
  mgPerDay: number;
  groupKey: MessageKey;
}

/** The AI for this person, or undefined when none applies (under 7 months). */
export function aiFor(sex: Sex, ageYears: number): AiReference | undefined {
  const ai = adequateIntake(sex, ageYears);
  if (ai.mgPerDay === undefined || !ai.band) return undefined;
  return { mgPerDay: ai.mgPerDay, groupKey: aiGroupKey(sex, ai.band.fromYears) };
}

/** Share of the AI reached, in whole percent. */
export const percentOf = (value: number, reference: number): number =>
  reference > 0 && Number.isFinite(value) ? Math.round((100 * value) / reference) : 0;

export type UlStatus = { level: 'no-ul' } | { level: 'none' | 'below' | 'above'; ulMgPerDay: number };

/**
 * The supplement against the UL: 'no-ul' under 4 years (no UL could be set), 'none' without a
 * supplement, then 'below' up to and including the UL, 'above' beyond it (laxative effect).
 */
export function ulStatus(supplementMgPerDay: number, ageYears: number): UlStatus {
  const ul = supplementUpperLimitMgPerDay(ageYears);
  if (ul === undefined) return { level: 'no-ul' };
  const s = Number.isFinite(supplementMgPerDay) ? supplementMgPerDay : 0;
  if (s <= 0) return { level: 'none', ulMgPerDay: ul };
  return { level: s > ul ? 'above' : 'below', ulMgPerDay: ul };
}

/**
 * The end of a bar scale: a round number a little above the largest value shown, so the bars and
 * reference marks always fit. 'Round' means 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten.
 */
export function niceMax(values: readonly number[], minimum = 1): number {
  const top = Math.max(minimum, ...values.filter((v) => Number.isFinite(v))) * 1.05;
  const power = 10 ** Math.floor(Math.log10(top));
  const step = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].find((m) => m * power >= top) ?? 10;
  return step * power;
}
