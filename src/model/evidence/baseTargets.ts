/**
 * Calibration targets C1–C13 (docs/model.md §5.2), each with its published source and
 * the range that source supports. The model's constants were not tuned to these ranges one by one;
 * where constants were fitted (absorption, θ), the parameter table says so.
 */
import { loadAbsorbedFraction, statusFeedback } from '../absorption.ts';
import { calibratedTheta } from '../calibration.ts';
import { urineMmolPerDay } from '../kidney.ts';
import { phytateAvailability } from '../modifiers.ts';
import { DEFAULT_PARAMETERS as p } from '../parameters.ts';
import { healthyState } from '../simulate.ts';
import { MG_PER_MMOL, MMOL_PER_MEQ, mgToMmol } from '../units.ts';
import { after, ivLoadRetention, once, steady } from './probes.ts';
import type { CalibrationTarget } from './types.ts';

const pct = (x: number) => 100 * x;
const reference = once(() => steady());
const testMeal = mgToMmol(20); // a low-Mg test meal
const fine = (addedMeq: number) => pct(loadAbsorbedFraction(testMeal + addedMeq * MMOL_PER_MEQ, 1, p));
const depletion = once(() => after(21, { intakeMgPerDay: 10 }));
const susceptible4y = once(() => after(4 * 365, { ppi: 'susceptible' }));
const gfr = 170; // L/day for the renal-threshold curve (C9)
const urineAtFiltrate = (filtrate: number) =>
  urineMmolPerDay(filtrate / p.ultrafilterableFraction, gfr, calibratedTheta(p), 0, p);

/** Bohn 2004: the fractional absorption of their bread meal (3.6 mmol Mg) with phytic acid, relative to none. */
function bohnRatio(phytateMmol: number): number {
  const meal = 3.6;
  const free = meal * phytateAvailability(phytateMmol, meal, p);
  const absorbed = (load: number) =>
    loadAbsorbedFraction(load, statusFeedback(p.serumRefMmolPerL, p), p) * load;
  return absorbed(free) / absorbed(meal);
}

function thresholdIntercept(): number {
  // Intersection of the high-load asymptote with zero overflow.
  const u1 = urineAtFiltrate(0.8);
  const slope = (urineAtFiltrate(0.9) - u1) / 0.1;
  const obligatory = gfr * p.obligatoryExcretedFraction;
  return 0.8 - (u1 - obligatory * 0.8) / (slope - obligatory);
}

