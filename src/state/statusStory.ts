/**
 * The status story: which plain-language sentences describe what the body is doing right now.
 * Pure (no Svelte, no DOM): the app state passes in today's row, the healthy reference adult and
 * the inputs, and gets back message keys with numeric parameters that the status panel translates
 * with `storyText` (so numbers follow the locale).
 *
 * Everything is compared with the healthy reference (350 mg/day), which is also where every run
 * starts (scenarios starting from 300 mg/day differ from it by well under the thresholds). Not the
 * first history row: its fluxes already carry the new inputs (a PPI's absorption is low from day 0)
 * and 'jump to steady state' on day 0 replaces it.
 */
import {
  bandOf,
  DEFAULT_INPUTS,
  KIDNEY_WARNING_GFR_ML_PER_MIN,
  LOSSES,
  MODIFIERS,
  NORMAL_RANGE_MMOL_PER_L,
  nonFoodMgPerDay,
  urineMgPerDayAt,
  type BandId,
  type ModelInputs,
  type SeriesName,
  type SteadyStateReport,
} from '../model/index.ts';
import type { MessageKey } from '../i18n/index.ts';
import { hasIntake } from './modelFacts.ts';

/** One row of series values (today). */
export type StoryRow = Readonly<Record<Exclude<SeriesName, `cumulative${string}` | 'day'>, number>>;

/** A number to show and how many decimals it gets (minimum = maximum when `fixed`). */
export interface StoryNumber {
  value: number;
  digits: number;
  fixed?: boolean;
  /** An amount per day in mg: shown in the chosen unit (mg or mmol), with {unit}. */
  perDayMg?: boolean;
}

export interface StorySentence {
  key: MessageKey;
  params: Readonly<Record<string, StoryNumber>>;
  /** Only for the serum sentence: the band whose name fills {band}. */
  band?: BandId;
}

export interface StoryInput {
  current: StoryRow;
  /** The healthy reference adult: what 'fallen', 'risen', 'given up' are measured against. */
  reference: SteadyStateReport;
  inputs: ModelInputs;
}

/** Thresholds, in one place so tests and teachers can read them. */
export const STORY_LIMITS = {
  /** Urine counts as fallen or risen when it differs from the reference by more than this share. */
  urineChange: 0.15,
  /** Urine this low (mg/day) is at the kidney's floor. */
  urineFloorMgPerDay: 20,
  /** Serum above the reference by more than this is an excess: urine then rises, never 'saves'. */
  excessSerumMmolPerL: 0.01,
  /** Renal wasting: serum this far below the reference, and urine at least this many times what a healthy kidney would pass at that serum. */
  wastingSerumDropMmolPerL: 0.02,
  wastingFactor: 2,
  /** Absorbed fraction counts as changed beyond this many percentage points. */
  absorptionPoints: 4,
  /** Intake counts as raised above the reference beyond this share. */
  intakeRaised: 0.15,
  /** Bone surface counts as changed beyond this share of its reference content. */
  boneChange: 0.02,
  /** In balance when |intake − losses| is below this (mg/day). */
  balanceMgPerDay: 2,
  /** Faecal losses dominate: faeces ≥ this × urine and endogenous loss ≥ 1.5 × reference. */
  faecesOverUrine: 3,
  endogenousRaised: 1.5,
  /** Milk counts from this (mg/day). */
  milkMgPerDay: 0.5,
} as const;

const L = STORY_LIMITS;
const int = (value: number): StoryNumber => ({ value, digits: 0 });
const mgPerDay = (value: number): StoryNumber => ({ value, digits: 0, perDayMg: true });
const pct = (fraction: number, digits = 0): StoryNumber => ({ value: Math.abs(fraction) * 100, digits });
const say = (key: MessageKey, params: Record<string, StoryNumber> = {}): StorySentence => ({ key, params });

