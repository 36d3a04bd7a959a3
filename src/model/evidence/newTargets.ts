/**
 * Calibration targets C14 onward (issue 7): supplements, typical and susceptible PPI users, and
 * non-food Mg with failing kidneys. Each range is what the source supports, not what the model gave.
 */
import type { ModelInputs } from '../inputs.ts';
import { mgToMmol } from '../units.ts';
import { after, once, steady, steadyStateOf } from './probes.ts';
import type { CalibrationTarget } from './types.ts';

const trialWeeks = 12; // Zhang 2016: median trial length
/** Rise in 24-h urine (mmol/d) and serum (mmol/L) after `weeks` on a supplement, vs the start. */
function supplementRise(change: Partial<ModelInputs>, weeks = trialWeeks) {
  const days = weeks * 7;
  const r = after(days, { supplementMgPerDay: 365, supplementDosesPerDay: 2, ...change });
  return {
    urine: mgToMmol(r.at('urineMgPerDay') - r.at('urineMgPerDay', 0)),
    serum: r.at('serumMgMmolPerL') - r.at('serumMgMmolPerL', 0),
    weeksTo90: (() => {
      const plateau = r.at('urineMgPerDay') - r.at('urineMgPerDay', 0);
      const day = r.firstDayAbove('urineMgPerDay', r.at('urineMgPerDay', 0) + 0.9 * plateau);
      return day / 7;
    })(),
  };
}
const soluble = once(() => supplementRise({ supplementForm: 'soluble' }));
const oxide = once(() => supplementRise({ supplementForm: 'oxide' }));

const typicalUser = { ageYears: 65, ppi: 'typical' } as const;
const susceptible = once(() => after(10 * 365, { ppi: 'susceptible' }));
const yearsBelow = (level: number) => susceptible().firstDayBelow('serumMgMmolPerL', level) / 365;

/** A laxative started in someone whose kidneys already failed (run from that steady state). */
function laxativeWith(kidneys: Partial<ModelInputs>, laxative: Partial<ModelInputs>) {
  return after(60, { ...kidneys, ...laxative }, [], steadyStateOf(kidneys));
}
/** Older adult on a Mg oxide laxative with poor kidneys (Japanese cohorts give the MgO salt mass). */
const mgoAtRisk = once(() =>
  laxativeWith(
    { ageYears: 80, gfrMlPerMin: 25 },
    { supplementMgPerDay: 540, supplementDosesPerDay: 3, supplementForm: 'oxide' },
  ),
);
const gramDoses = { supplementMgPerDay: 3000, supplementDosesPerDay: 2 } as const;
const endStage = once(() => laxativeWith({ ageYears: 72, gfrMlPerMin: 5 }, gramDoses));
const severeCkd = once(() => laxativeWith({ ageYears: 72, gfrMlPerMin: 10 }, gramDoses));
/** Weeks until serum has made 90% of its rise over the 60 days. */
function weeksTo90(r: ReturnType<typeof severeCkd>): number {
  const start = r.at('serumMgMmolPerL', 0);
  return r.firstDayAbove('serumMgMmolPerL', start + 0.9 * (r.at('serumMgMmolPerL') - start)) / 7;
}

const sharpThreshold = {
  nl: 'De nierdrempel in het model is scherp: wat de darm meer of minder absorbeert, toont zich in de urine en nauwelijks in het serum.',
  en: 'The model’s renal threshold is sharp: what the gut absorbs more or less shows in the urine, hardly in serum.',
};

