/**
 * The person's intake against the reference values, decided once for every view that shows it
 * (the controls' intake and supplement bars, the diet builder's result and supplement card): the
 * adequate intake (EFSA 2015, HGR 2016) and who it is for, and the supplement against the upper
 * limit (SCF 2001). The values come from model/referenceValues.ts.
 */
import { aiGroupKey, type MessageKey, type MessageParams } from '../i18n/index.ts';
import { TOXIC_UL_MULTIPLE, type AdequateIntakeBand, type Sex } from '../model/index.ts';
import { adequateIntake, supplementUpperLimitMgPerDay } from '../nutrition/index.ts';

/** A catalogue text with its parameters. */
export interface Phrase {
  key: MessageKey;
  params: MessageParams;
}

export type AiReference = { kind: 'ai'; mgPerDay: number; group: Phrase } | { kind: 'none'; reason: Phrase };

/** Who an adequate intake is for, in words ('children aged 3 to 10'). */
export function aiGroupPhrase(band: AdequateIntakeBand, sex: Sex): Phrase {
  const group = band.group[sex];
  const params: MessageParams =
    group === 'infant'
      ? { fromMonths: Math.round(band.fromYears * 12), toMonths: Math.round(band.toYears * 12) - 1 }
      : { from: band.fromYears, to: band.toYears };
  return { key: aiGroupKey(group), params };
}

/** The adequate intake for this person, or why there is none (under 7 months, or a bad age). */
export function aiFor(sex: Sex, ageYears: number): AiReference {
  const ai = adequateIntake(sex, ageYears);
  if (ai.mgPerDay === undefined || !ai.band) {
    const key = ai.reason === 'infant' ? 'intake.noAi.infant' : 'intake.noAi.invalidAge';
    return { kind: 'none', reason: { key, params: {} } };
  }
  return { kind: 'ai', mgPerDay: ai.mgPerDay, group: aiGroupPhrase(ai.band, sex) };
}

/** Share of a reference reached, in whole percent (0 when there is nothing to compare with). */
export const percentOf = (value: number, reference: number): number =>
  reference > 0 && Number.isFinite(value) ? Math.round((100 * value) / reference) : 0;

export type UlLevel = 'none' | 'below' | 'above' | 'toxic';

export type SupplementVsUl =
  { level: 'no-ul' } | { level: UlLevel; ulMgPerDay: number; toxicMgPerDay: number };

/**
 * The supplement against the UL: 'no-ul' under 4 years (no UL could be set), 'none' without a
 * supplement, 'below' up to and including the UL, 'above' beyond it (laxative effect), 'toxic'
 * beyond ten times the UL (seed article).
 */
export function supplementVsUl(supplementMgPerDay: number, ageYears: number): SupplementVsUl {
  const ul = supplementUpperLimitMgPerDay(ageYears);
  if (ul === undefined) return { level: 'no-ul' };
  const s = Number.isFinite(supplementMgPerDay) ? supplementMgPerDay : 0;
  const toxic = TOXIC_UL_MULTIPLE * ul;
  const level: UlLevel = s <= 0 ? 'none' : s > toxic ? 'toxic' : s > ul ? 'above' : 'below';
  return { level, ulMgPerDay: ul, toxicMgPerDay: toxic };
}
