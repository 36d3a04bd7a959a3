// Direction and rough size of every modifier (model spec §5), and the source article's statements
// about adaptation, each with the source it comes from.
import { describe, expect, it } from 'vitest';
import { alertsFor, bandOf, simulate, type ModelInputs } from '../../src/model/index.ts';
import { getReadyMenu, menuToModelInputs } from '../../src/nutrition/index.ts';
import { adult, after, steady } from './helpers.ts';

const REF = steady();
const serum = (change: Partial<ModelInputs>) => steady(change).serumMgMmolPerL;
const relativeSerum = (change: Partial<ModelInputs>) => serum(change) / REF.serumMgMmolPerL - 1;

describe('seed article: adaptation to intake (EFSA 2015 via Lodewijckx 2025)', () => {
  it('on a low intake the kidneys cut urinary Mg while serum stays normal', () => {
    const low = steady({ intakeMgPerDay: 180 });
    expect(low.urineMgPerDay).toBeLessThan(0.7 * REF.urineMgPerDay);
    expect(bandOf(low.serumMgMmolPerL)).toBe('normal');
  });
  it('urine responds within days, much faster than the stores', () => {
    const run = after(7, { intakeMgPerDay: 180 });
    const urineDone =
      (REF.urineMgPerDay - run.at('urineMgPerDay')) /
      (REF.urineMgPerDay - steady({ intakeMgPerDay: 180 }).urineMgPerDay);
    expect(urineDone).toBeGreaterThan(0.5);
  });
  it('a higher intake gives a lower absorbed fraction', () => {
    expect(steady({ intakeMgPerDay: 600 }).fractionalAbsorption).toBeLessThan(REF.fractionalAbsorption);
    expect(steady({ intakeMgPerDay: 150 }).fractionalAbsorption).toBeGreaterThan(REF.fractionalAbsorption);
  });
  it('most faecal Mg is unabsorbed dietary Mg, not endogenous (Lakshmanan 1984)', () => {
    expect(REF.endogenousFaecalMgPerDay).toBeLessThan(0.5 * REF.faecesMgPerDay);
  });
  it('endogenous faecal loss falls with serum (reabsorption depends on serum; Swaminathan 2003)', () => {
    expect(after(21, { intakeMgPerDay: 10 }).at('endogenousFaecalMgPerDay')).toBeLessThan(
      REF.endogenousFaecalMgPerDay,
    );
  });
  it('in deficiency the bone surface gives up Mg and muscle keeps most of its own', () => {
    const run = after(60, { intakeMgPerDay: 10 });
    const boneLoss = 1 - run.at('boneSurfaceMg') / run.at('boneSurfaceMg', 0);
    const muscleLoss = 1 - run.at('muscleMg') / run.at('muscleMg', 0);
    expect(boneLoss).toBeGreaterThan(0.05);
    expect(muscleLoss).toBeLessThan(boneLoss / 2);
  });
  it('breastfeeding (25 mg/day into milk) is compensated by more absorption and less urine', () => {
    const base = steady({ intakeMgPerDay: 300, sex: 'female' });
    const milk = steady({ intakeMgPerDay: 300, sex: 'female', conditions: ['lactation'] });
    expect(milk.milkMgPerDay).toBeCloseTo(25, 0);
    expect(milk.urineMgPerDay).toBeLessThan(base.urineMgPerDay);
    expect(milk.absorbedMgPerDay).toBeGreaterThan(base.absorbedMgPerDay);
    expect(bandOf(milk.serumMgMmolPerL)).toBe('normal');
  });
});