/** The sentences that apply now, in reading order (serum first, balance last). */
export function statusStory({ current: c, reference: ref, inputs }: StoryInput): StorySentence[] {
  const serum = c.serumMgMmolPerL;
  const band = bandOf(serum);
  const out: StorySentence[] = [
    { key: 'status.serumBand', params: { value: { value: serum, digits: 2, fixed: true } }, band },
  ];

  // Kidneys: wasting beats falling/rising (a diuretic loses Mg although serum has dropped).
  const healthyUrine = urineMgPerDayAt(DEFAULT_INPUTS, serum);
  const wasting =
    serum < ref.serumMgMmolPerL - L.wastingSerumDropMmolPerL &&
    c.urineMgPerDay > L.wastingFactor * healthyUrine;
  const absorbedChange = c.fractionalAbsorption - ref.fractionalAbsorption;
  const intakeRaised = c.intakeMgPerDay > ref.intakeMgPerDay * (1 + L.intakeRaised);
  const absorptionDown = absorbedChange < -L.absorptionPoints / 100;
  const excess = serum > ref.serumMgMmolPerL + L.excessSerumMmolPerL;
  // Failing kidneys pass little urine because they filter little, not because they save Mg.
  const kidneyFailure = inputs.gfrMlPerMin < KIDNEY_WARNING_GFR_ML_PER_MIN;
  if (wasting) {
    const key =
      serum < NORMAL_RANGE_MMOL_PER_L.low ? 'status.renalWasting' : 'statusPanel.renalWastingNormal';
    out.push(say(key, { percent: pct(c.fractionalExcretion, 1) }));
  } else if (c.urineMgPerDay < ref.urineMgPerDay * (1 - L.urineChange) && !excess && !kidneyFailure) {
    out.push(say('status.urineFalling', { urine: mgPerDay(c.urineMgPerDay) }));
    if (c.urineMgPerDay < L.urineFloorMgPerDay && absorptionDown && !intakeRaised)
      out.push(say('status.urineLowNotKidney', { urine: mgPerDay(c.urineMgPerDay) }));
  } else if (c.urineMgPerDay > ref.urineMgPerDay * (1 + L.urineChange) && excess)
    out.push(say('status.urineRising', { urine: mgPerDay(c.urineMgPerDay) }));
  if (kidneyFailure && serum > NORMAL_RANGE_MMOL_PER_L.high)
    out.push(say('status.kidneyCannotExcrete', { gfr: int(inputs.gfrMlPerMin) }));

  // Gut.
  const absorption = { percent: pct(c.fractionalAbsorption), before: pct(ref.fractionalAbsorption) };
  // At no intake there is nothing to absorb: no percentage of nothing.
  if (!hasIntake(c.intakeMgPerDay)) {
    // nothing to say about the share absorbed
  } else if (absorbedChange > L.absorptionPoints / 100) out.push(say('status.absorptionUp', absorption));
  else if (absorptionDown)
    out.push(say(intakeRaised ? 'status.absorptionDown' : 'statusPanel.absorptionBlocked', absorption));
  if (nonFoodMgPerDay(inputs) > MODIFIERS.laxativeThresholdMgPerDay.value) out.push(say('status.laxative'));
  if (
    c.faecesMgPerDay >= L.faecesOverUrine * c.urineMgPerDay &&
    c.endogenousFaecalMgPerDay >= L.endogenousRaised * ref.endogenousFaecalMgPerDay
  )
    out.push(
      say('status.faecesDominate', { faeces: mgPerDay(c.faecesMgPerDay), urine: mgPerDay(c.urineMgPerDay) }),
    );
  if (c.milkMgPerDay > L.milkMgPerDay) out.push(say('status.milk', { milk: mgPerDay(c.milkMgPerDay) }));

  // Stores: bone surface gives or takes; muscle holds on.
  const bone = relativeChange(c.boneSurfaceMg, ref.boneSurfaceMg);
  if (Math.abs(bone) > L.boneChange) {
    out.push(say(bone < 0 ? 'status.boneGaveUp' : 'status.boneTookUp', { percent: pct(bone) }));
    const muscle = relativeChange(c.muscleMg, ref.muscleMg);
    if (Math.abs(muscle) < Math.abs(bone) / 3)
      out.push(say('status.muscleHolds', { percent: pct(muscle, Math.abs(muscle) < 0.1 ? 1 : 0) }));
  }

  // Balance: in = out, or losing, or gaining.
  const losses = LOSSES.reduce((sum, loss) => sum + c[loss.series], 0);
  if (Math.abs(c.balanceMgPerDay) < L.balanceMgPerDay)
    out.push(
      say('status.steadyState', {
        in: mgPerDay(c.intakeMgPerDay + inputs.ivMgPerDay),
        out: mgPerDay(losses),
      }),
    );
  else
    out.push(
      say(c.balanceMgPerDay < 0 ? 'status.balanceNegative' : 'status.balancePositive', {
        balance: mgPerDay(Math.abs(c.balanceMgPerDay)),
      }),
    );
  return out;
}

function relativeChange(now: number, before: number): number {
  return before > 0 ? (now - before) / before : 0;
}

/** What changes the spoken summary: the band and which sentences apply (not their numbers). */
export const storySignature = (band: BandId, story: readonly StorySentence[]): string =>
  [band, ...story.map((s) => s.key)].join('|');
