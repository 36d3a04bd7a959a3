/**
 * Sensitivities from the linearisation against finite differences of re-solved steady states,
 * and what physiology says should matter: absorption under a PPI, the GFR as kidneys fail.
 */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_INPUTS,
  DEFAULT_PARAMETERS,
  steadyStateReport,
  validateInputs,
  type ModelInputs,
} from '../../../../src/model/index.ts';
import {
  CALIBRATION_ANCHORS,
  ranked,
  sensitivity,
  type Elasticity,
  type Factor,
} from '../../../../src/model/analysis/index.ts';
import { findScenario, scenarioInputs } from '../../../../src/scenarios/scenarios.ts';

const scenario = (id: string) => scenarioInputs(findScenario(id)!);

/** ∂ln Y/∂ln x by central differences of two full steady-state solves, step 10⁻³. */
function finiteDifference(factor: Factor, inputs: ModelInputs): { serum: number; urine: number } {
  const h = 1e-3;
  const at = (scale: number) => {
    if (factor.kind === 'parameter')
      return steadyStateReport(inputs, {
        ...DEFAULT_PARAMETERS,
        [factor.name]: DEFAULT_PARAMETERS[factor.name] * scale,
      });
    return steadyStateReport(
      validateInputs({ ...inputs, [factor.name]: inputs[factor.name] * scale }).inputs,
    );
  };
  const up = at(1 + h);
  const down = at(1 - h);
  const d = Math.log((1 + h) / (1 - h));
  return {
    serum: Math.log(up.serumMgMmolPerL / down.serumMgMmolPerL) / d,
    urine: Math.log(up.urineMgPerDay / down.urineMgPerDay) / d,
  };
}

const CASES: [string, ModelInputs][] = [
  ['reference adult', DEFAULT_INPUTS],
  ['long-term PPI (susceptible)', scenario('ppi-long-term')],
  ['laxative with kidney failure', scenario('laxative-kidney-failure')],
  ['loop diuretic', scenario('loop-diuretic')],
  ['supplement above the UL', scenario('supplement-above-ul')],
];

describe.each(CASES)('sensitivities, %s', (_name, inputs) => {
  const s = sensitivity(inputs);

  it('agree with finite differences of re-solved steady states for every factor', () => {
    for (const e of s.elasticities) {
      const fd = finiteDifference(e.factor, inputs);
      const label = `${e.factor.kind} ${e.factor.name}`;
      expect(Math.abs((e.serum ?? NaN) - fd.serum), `${label}, serum`).toBeLessThan(
        2e-3 + 0.01 * Math.abs(fd.serum),
      );
      expect(Math.abs((e.urine ?? NaN) - fd.urine), `${label}, urine`).toBeLessThan(
        2e-3 + 0.01 * Math.abs(fd.urine),
      );
    }
  });

  it('reports the steady state it linearised at', () => {
    const report = steadyStateReport(inputs);
    expect(s.serumMmolPerL).toBeCloseTo(report.serumMgMmolPerL, 9);
    expect(s.urineMgPerDay).toBeCloseTo(report.urineMgPerDay, 6);
  });
});

const find = (s: ReturnType<typeof sensitivity>, kind: Factor['kind'], name: string): Elasticity =>
  s.elasticities.find((e) => e.factor.kind === kind && e.factor.name === name)!;
const isAnchor = (e: Elasticity) =>
  e.factor.kind === 'parameter' && CALIBRATION_ANCHORS.includes(e.factor.name);

describe('what matters most', () => {
  it('at the reference state serum follows the reference serum value one to one (the calibration)', () => {
    const s = sensitivity(DEFAULT_INPUTS);
    expect(find(s, 'parameter', 'serumRefMmolPerL').serum).toBeCloseTo(1, 3);
    // The sharp renal threshold holds serum: 10% more of any mechanism moves it by less than 1%.
    for (const e of ranked(s, 'serum').filter((e) => !isAnchor(e)))
      expect(Math.abs(e.serum!)).toBeLessThan(0.1);
  });

  it('with a PPI blocking uptake, what is absorbed sets serum: the top factor acts on absorption', () => {
    const inputs = scenario('ppi-long-term');
    const top = ranked(sensitivity(inputs), 'serum').find((e) => !isAnchor(e))!;
    // Acting on absorption: raising the factor raises the Mg absorbed at the same serum.
    const absorbedAt = (scale: number) => {
      const f = top.factor;
      if (f.kind === 'input')
        return steadyStateReport({ ...inputs, [f.name]: inputs[f.name] * scale }).absorbedMgPerDay;
      return steadyStateReport(inputs, {
        ...DEFAULT_PARAMETERS,
        [f.name]: DEFAULT_PARAMETERS[f.name] * scale,
      }).absorbedMgPerDay;
    };
    expect(absorbedAt(1.01)).toBeGreaterThan(absorbedAt(1));
    expect(top.serum!).toBeGreaterThan(0.5);
  });

  // Serum Mg stays near normal until the GFR falls below about 30 mL/min, then rises (the kidney
  // adapts its fractional excretion first): the slope must grow as the GFR falls. Below 10 mL/min
  // the gut's status feedback takes over part of the defence, so the range stops at 10.
  it('as kidneys fail, serum depends more and more on the GFR', () => {
    const gfrs = [120, 60, 30, 15, 10];
    const e = gfrs.map(
      (g) => find(sensitivity({ ...DEFAULT_INPUTS, gfrMlPerMin: g }), 'input', 'gfrMlPerMin').serum!,
    );
    for (const v of e) expect(v).toBeLessThan(0);
    for (let i = 1; i < e.length; i++) expect(Math.abs(e[i])).toBeGreaterThan(Math.abs(e[i - 1]));
    expect(Math.abs(e[e.length - 1])).toBeGreaterThan(3 * Math.abs(e[0]));
  });

  it('skips what has no local slope: inputs at zero and whole-number inputs', () => {
    const s = sensitivity(DEFAULT_INPUTS);
    const skipped = s.skipped.map((x) => `${x.factor.name}:${x.reason}`);
    expect(skipped).toContain('supplementMgPerDay:zero');
    expect(skipped).toContain('supplementDosesPerDay:whole-number');
    expect(skipped).toContain('ageYears:whole-number');
    expect(skipped).toContain('mealsPerDay:structural');
    for (const e of s.elasticities) {
      expect(Number.isFinite(e.serum)).toBe(true);
      expect(Number.isFinite(e.urine)).toBe(true);
    }
  });
});