describe('diet composition (EFSA 2015; Bohn 2004)', () => {
  it('phytic acid lowers absorption, more with more phytate', () => {
    const some = steady({ phytateMmolPerMeal: 0.75 }).absorbedMgPerDay;
    const high = steady({ phytateMmolPerMeal: 1.5 }).absorbedMgPerDay;
    expect(some).toBeLessThan(REF.absorbedMgPerDay);
    expect(high).toBeLessThan(some);
  });
  it('fermentable fibre raises absorption a little (5–15%)', () => {
    const ratio = steady({ fermentableFibre: true }).absorbedMgPerDay / REF.absorbedMgPerDay;
    expect(ratio).toBeGreaterThan(1.0);
    expect(ratio).toBeLessThan(1.15);
  });
  it('Mg-rich water adds to intake (1.5 L at 108 mg/L ≈ 160 mg/day more)', () => {
    const w = steady({ waterMgPerL: 108, waterLPerDay: 1.5 });
    expect(w.intakeMgPerDay - REF.intakeMgPerDay).toBeCloseTo(162, 0);
    expect(w.absorbedMgPerDay).toBeGreaterThan(REF.absorbedMgPerDay);
  });
  it('food first: the Mg-rich and vegan days absorb more and give no lower serum than an ordinary day', () => {
    const day = (id: 'typical-belgian' | 'mg-rich' | 'vegan') => steady(menuToModelInputs(getReadyMenu(id)));
    const ordinary = day('typical-belgian');
    for (const id of ['mg-rich', 'vegan'] as const) {
      expect(day(id).absorbedMgPerDay).toBeGreaterThan(ordinary.absorbedMgPerDay);
      expect(day(id).serumMgMmolPerL).toBeGreaterThanOrEqual(ordinary.serumMgMmolPerL);
    }
  });
  it('realistic phytic acid (a Western diet, ≈ 0.4 mmol per meal) costs little; 1 mmol per meal more', () => {
    const western = steady({ phytateMmolPerMeal: 0.4 }).absorbedMgPerDay / REF.absorbedMgPerDay;
    const wholeGrain = steady({ phytateMmolPerMeal: 1.0 }).absorbedMgPerDay / REF.absorbedMgPerDay;
    expect(western).toBeGreaterThan(0.9);
    expect(wholeGrain).toBeLessThan(western);
  });
  it('the same supplement split in doses is absorbed better than one bolus (Fine 1991)', () => {
    const one = steady({ supplementMgPerDay: 300, supplementDosesPerDay: 1 }).absorbedMgPerDay;
    const three = steady({ supplementMgPerDay: 300, supplementDosesPerDay: 3 }).absorbedMgPerDay;
    expect(three).toBeGreaterThan(one * 1.05);
  });
});

describe('drugs (Sarafidis 2010; Sica 2004; FDA 2011; Hess 2012)', () => {
  it('loop and thiazide diuretics raise urinary Mg at first, then serum settles lower', () => {
    for (const diuretic of ['loop', 'thiazide'] as const) {
      const run = after(120, { diuretic });
      expect(run.at('urineMgPerDay', 1)).toBeGreaterThan(REF.urineMgPerDay * 1.1);
      expect(run.at('serumMgMmolPerL')).toBeLessThan(REF.serumMgMmolPerL);
    }
  });
  it('the loop diuretic acts more strongly than the thiazide', () => {
    expect(relativeSerum({ diuretic: 'loop' })).toBeLessThan(relativeSerum({ diuretic: 'thiazide' }));
  });
  it('amiloride (potassium-sparing) limits excretion: serum slightly up (0–5%)', () => {
    expect(relativeSerum({ diuretic: 'potassium-sparing' })).toBeGreaterThan(0);
    expect(relativeSerum({ diuretic: 'potassium-sparing' })).toBeLessThan(0.05);
  });
  it('a typical PPI user stays normal; a susceptible user becomes severely hypomagnesaemic within a few years', () => {
    expect(bandOf(serum({ ppi: 'typical' }))).toBe('normal');
    expect(after(4 * 365, { ppi: 'susceptible' }).at('serumMgMmolPerL')).toBeLessThan(0.5);
  });
  it('in a susceptible PPI user the low serum is not the kidney’s fault: urine and FE fall', () => {
    const run = after(4 * 365, { ppi: 'susceptible' });
    expect(run.at('urineMgPerDay')).toBeLessThan(0.2 * REF.urineMgPerDay);
    expect(run.at('fractionalExcretion')).toBeLessThan(REF.fractionalExcretion);
  });
  it('supplements raise serum in a susceptible PPI user but do not normalise it; stopping the PPI does', () => {
    const susceptible = serum({ ppi: 'susceptible' });
    const withSupplement = serum({ ppi: 'susceptible', supplementMgPerDay: 400, supplementDosesPerDay: 2 });
    expect(withSupplement).toBeGreaterThan(susceptible);
    expect(withSupplement).toBeLessThan(0.75);
    expect(serum({})).toBeGreaterThan(0.75);
  });
  it('after stopping the PPI serum is back in the normal band within weeks, and it returns on re-challenge', () => {
    const years = 4 * 365;
    expect(after(years, { ppi: 'susceptible' }).at('serumMgMmolPerL')).toBeLessThan(0.5);
    expect(simulateStop(years, 28)).toBeGreaterThan(0.75);
    // The PPI effect, built up over years, fades slowly: restarting after a month brings it back in weeks.
    const r = simulate({
      inputs: adult({ ppi: 'susceptible' }),
      events: [
        { day: years, changes: { ppi: 'none' } },
        { day: years + 30, changes: { ppi: 'susceptible' } },
      ],
      days: years + 90,
    }).series.serumMgMmolPerL;
    expect(r[years + 29]).toBeGreaterThan(0.75);
    expect(r[years + 30 + 42]).toBeLessThan(0.75);
  });
  it('a bigger supplement never lowers serum in a susceptible PPI user (issue 7 table)', () => {
    let last = -Infinity;
    for (const mg of [0, 250, 750, 1000, 2000]) {
      const s = serum({ ppi: 'susceptible', supplementMgPerDay: mg });
      expect(s).toBeGreaterThan(last);
      last = s;
    }
  });
});