export const BASE_TARGETS: readonly CalibrationTarget[] = [
  {
    id: 'C1',
    title: { nl: 'Volwassene, 350 mg per dag', en: 'Adult, 350 mg a day' },
    setUp: { nl: 'Evenwicht bij 350 mg/dag uit voeding', en: 'Steady state on 350 mg/day from food' },
    source: 'IOM 1997 (DRIs, ch. 6); NIH ODS; EFSA 2015, EFSA J 13:4186; seed article (40–50% absorbed)',
    grade: 'S',
    checks: [
      {
        id: 'serum',
        label: { nl: 'serum-Mg', en: 'serum Mg' },
        unit: 'mmol/L',
        published: '0.85 (0.75–0.95)',
        low: 0.75,
        high: 0.95,
        model: () => reference().serumMgMmolPerL,
      },
      {
        id: 'urine',
        label: { nl: 'Mg in de urine', en: 'urinary Mg' },
        unit: 'mg/d',
        published: '≈ 120',
        low: 100,
        high: 140,
        model: () => reference().urineMgPerDay,
      },
      {
        id: 'absorbed',
        label: { nl: 'geabsorbeerd deel (bruto)', en: 'absorbed fraction (gross)' },
        unit: '%',
        published: '40–50',
        low: 38,
        high: 50,
        model: () => pct(reference().fractionalAbsorption),
      },
    ],
  },
  {
    id: 'C2',
    title: { nl: 'Inname en urine op lange termijn', en: 'Long-term intake and urine' },
    setUp: { nl: 'Evenwicht bij 200 en bij 350 mg/dag', en: 'Steady state on 200 and on 350 mg/day' },
    source: 'Nielsen FH 2016, Magnes Res 29:154',
    grade: 'S',
    checks: [
      {
        id: 'below250',
        label: { nl: 'urine bij 200 mg/dag', en: 'urine on 200 mg/day' },
        unit: 'mg/d',
        published: '40–80 (intake < 250 mg/day)',
        low: 40,
        high: 80,
        model: () => steady({ intakeMgPerDay: 200 }).urineMgPerDay,
      },
      {
        id: 'above250',
        label: { nl: 'urine bij 350 mg/dag', en: 'urine on 350 mg/day' },
        unit: 'mg/d',
        published: '80–160 (intake > 250 mg/day)',
        low: 80,
        high: 160,
        model: () => reference().urineMgPerDay,
      },
    ],
  },
  {
    id: 'C3',
    title: { nl: 'Bodem van de urine bij zeer lage inname', en: 'Urinary floor at very low intake' },
    setUp: { nl: 'Drie weken < 12 mg/dag', en: 'Three weeks on < 12 mg/day' },
    source: 'EFSA 2015 / Hoge Gezondheidsraad via the seed article (urine 5 → 0.5 mmol/day)',
    grade: 'S2',
    checks: [
      {
        id: 'floor',
        label: { nl: 'urine na 3 weken', en: 'urine after 3 weeks' },
        unit: 'mmol/d',
        published: '≈ 0.5',
        low: 0.25,
        high: 0.75,
        model: () => mgToMmol(depletion().at('urineMgPerDay')),
      },
    ],
  },
  {
    id: 'C4',
    title: { nl: 'Eén maaltijd + 0 … 80 mEq Mg-acetaat', en: 'One meal + 0 … 80 mEq Mg acetate' },
    setUp: {
      nl: 'Geabsorbeerd deel van één maaltijd (20 mg Mg) met 0 of 80 mEq extra',
      en: 'Absorbed fraction of one meal (20 mg Mg) with 0 or 80 mEq added',
    },
    source: 'Fine KD et al. 1991, J Clin Invest 88:396',
    grade: 'S',
    checks: [
      {
        id: 'none',
        label: { nl: 'zonder toegevoegd Mg', en: 'no added Mg' },
        unit: '%',
        published: '65',
        low: 55,
        high: 75,
        model: () => fine(0),
      },
      {
        id: '80meq',
        label: { nl: 'met 80 mEq', en: 'with 80 mEq' },
        unit: '%',
        published: '11',
        low: 7,
        high: 15,
        model: () => fine(80),
      },
      {
        id: 'monotone',
        label: {
          nl: 'kleinste daling per stap van 10 mEq (moet > 0)',
          en: 'smallest fall per 10 mEq step (must be > 0)',
        },
        unit: '%',
        published: null,
        low: 1e-9,
        high: Infinity,
        model: () => Math.min(...[0, 10, 20, 30, 40, 50, 60, 70].map((m) => fine(m) - fine(m + 10))),
      },
    ],
  },
  {
    id: 'C5',
    title: { nl: 'Arme en rijke Mg-voeding', en: 'Low and high Mg diets' },
    setUp: {
      nl: 'Evenwicht bij 50 en 900 mg/dag (de bron geeft de inname niet)',
      en: 'Steady state on 50 and 900 mg/day (the summary does not give the intakes)',
    },
    source: 'Schwartz R et al. 1984, via NHMRC 2006',
    grade: 'S2',
    checks: [
      {
        id: 'low',
        label: { nl: 'geabsorbeerd deel bij 50 mg/dag', en: 'absorbed on 50 mg/day' },
        unit: '%',
        published: '≈ 75',
        low: 65,
        high: 85,
        model: () => pct(steady({ intakeMgPerDay: 50 }).fractionalAbsorption),
      },
      {
        id: 'high',
        label: { nl: 'geabsorbeerd deel bij 900 mg/dag', en: 'absorbed on 900 mg/day' },
        unit: '%',
        published: '≈ 25',
        low: 18,
        high: 32,
        model: () => pct(steady({ intakeMgPerDay: 900 }).fractionalAbsorption),
      },
    ],
  },
  {
    id: 'C6',
    title: { nl: 'Oraal ²⁶Mg, 70 mg', en: 'Oral ²⁶Mg tracer, 70 mg' },
    setUp: { nl: 'Geabsorbeerd deel van één dosis van 70 mg', en: 'Absorbed fraction of one 70 mg dose' },
    source: 'Sabatier M et al. 2003, Am J Clin Nutr 77:1206',
    grade: 'S',
    checks: [
      {
        id: 'absorbed',
        label: { nl: 'geabsorbeerd deel', en: 'absorbed fraction' },
        unit: '%',
        published: '48 ± 5 (range: ± 2 SD)',
        low: 38,
        high: 58,
        model: () => pct(loadAbsorbedFraction(mgToMmol(70), 1, p)),
      },
    ],
  },
  {
    id: 'C7',
    title: { nl: 'Broodmaaltijd met fytinezuur', en: 'Bread meal with phytic acid' },
    setUp: {
      nl: 'Maaltijd met 3,6 mmol Mg, geabsorbeerd deel met fytinezuur t.o.v. zonder',
      en: 'Meal with 3.6 mmol Mg, absorbed fraction with phytic acid relative to none',
    },
    source: 'Bohn T et al. 2004, Am J Clin Nutr 79:418',
    grade: 'S',
    checks: [
      {
        id: 'high',
        label: { nl: '1,49 mmol fytinezuur', en: '1.49 mmol phytic acid' },
        unit: '%',
        published: '32.5 → 13.0 (40)',
        low: 35,
        high: 45,
        model: () => pct(bohnRatio(1.49)),
      },
      {
        id: 'some',
        label: { nl: '0,75 mmol fytinezuur', en: '0.75 mmol phytic acid' },
        unit: '%',
        published: '32.2 → 24.0 (75)',
        low: 70,
        high: 80,
        model: () => pct(bohnRatio(0.75)),
      },
    ],
  },
  {
    id: 'C8',
    title: { nl: 'Drie weken bijna geen magnesium', en: 'Three weeks with almost no magnesium' },
    setUp: {
      nl: '21 dagen < 12 mg/dag, dan een IV-belasting',
      en: '21 days on < 12 mg/day, then an IV load',
    },
    source: 'Fatemi S et al. 1991, J Clin Endocrinol Metab 73:1067',
    grade: 'S',
    checks: [
      {
        id: 'serumFall',
        label: { nl: 'daling van serum-Mg', en: 'fall in serum Mg' },
        unit: '%',
        published: '24 (0.80 → 0.61 mmol/L)',
        low: 15,
        high: 33,
        model: () => pct(1 - depletion().at('serumMgMmolPerL') / depletion().at('serumMgMmolPerL', 0)),
      },
      {
        id: 'retentionBefore',
        label: {
          nl: 'vastgehouden deel van een IV-belasting, vooraf',
          en: 'retention of an IV load, before',
        },
        unit: '%',
        published: '11',
        low: 0,
        high: 30,
        model: () => pct(ivLoadRetention(healthyState(350), 350)),
      },
      {
        id: 'retentionAfter',
        label: { nl: 'vastgehouden deel, na 3 weken', en: 'retention, after 3 weeks' },
        unit: '%',
        published: '62',
        low: 45,
        high: 80,
        model: () => pct(ivLoadRetention(depletion().finalState, 10)),
      },
    ],
  },
  {
    id: 'C9',
    title: { nl: 'Nierdrempel bij Mg-infuus', en: 'Renal threshold during Mg infusion' },
    setUp: {
      nl: 'Urine tegen gefilterd Mg (GFR 170 L/dag)',
      en: 'Urine against filtered Mg (GFR 170 L/day)',
    },
    source: 'TmMg in normal, hyper- and hypoparathyroid man (Rude et al. 1980), J Clin Endocrinol Metab',
    grade: 'S2',
    checks: [
      {
        id: 'intercept',
        label: { nl: 'geëxtrapoleerde drempel', en: 'extrapolated threshold' },
        unit: 'mmol/L',
        published: '0.58 (filtrate)',
        low: 0.55,
        high: 0.61,
        model: thresholdIntercept,
      },
      {
        id: 'slope',
        label: {
          nl: 'boven de drempel: uitgescheiden deel van elk extra gefilterd mmol',
          en: 'above it: share of each extra filtered mmol excreted',
        },
        unit: '%',
        published: '≈ 100 (sharp threshold)',
        low: 95,
        high: 101,
        model: () => pct((urineAtFiltrate(0.8) - urineAtFiltrate(0.7)) / 0.1 / gfr),
      },
    ],
  },
  {
    id: 'C10',
    title: { nl: 'Lis- of thiazidediureticum, chronisch', en: 'Chronic loop or thiazide diuretic' },
    setUp: { nl: 'Eén jaar diureticum', en: 'One year on the diuretic' },
    source: 'Sica DA 2004, J Clin Hypertens (serum −5 to −10%)',
    grade: 'S2',
    checks: (['loop', 'thiazide'] as const).map((diuretic) => ({
      id: diuretic,
      label:
        diuretic === 'loop'
          ? { nl: 'lisdiureticum', en: 'loop diuretic' }
          : { nl: 'thiazide', en: 'thiazide' },
      unit: '%',
      published: '−5 to −10',
      low: -11,
      high: -4,
      model: () => pct(after(365, { diuretic }).at('serumMgMmolPerL') / 0.85 - 1),
    })),
  },
  {
    id: 'C11',
    title: { nl: 'Ernstige hypomagnesiëmie door een PPI', en: 'Severe PPI hypomagnesaemia' },
    setUp: { nl: 'Gevoelige PPI-gebruiker, na 4 jaar', en: 'Susceptible PPI user, after 4 years' },
    source:
      'Janett S et al. 2015, Gastroenterol Res Pract 951768 (64 case reports); Elisaf M et al. 1997, Magnes Res 10:315 (FE)',
    grade: 'S',
    checks: [
      {
        id: 'serum',
        label: { nl: 'serum-Mg', en: 'serum Mg' },
        unit: 'mmol/L',
        published: '0.24 [0.15–0.30] after 4 [3–10] years',
        low: 0.15,
        high: 0.3,
        model: () => susceptible4y().at('serumMgMmolPerL'),
      },
      {
        id: 'urine',
        label: { nl: 'Mg in de urine', en: 'urinary Mg' },
        unit: 'mmol/d',
        published: 'low',
        low: 0,
        high: 1,
        model: () => mgToMmol(susceptible4y().at('urineMgPerDay')),
      },
      {
        id: 'fe',
        label: { nl: 'fractionele excretie (niet renaal)', en: 'fractional excretion (not renal)' },
        unit: '%',
        published: '< 2 with losses outside the kidney',
        low: 0,
        high: 2,
        model: () => pct(susceptible4y().at('fractionalExcretion')),
      },
    ],
  },
  {
    id: 'C12',
    title: { nl: 'Diabetes type 2', en: 'Type 2 diabetes' },
    setUp: { nl: 'Evenwicht met diabetes type 2', en: 'Steady state with type 2 diabetes' },
    source: 'Kurstjens S et al. 2017, Eur J Endocrinol 176:11 (395 patients)',
    grade: 'S',
    checks: [
      {
        id: 'serum',
        label: { nl: 'serum-Mg (gemiddelde ± 1 SD)', en: 'serum Mg (mean ± 1 SD)' },
        unit: 'mmol/L',
        published: '0.74 ± 0.10',
        low: 0.64,
        high: 0.84,
        model: () => steady({ conditions: ['type2-diabetes'] }).serumMgMmolPerL,
      },
    ],
  },
  {
    id: 'C13',
    title: { nl: 'Verdeling over het lichaam', en: 'Body composition' },
    setUp: { nl: 'Evenwicht bij 350 mg/dag', en: 'Steady state on 350 mg/day' },
    source: 'EFSA 2015 via the seed article',
    grade: 'S',
    checks: [
      {
        id: 'total',
        label: { nl: 'totaal Mg in het lichaam', en: 'total body Mg' },
        unit: 'g',
        published: '20–28',
        low: 20,
        high: 28,
        model: () => reference().totalBodyMg / 1000,
      },
      {
        id: 'bone',
        label: { nl: 'in bot', en: 'in bone' },
        unit: '%',
        published: '≈ 60',
        low: 50,
        high: 65,
        model: () => pct((reference().boneSurfaceMg + reference().deepBoneMg) / reference().totalBodyMg),
      },
      {
        id: 'muscle',
        label: { nl: 'in spieren', en: 'in muscle' },
        unit: '%',
        published: '≈ 25',
        low: 20,
        high: 27,
        model: () => pct(reference().muscleMg / reference().totalBodyMg),
      },
      {
        id: 'serum',
        label: { nl: 'in serum (3 L plasma)', en: 'in serum (3 L plasma)' },
        unit: '%',
        published: '≈ 0.3',
        low: 0.2,
        high: 0.4,
        model: () =>
          pct((reference().serumMgMmolPerL * p.plasmaVolumeL * MG_PER_MMOL) / reference().totalBodyMg),
      },
    ],
  },
];
