/**
 * Intake against the adequate intake (EFSA 2015, HGR 2016) and supplement against the upper limit
 * (SCF 2001): which group the AI is for, the percentage, where the bar and its markers go.
 */
import type { MessageKey } from '../../i18n/index.ts';
import type { Sex } from '../../model/index.ts';
import { adequateIntake, supplementUpperLimitMgPerDay, type LocalizedText } from '../../nutrition/index.ts';

/** The 'for whom' phrase of an AI band (aiGroup.* keys), chosen by the band's lower age. */
export function aiGroupKey(sex: Sex, fromYears: number): MessageKey {
  if (fromYears < 1) return 'aiGroup.infant';
  if (fromYears < 3) return 'aiGroup.child1to3';
  if (fromYears < 10) return 'aiGroup.child3to10';
  if (fromYears < 18) return sex === 'male' ? 'aiGroup.boy10to18' : 'aiGroup.girl10to18';
  return sex === 'male' ? 'aiGroup.man' : 'aiGroup.woman';
}

export type IntakeVsAi =
  | { kind: 'ai'; aiMgPerDay: number; percent: number; groupKey: MessageKey }
  | { kind: 'none'; reason: LocalizedText };

export function intakeVsAi(intakeMgPerDay: number, sex: Sex, ageYears: number): IntakeVsAi {
  const ai = adequateIntake(sex, ageYears);
  if (ai.mgPerDay === undefined || !ai.band) {
    return { kind: 'none', reason: ai.reason ?? { nl: '', en: '' } };
  }
  return {
    kind: 'ai',
    aiMgPerDay: ai.mgPerDay,
    percent: Math.round((100 * intakeMgPerDay) / ai.mgPerDay),
    groupKey: aiGroupKey(sex, ai.band.fromYears),
  };
}

export type UlLevel = 'none' | 'below' | 'above' | 'toxic';

/** Toxic hypermagnesaemia only from more than ten times the UL (seed article). */
export const TOXIC_UL_MULTIPLE = 10;

/** Where a supplement stands against the UL; 'none' when no UL applies (under 4 years). */
export function ulLevel(supplementMgPerDay: number, ageYears: number): { level: UlLevel; ul?: number } {
  const ul = supplementUpperLimitMgPerDay(ageYears);
  if (ul === undefined) return { level: 'none' };
  if (supplementMgPerDay > TOXIC_UL_MULTIPLE * ul) return { level: 'toxic', ul };
  if (supplementMgPerDay > ul) return { level: 'above', ul };
  return { level: 'below', ul };
}

/** Percent position (0–100) of a value on a bar from 0 to scaleMax, clipped to the bar. */
export function barPercent(value: number, scaleMax: number): number {
  if (!(scaleMax > 0) || !Number.isFinite(value)) return 0;
  return Math.min(100, Math.max(0, (100 * value) / scaleMax));
}

/** The intake bar shows twice the AI, or more when the intake is larger. */
export const intakeScaleMax = (intakeMgPerDay: number, aiMgPerDay: number): number =>
  Math.max(2 * aiMgPerDay, intakeMgPerDay);
