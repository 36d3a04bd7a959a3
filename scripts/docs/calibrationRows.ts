/**
 * The calibration targets C1–C13 as docs/model.md §5.2 prints them: the published outcome, what
 * the model gives now (computed here, the same way tests/validation/calibration.test.ts does) and
 * how the two compare. The table generator takes any list of CalibrationRow, so a module of
 * targets (with their own computations) can replace this one without touching the generator.
 */
import {
  bolusAbsorbedFraction,
  calibratedTheta,
  DEFAULT_PARAMETERS as p,
  MG_PER_MMOL,
  mgToMmol,
  MMOL_PER_MEQ,
  phytateFactor,
  urineMmolPerDay,
} from '../../src/model/index.ts';
import { after, healthyState, ivLoadRetention, steady } from '../../tests/validation/helpers.ts';
import type { DocLocale } from './tables.ts';

type Text = Readonly<Record<DocLocale, string>>;

export interface CalibrationRow {
  id: string;
  condition: Text;
  published: Text;
  /** The model's result now, written for the locale. */
  model: (locale: DocLocale) => string;
  verdict: Text;
}

/** Fixed decimals, with a decimal comma in Dutch. */
const fixed = (locale: DocLocale, value: number, digits: number): string => {
  const text = value.toFixed(digits);
  return locale === 'nl' ? text.replace('.', ',') : text;
};
const pct = (locale: DocLocale, fraction: number, digits = 0) => `${fixed(locale, 100 * fraction, digits)}%`;
const perDay = (locale: DocLocale) => (locale === 'nl' ? 'mg/dag' : 'mg/day');
const t = (en: string, nl: string): Text => ({ en, nl });

const fasting = { activeBlock: 0, passiveBlock: 0, vmaxFactor: 1 };
const bolus = (mmol: number) => bolusAbsorbedFraction(mmol, 1, fasting, p);

/** Everything the rows print, computed once. */
function measure() {
  const ref = steady();
  const depleted = after(21, { intakeMgPerDay: 10 });
  const ppi = after(4 * 365, { ppi: 'susceptible' });
  const gfr = 170;
  const theta = calibratedTheta();
  const urineAtFiltrate = (f: number) => urineMmolPerDay(f / p.ultrafilterableFraction, gfr, theta, 0, p);
  const bread = bolus(3.6);
  const serumFall = (diuretic: 'loop' | 'thiazide') => after(365, { diuretic }).at('serumMgMmolPerL');
  return {
    ref,
    urineAt: (mg: number) => steady({ intakeMgPerDay: mg }).urineMgPerDay,
    absorbedAt: (mg: number) => steady({ intakeMgPerDay: mg }).fractionalAbsorption,
    depletedUrineMmol: mgToMmol(depleted.at('urineMgPerDay')),
    depletedUrineMg: depleted.at('urineMgPerDay'),
    meal: bolus(mgToMmol(20)),
    mealPlus80: bolus(mgToMmol(20) + 80 * MMOL_PER_MEQ),
    tracer: bolus(mgToMmol(70)),
    bread,
    phytate: (mmol: number) => phytateFactor(mmol, p.phytateHalfEffectMmol),
    depletedSerum: [depleted.at('serumMgMmolPerL', 0), depleted.at('serumMgMmolPerL')],
    retention: [ivLoadRetention(healthyState(350), 350), ivLoadRetention(depleted.finalState, 10)],
    theta,
    slope: (urineAtFiltrate(0.8) - urineAtFiltrate(0.7)) / 0.1 / gfr,
    loop: serumFall('loop'),
    thiazide: serumFall('thiazide'),
    ppiSerum: ppi.at('serumMgMmolPerL'),
    ppiUrineMg: ppi.at('urineMgPerDay'),
    ppiFe: ppi.at('fractionalExcretion'),
    diabetes: steady({ conditions: ['type2-diabetes'] }).serumMgMmolPerL,
  };
}

let measured: ReturnType<typeof measure> | undefined;
const m = () => (measured ??= measure());