export const NEW_TARGETS: readonly CalibrationTarget[] = [
  {
    id: 'C14',
    title: { nl: 'Supplementen in gerandomiseerde studies', en: 'Supplements in randomised trials' },
    setUp: {
      nl: '365 mg/dag in 2 innames, 12 weken; oplosbaar zout en magnesiumoxide (de studies mengen beide)',
      en: '365 mg/day in 2 doses, 12 weeks; a soluble salt and Mg oxide (the trials mix both)',
    },
    source:
      'Zhang X et al. 2016, J Nutr 146:595 (meta-analysis of 48 RCTs, 197–994 mg/day, median 12 weeks); salt forms: Firoz & Graber 2001, Magnes Res 14:257; Kappeler D et al. 2017, BMC Nutr 3:7',
    grade: 'S',
    checks: [
      {
        id: 'urineSoluble',
        label: {
          nl: 'stijging van Mg in 24-uursurine, oplosbaar zout (niet onder het gepoolde BI)',
          en: 'rise in 24-h urinary Mg, soluble salt (not below the pooled CI)',
        },
        unit: 'mmol/d',
        published: '+1.52 (95% CI 1.20–1.83), all salts pooled',
        low: 1.2,
        high: Infinity,
        model: () => soluble().urine,
      },
      {
        id: 'urineOxide',
        label: {
          nl: 'stijging van Mg in 24-uursurine, magnesiumoxide (niet boven het gepoolde BI)',
          en: 'rise in 24-h urinary Mg, Mg oxide (not above the pooled CI)',
        },
        unit: 'mmol/d',
        published: '+1.52 (95% CI 1.20–1.83), all salts pooled',
        low: 0,
        high: 1.83,
        model: () => oxide().urine,
      },
      {
        id: 'serum',
        label: { nl: 'stijging van serum-Mg, oplosbaar zout', en: 'rise in serum Mg, soluble salt' },
        unit: 'mmol/L',
        published: '+0.04 (95% CI 0.02–0.06)',
        low: 0.02,
        high: 0.06,
        model: () => soluble().serum,
        knownMismatch: sharpThreshold,
      },
      {
        id: 'weeks',
        label: {
          nl: 'weken tot 90% van de uiteindelijke stijging in de urine',
          en: 'weeks to 90% of the final rise in urine',
        },
        unit: 'wk',
        published: 'urine reaches its plateau after ≈ 40 weeks (between-trial spline)',
        low: 20,
        high: 60,
        model: () => soluble().weeksTo90,
        knownMismatch: {
          nl: 'In het model volgt de urine de absorptie binnen dagen; de studies vinden maanden (trager aanvullen van weefsels, of verschillen tussen studies).',
          en: 'In the model urine follows absorption within days; the trials find months (slower tissue repletion, or differences between trials).',
        },
      },
    ],
  },
  {
    id: 'C15',
    title: { nl: 'Gewone PPI-gebruikers: urine', en: 'Typical PPI users: urine' },
    setUp: {
      nl: 'Gewone PPI-gebruiker (65 jaar), evenwicht, t.o.v. geen PPI',
      en: 'Typical PPI user (65 y), steady state, vs no PPI',
    },
    source: 'William JH et al. 2014, Nephrology 19:798 (24-h urine of 278 outpatients, 50 on a PPI)',
    grade: 'S',
    checks: [
      {
        id: 'urineFall',
        label: { nl: 'minder Mg in de 24-uursurine', en: 'less Mg in 24-h urine' },
        unit: 'mg/d',
        published: '10.5 ± 5.3 (adjusted; ± 2 SE)',
        low: 0,
        high: 21,
        model: () => steady({ ageYears: 65 }).urineMgPerDay - steady(typicalUser).urineMgPerDay,
      },
    ],
  },
  {
    id: 'C16',
    title: { nl: 'Gewone PPI-gebruikers: serum', en: 'Typical PPI users: serum' },
    setUp: {
      nl: 'Gewone PPI-gebruiker (65 jaar), evenwicht, t.o.v. geen PPI',
      en: 'Typical PPI user (65 y), steady state, vs no PPI',
    },
    source: 'Kieboom BCT et al. 2015, Am J Kidney Dis 66:775 (Rotterdam Study, 724 PPI users)',
    grade: 'S',
    checks: [
      {
        id: 'serumChange',
        label: { nl: 'verschil in serum-Mg', en: 'difference in serum Mg' },
        unit: 'mmol/L',
        published: '−0.011 (95% CI −0.016 to −0.007)',
        low: -0.016,
        high: -0.007,
        model: () => steady(typicalUser).serumMgMmolPerL - steady({ ageYears: 65 }).serumMgMmolPerL,
        knownMismatch: sharpThreshold,
      },
      {
        id: 'stillNormal',
        label: { nl: 'serum-Mg van de gebruiker', en: 'serum Mg of the user' },
        unit: 'mmol/L',
        published: 'mostly normal (hypomagnesaemia in 36 of 724)',
        low: 0.75,
        high: 0.95,
        model: () => steady(typicalUser).serumMgMmolPerL,
      },
    ],
  },
  {
    id: 'C17',
    title: {
      nl: 'Gevoelige PPI-gebruikers: na hoeveel jaar',
      en: 'Susceptible PPI users: after how many years',
    },
    setUp: { nl: 'Gevoelige PPI-gebruiker vanaf dag 0', en: 'Susceptible PPI user from day 0' },
    source:
      'Hess MW et al. 2012, Aliment Pharmacol Ther 36:405 (median 5.5 years); Janett S et al. 2015 (4 [3–10] years); FDA 2011 via the seed article (usually > 1 year)',
    grade: 'S2',
    checks: [
      {
        id: 'below075',
        label: { nl: 'jaren tot serum-Mg < 0,75', en: 'years until serum Mg < 0.75' },
        unit: 'y',
        published: 'usually > 1 year',
        low: 1,
        high: 10,
        model: () => yearsBelow(0.75),
      },
      {
        id: 'below05',
        label: { nl: 'jaren tot serum-Mg < 0,5 (ernstig)', en: 'years until serum Mg < 0.5 (severe)' },
        unit: 'y',
        published: 'diagnosed after 4 [3–10] years; median 5.5',
        low: 1.5,
        high: 10,
        model: () => yearsBelow(0.5),
      },
    ],
  },
  {
    id: 'C18',
    title: { nl: 'Magnesiumoxide bij zwakke nieren', en: 'Mg oxide laxative with weak kidneys' },
    setUp: {
      nl: '80 jaar, GFR 25 mL/min, 900 mg magnesiumoxide (540 mg Mg) per dag, 60 dagen',
      en: 'Age 80, GFR 25 mL/min, 900 mg Mg oxide (540 mg Mg) a day, 60 days',
    },
    source:
      'Case-control study of older MgO users, Magnes Res 2023;36(2):23 (eCcr ≤ 28.2 mL/min and MgO ≥ 900 mg/day: 53% hypermagnesaemic); Wakai E et al. 2019, J Pharm Health Care Sci 5:4 (eGFR ≤ 55.4, MgO ≥ 1650 mg/day, ≥ 36 days)',
    grade: 'E',
    checks: [
      {
        id: 'serum',
        label: {
          nl: 'serum-Mg (bij dit risicoprofiel ligt de helft boven 1,03)',
          en: 'serum Mg (half of this risk profile lies above 1.03)',
        },
        unit: 'mmol/L',
        published: 'about half ≥ 1.03 (2.5 mg/dL)',
        low: 0.95,
        high: 1.15,
        model: () => mgoAtRisk().at('serumMgMmolPerL'),
      },
    ],
  },
  {
    id: 'C19',
    title: { nl: 'Magnesiumlaxeermiddel bij nierfalen', en: 'Mg laxative with kidney failure' },
    setUp: {
      nl: '3 g Mg per dag (oplosbaar) in 2 innames, gestart bij GFR 10 of 5 mL/min',
      en: '3 g Mg a day (soluble) in 2 doses, started at GFR 10 or 5 mL/min',
    },
    source:
      'Yamaguchi H et al. 2019, CEN Case Rep 8:31 (4 older patients with renal dysfunction); Onishi S, Yoshino S 2006, Intern Med 45:207; IOM 1997; seed article (toxic above 2,500 mg)',
    grade: 'S2',
    checks: [
      {
        id: 'weeks',
        label: {
          nl: 'weken tot 90% van de stijging, GFR 10',
          en: 'weeks to 90% of the rise, GFR 10',
        },
        unit: 'wk',
        published: 'within days to weeks of starting or raising the dose',
        low: 0.3,
        high: 6,
        model: () => weeksTo90(severeCkd()),
      },
      {
        id: 'endStage',
        label: {
          nl: 'serum-Mg na 60 dagen, GFR 5 (eindstadium)',
          en: 'serum Mg after 60 days, GFR 5 (end stage)',
        },
        unit: 'mmol/L',
        published: 'symptomatic to toxic: ≥ 1.75 (reflexes lost) up to 5',
        low: 1.75,
        high: 5,
        model: () => endStage().at('serumMgMmolPerL'),
      },
    ],
  },
];