function simulateStop(stopDay: number, daysAfter: number): number {
  const r = simulate({
    inputs: adult({ ppi: 'susceptible' }),
    events: [{ day: stopDay, changes: { ppi: 'none' } }],
    days: stopDay + daysAfter,
  });
  return r.series.serumMgMmolPerL[stopDay + daysAfter];
}

describe('conditions (Rude 2010; Kurstjens 2017; Rivlin 1994; Musso 2009)', () => {
  it('type 2 diabetes raises urinary loss and lowers serum to near the lower limit', () => {
    const d = steady({ conditions: ['type2-diabetes'] });
    expect(d.fractionalExcretion).toBeGreaterThan(REF.fractionalExcretion);
    expect(d.serumMgMmolPerL).toBeLessThan(0.8);
  });
  it('chronic alcohol use with a poorer diet lowers serum: less eaten, less absorbed, more excreted', () => {
    const a = steady({ conditions: ['alcohol'], intakeMgPerDay: 250 });
    const diet = steady({ intakeMgPerDay: 250 });
    expect(a.serumMgMmolPerL).toBeLessThan(diet.serumMgMmolPerL);
    expect(a.fractionalAbsorption).toBeLessThan(diet.fractionalAbsorption);
    // More excreted: on the same diet, urinary Mg rises as soon as drinking starts.
    expect(after(2, { conditions: ['alcohol'] }).at('urineMgPerDay', 1)).toBeGreaterThan(REF.urineMgPerDay);
  });
  it('GI disease: faecal losses dominate and serum falls into hypomagnesaemia', () => {
    const g = steady({ conditions: ['gi-disease'] });
    expect(g.faecesMgPerDay).toBeGreaterThan(REF.faecesMgPerDay);
    expect(g.urineMgPerDay).toBeLessThan(0.3 * REF.urineMgPerDay);
    expect(bandOf(g.serumMgMmolPerL)).toBe('hypo');
  });
  it('older age: less absorbed and more excreted than a younger adult on the same diet', () => {
    const old = steady({ ageYears: 78 });
    expect(old.fractionalAbsorption).toBeLessThan(REF.fractionalAbsorption);
    expect(old.serumMgMmolPerL).toBeLessThan(REF.serumMgMmolPerL);
  });
  it('poorer kidney function (θ fixed) raises serum; the kidneys set the level', () => {
    expect(serum({ gfrMlPerMin: 30 })).toBeGreaterThan(serum({ gfrMlPerMin: 120 }));
  });
});

describe('excess (SCF 2001; IOM 1997; EFSA 2006 via seed article)', () => {
  it('a supplement above the UL raises the laxative alert but hardly raises serum with healthy kidneys', () => {
    const inputs = adult({ supplementMgPerDay: 500 });
    const s = steady({ supplementMgPerDay: 500 });
    expect(s.serumMgMmolPerL).toBeLessThan(0.95);
    expect(alertsFor(s.serumMgMmolPerL, inputs)).toContain('laxative-likely');
    expect(s.faecesMgPerDay).toBeGreaterThan(REF.faecesMgPerDay + 300);
  });
  it('below the UL there is no laxative alert', () => {
    expect(alertsFor(0.85, adult({ supplementMgPerDay: 200 }))).not.toContain('laxative-above-ul');
  });
  it('even 2.5 g/day of laxative Mg stays short of hypermagnesaemia while the kidneys work', () => {
    expect(serum({ supplementMgPerDay: 2500 })).toBeLessThan(1.05);
  });
  it('a Mg laxative with kidney failure (GFR 10 mL/min) causes hypermagnesaemia', () => {
    expect(bandOf(serum({ supplementMgPerDay: 2500, gfrMlPerMin: 10 }))).toBe('hyper');
  });
});