export const CALIBRATION_ROWS: readonly CalibrationRow[] = [
  {
    id: 'C1',
    condition: t('adult, 350 mg/day, steady state', 'volwassene, 350 mg/dag, evenwicht'),
    published: t(
      'serum 0.75–0.95 (0.85); urine ≈ 120 mg/day; gross absorption 40–50%',
      'serum 0,75–0,95 (0,85); urine ≈ 120 mg/dag; bruto opname 40–50%',
    ),
    model: (l) =>
      `${fixed(l, m().ref.serumMgMmolPerL, 3)}; ${fixed(l, m().ref.urineMgPerDay, 0)} ${perDay(l)}; ${pct(l, m().ref.fractionalAbsorption, 1)}`,
    verdict: t('✓ (urine a little low)', '✓ (urine wat laag)'),
  },
  {
    id: 'C2',
    condition: t('long-term intake < / > 250 mg/day', 'langdurige inname < / > 250 mg/dag'),
    published: t('urine 40–80 / 80–160 mg/day', 'urine 40–80 / 80–160 mg/dag'),
    model: (l) => {
      const u = (mg: number) => `${mg} → ${fixed(l, m().urineAt(mg), 0)}`;
      return `${u(150)}, ${u(200)} / ${u(300)}, ${u(350)}, ${u(420)} ${perDay(l)}`;
    },
    verdict: t('✓', '✓'),
  },
  {
    id: 'C3',
    condition: t('very low intake', 'zeer lage inname'),
    published: t('urinary floor ≈ 0.5 mmol/day', 'ondergrens urine ≈ 0,5 mmol/dag'),
    model: (l) =>
      l === 'nl'
        ? `${fixed(l, m().depletedUrineMmol, 2)} mmol/dag (${fixed(l, m().depletedUrineMg, 0)} mg) na 21 dagen met 10 mg/dag`
        : `${fixed(l, m().depletedUrineMmol, 2)} mmol/day (${fixed(l, m().depletedUrineMg, 0)} mg) after 21 days on 10 mg/day`,
    verdict: t('≈ (floor falls with serum)', '≈ (ondergrens daalt mee met het serum)'),
  },
  {
    id: 'C4',
    condition: t('meal + 0 … 80 mEq Mg acetate', 'maaltijd + 0 … 80 mEq Mg-acetaat'),
    published: t('fractional absorption 65% → 11%', 'absorptiecoëfficiënt 65% → 11%'),
    model: (l) =>
      `${pct(l, m().meal)} → ${pct(l, m().mealPlus80)} ` +
      (l === 'nl' ? '(testmaaltijd van 20 mg; één bolus)' : '(20 mg test meal; one bolus)'),
    verdict: t('✓', '✓'),
  },
  {
    id: 'C5',
    condition: t('low vs high Mg diet', 'Mg-arme vs Mg-rijke voeding'),
    published: t('≈ 75% vs ≈ 25%', '≈ 75% vs ≈ 25%'),
    model: (l) => {
      const at = l === 'nl' ? 'bij' : 'at';
      return `${pct(l, m().absorbedAt(50))} ${at} 50 ${perDay(l)}, ${pct(l, m().absorbedAt(900))} ${at} 900 ${perDay(l)}`;
    },
    verdict: t('✓', '✓'),
  },
  {
    id: 'C6',
    condition: t('70 mg oral ²⁶Mg', '70 mg oraal ²⁶Mg'),
    published: t('48 ± 5%', '48 ± 5%'),
    model: (l) => pct(l, m().tracer, 1),
    verdict: t('✓', '✓'),
  },
  {
    id: 'C7',
    condition: t(
      'bread meal, 3.6 mmol Mg, phytic acid 1.49 / 0.75 mmol',
      'broodmaaltijd, 3,6 mmol Mg, fytinezuur 1,49 / 0,75 mmol',
    ),
    published: t(
      '32.5 → 13.0% / 32.2 → 24.0% (ratios 0.40 / 0.75)',
      '32,5 → 13,0% / 32,2 → 24,0% (verhoudingen 0,40 / 0,75)',
    ),
    model: (l) => {
      const b = m().bread;
      const [high, low] = [m().phytate(1.49), m().phytate(0.75)];
      const from = fixed(l, 100 * b, 1);
      return (
        `${from} → ${pct(l, b * high, 1)} / ${from} → ${pct(l, b * low, 1)} ` +
        `(${l === 'nl' ? 'verhoudingen' : 'ratios'} ${fixed(l, high, 2)} / ${fixed(l, low, 2)})`
      );
    },
    verdict: t('ratio ✓, level ✗', 'verhouding ✓, niveau ✗'),
  },
  {
    id: 'C8',
    condition: t('3 weeks on < 12 mg/day', '3 weken met < 12 mg/dag'),
    published: t(
      'serum 0.80 → 0.61 (−24%); IV-load retention 11% → 62%',
      'serum 0,80 → 0,61 (−24%); retentie IV-belasting 11% → 62%',
    ),
    model: (l) => {
      const [start, end] = m().depletedSerum;
      const [before, depleted] = m().retention;
      return `${fixed(l, start, 3)} → ${fixed(l, end, 3)} (−${pct(l, 1 - end / start, 1)}); ${pct(l, before)} → ${pct(l, depleted)}`;
    },
    verdict: t('≈', '≈'),
  },
  {
    id: 'C9',
    condition: t('Mg infusion', 'Mg-infuus'),
    published: t('TmMg ≈ 0.58 mmol/L filtrate, sharp', 'TmMg ≈ 0,58 mmol/L filtraat, scherp'),
    model: (l) =>
      `${fixed(l, m().theta, 3)}; ` +
      (l === 'nl'
        ? `erboven stijgt de urine met ${fixed(l, m().slope, 3)} × GFR`
        : `above it urine slope = ${fixed(l, m().slope, 3)} × GFR`),
    verdict: t('✓', '✓'),
  },
  {
    id: 'C10',
    condition: t('chronic loop / thiazide diuretic', 'chronisch lis- / thiazidediureticum'),
    published: t('serum −5 to −10%', 'serum −5 tot −10%'),
    model: (l) => {
      const fall = (s: number) => `−${pct(l, 1 - s / p.serumRefMmolPerL, 1)} (${fixed(l, s, 3)})`;
      return l === 'nl'
        ? `lis ${fall(m().loop)}, thiazide ${fall(m().thiazide)} na een jaar`
        : `loop ${fall(m().loop)}, thiazide ${fall(m().thiazide)} after a year`;
    },
    verdict: t('✓', '✓'),
  },
  {
    id: 'C11',
    condition: t('severe PPI hypomagnesaemia', 'ernstige PPI-hypomagnesiëmie'),
    published: t(
      '0.24 [0.15–0.30] mmol/L after 4 [3–10] years; urine low',
      '0,24 [0,15–0,30] mmol/L na 4 [3–10] jaar; urine laag',
    ),
    model: (l) => {
      const urine = `${fixed(l, m().ppiUrineMg, 0)} ${perDay(l)} (${fixed(l, m().ppiUrineMg / MG_PER_MMOL, 2)} mmol)`;
      return l === 'nl'
        ? `${fixed(l, m().ppiSerum, 3)} na 4 jaar; urine ${urine}, FE ${pct(l, m().ppiFe, 1)}`
        : `${fixed(l, m().ppiSerum, 3)} after 4 years; urine ${urine}, FE ${pct(l, m().ppiFe, 1)}`;
    },
    verdict: t('level ✓, timing ✗', 'niveau ✓, tijdsverloop ✗'),
  },
  {
    id: 'C12',
    condition: t('type 2 diabetes', 'diabetes type 2'),
    published: t('0.74 ± 0.10 mmol/L; 30.6% below 0.70', '0,74 ± 0,10 mmol/L; 30,6% onder 0,70'),
    model: (l) =>
      `${fixed(l, m().diabetes, 3)} ` +
      (l === 'nl' ? '(één persoon; geen spreiding)' : '(one person; no distribution)'),
    verdict: t('✓', '✓'),
  },
  {
    id: 'C13',
    condition: t('composition', 'samenstelling'),
    published: t(
      '≈ 60% bone, ≈ 25% muscle, ≈ 0.3% serum, 20–28 g',
      '≈ 60% bot, ≈ 25% spieren, ≈ 0,3% serum, 20–28 g',
    ),
    model: (l) => {
      const r = m().ref;
      const total = r.totalBodyMg;
      const serumMg = r.serumMgMmolPerL * p.plasmaVolumeL * MG_PER_MMOL;
      return [
        pct(l, (r.boneSurfaceMg + r.deepBoneMg) / total, 1),
        pct(l, r.muscleMg / total, 1),
        pct(l, serumMg / total, 2),
        `${fixed(l, total / 1000, 1)} g`,
      ].join(', ');
    },
    verdict: t('✓', '✓'),
  },
];
