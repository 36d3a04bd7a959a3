/**
 * The status story picks the sentences that describe a run. Table-driven: each case runs a
 * scenario with the model (as the app does) and checks which sentences apply on a given day.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_INPUTS, rowOf, simulate, steadyStateReport, type BandId } from '../../../src/model/index.ts';
import { findScenario, scenarioInputs } from '../../../src/scenarios/scenarios.ts';
import { statusStory, storySignature, type StorySentence } from '../../../src/state/statusStory.ts';

const reference = steadyStateReport(DEFAULT_INPUTS);

/** The story on `day` of a scenario's run. */
function storyOn(id: string, day: number): StorySentence[] {
  const s = findScenario(id);
  if (!s) throw new Error(`no scenario ${id}`);
  const inputs = scenarioInputs(s);
  const run = simulate({
    inputs,
    events: s.events,
    days: day,
    baselineIntakeMgPerDay: s.baselineIntakeMgPerDay,
  });
  return statusStory({
    current: rowOf(run.series, day),
    reference,
    inputs: run.finalInputs,
  });
}

const keysOf = (story: StorySentence[]) => story.map((s) => s.key);

interface Case {
  scenario: string;
  day: number;
  band: BandId;
  present: string[];
  absent: string[];
}

const CASES: Case[] = [
  {
    scenario: 'healthy-man',
    day: 60,
    band: 'normal',
    present: ['status.steadyState'],
    absent: ['status.urineFalling', 'status.urineRising', 'status.boneGaveUp', 'status.laxative'],
  },
  {
    scenario: 'healthy-woman',
    day: 60,
    band: 'normal',
    present: ['status.steadyState'],
    absent: ['status.urineFalling', 'status.absorptionUp', 'status.balanceNegative'],
  },
  {
    scenario: 'ppi-long-term',
    day: 1460,
    band: 'severe-hypo',
    present: [
      'status.urineFalling',
      'status.urineLowNotKidney',
      'statusPanel.absorptionBlocked',
      'status.boneGaveUp',
      'status.muscleHolds',
    ],
    absent: ['status.urineRising', 'status.absorptionDown', 'status.renalWasting', 'status.laxative'],
  },
  {
    scenario: 'laxative-kidney-failure',
    day: 60,
    band: 'hyper',
    present: ['status.laxative', 'status.kidneyCannotExcrete', 'status.absorptionDown', 'status.boneTookUp'],
    absent: ['status.urineFalling', 'status.boneGaveUp'],
  },
  {
    // Before the serum has risen: little urine, but from failing kidneys, not saving ones.
    scenario: 'laxative-kidney-failure',
    day: 0,
    band: 'normal',
    present: ['status.laxative', 'status.balancePositive'],
    absent: ['status.urineFalling', 'status.urineLowNotKidney', 'status.kidneyCannotExcrete'],
  },
  {
    scenario: 'low-intake',
    day: 120,
    band: 'normal',
    present: ['status.urineFalling', 'status.absorptionUp', 'status.steadyState'],
    absent: ['status.urineLowNotKidney', 'status.renalWasting'],
  },
  {
    scenario: 'depletion-experiment',
    day: 21,
    band: 'hypo',
    present: ['status.urineFalling', 'status.boneGaveUp', 'status.muscleHolds', 'status.balanceNegative'],
    absent: ['status.urineLowNotKidney', 'status.steadyState'],
  },
  {
    scenario: 'type2-diabetes',
    day: 180,
    band: 'hypo',
    present: ['status.renalWasting'],
    absent: ['status.urineFalling', 'status.urineRising'],
  },
  {
    scenario: 'thiazide',
    day: 120,
    band: 'normal',
    present: ['statusPanel.renalWastingNormal'],
    absent: ['status.renalWasting', 'status.urineFalling'],
  },
  {
    scenario: 'gi-disease',
    day: 180,
    band: 'hypo',
    present: ['status.faecesDominate', 'statusPanel.absorptionBlocked'],
    absent: ['status.laxative'],
  },
  {
    scenario: 'breastfeeding',
    day: 180,
    band: 'normal',
    present: ['status.milk', 'status.urineFalling'],
    absent: ['status.balanceNegative'],
  },
  {
    scenario: 'supplement-above-ul',
    day: 60,
    band: 'normal',
    present: ['status.laxative', 'status.urineRising', 'status.absorptionDown'],
    absent: ['status.kidneyCannotExcrete'],
  },
];

describe('statusStory', () => {
  it.each(CASES)('$scenario on day $day: $band band', ({ scenario, day, band, present, absent }) => {
    const story = storyOn(scenario, day);
    expect(story[0].key).toBe('status.serumBand');
    expect(story[0].band).toBe(band);
    const keys = keysOf(story);
    for (const key of present) expect(keys, key).toContain(key);
    for (const key of absent) expect(keys, key).not.toContain(key);
  });

  it('gives the healthy steady state as in = out with its numbers', () => {
    const story = storyOn('healthy-man', 30);
    expect(keysOf(story)).toEqual(['status.serumBand', 'status.steadyState']);
    const balance = story[1].params;
    expect(balance.in.value).toBeCloseTo(350, 0);
    expect(balance.out.value).toBeCloseTo(350, 0);
    expect(story[0].params.value).toMatchObject({ digits: 2, fixed: true });
  });

  it('states the size of the bone-surface loss as a positive percentage', () => {
    const bone = storyOn('ppi-long-term', 1460).find((s) => s.key === 'status.boneGaveUp');
    expect(bone?.params.percent.value).toBeGreaterThan(10);
    expect(bone?.params.percent.value).toBeLessThan(30);
  });

  it('has exactly one balance sentence and never repeats a key', () => {
    for (const c of CASES) {
      const keys = keysOf(storyOn(c.scenario, c.day));
      const balance = keys.filter((k) => /steadyState|balanceNegative|balancePositive/.test(k));
      expect(balance, c.scenario).toHaveLength(1);
      expect(new Set(keys).size, c.scenario).toBe(keys.length);
    }
  });

  it('tells the reference adult itself as in = out', () => {
    const story = statusStory({ current: reference, reference, inputs: DEFAULT_INPUTS });
    expect(keysOf(story)).toEqual(['status.serumBand', 'status.steadyState']);
  });
});

describe('storySignature', () => {
  it('changes with the band and the set of sentences, not with the numbers', () => {
    const a = storyOn('low-intake', 100);
    const b = storyOn('low-intake', 120);
    expect(a[1].params).not.toEqual(b[1].params);
    expect(storySignature('normal', a)).toBe(storySignature('normal', b));
    expect(storySignature('hypo', a)).not.toBe(storySignature('normal', a));
    expect(storySignature('normal', a.slice(0, 2))).not.toBe(storySignature('normal', a));
  });
});

describe('no percentage of nothing', () => {
  it('says nothing about the share absorbed when nothing is taken in', () => {
    const inputs = { ...DEFAULT_INPUTS, intakeMgPerDay: 0 };
    const run = simulate({ inputs, days: 30 });
    const current = rowOf(run.series, 30);
    // The model's absorbed fraction is the limit for a vanishing intake (high): not a story.
    expect(current.fractionalAbsorption).toBeGreaterThan(reference.fractionalAbsorption);
    const keys = keysOf(statusStory({ current, reference, inputs }));
    expect(keys).not.toContain('status.absorptionUp');
    expect(keys.some((k) => k.includes('absorption'))).toBe(false);
  });
});
