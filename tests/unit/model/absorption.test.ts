// One carrier shared by food, water and supplement (model spec §3, revised).
import { describe, expect, it } from 'vitest';
import {
  absorption,
  DEFAULT_INPUTS,
  DEFAULT_PARAMETERS as p,
  doseShares,
  effectsOf,
  mgToMmol,
  steadyStateReport,
  windowLoads,
  type ModelInputs,
} from '../../../src/model/index.ts';

const effects = (change: Partial<ModelInputs>) => effectsOf({ ...DEFAULT_INPUTS, ...change }, p);

describe('one shared carrier, meal by meal', () => {
  it('three equal loads give exactly the daily form f_lin·I + I·V_p/(K_p + I) + g·I·V_t/(K_t + I)', () => {
    for (const [food, supp] of [
      [350, 0],
      [200, 300],
      [0, 900],
    ]) {
      const e = effects({ intakeMgPerDay: food, supplementMgPerDay: supp, supplementDosesPerDay: 3 });
      const I = mgToMmol(food) + mgToMmol(supp) * e.nonFoodAvailability;
      const daily =
        p.paracellularLinearFraction * I +
        (p.paracellularVmaxMmolPerDay * I) / (p.paracellularKmMmolPerDay + I) +
        (p.transcellularVmaxMmolPerDay * I) / (p.transcellularKmMmolPerDay + I);
      const a = absorption(p.serumRefMmolPerL, e, p);
      expect(a.mealAbsorbedMmolPerDay + a.supplementAbsorbedMmolPerDay).toBeCloseTo(daily, 12);
    }
  });

  it('a dose never brings capacity of its own: one, two, then three or more doses over the three meals', () => {
    expect(doseShares(1)).toEqual([1, 0, 0]);
    expect(doseShares(2)).toEqual([0.5, 0.5, 0]);
    for (const n of [3, 4, 5, 6]) expect(doseShares(n)).toEqual([1 / 3, 1 / 3, 1 / 3]);
  });

  it('the laxative hurry and the salt form act on non-food Mg only; food Mg loads the carrier untouched', () => {
    const plain = windowLoads(effects({}), p);
    const laxative = windowLoads(
      effects({ supplementMgPerDay: 2000, supplementForm: 'oxide', waterMgPerL: 1000, waterLPerDay: 1 }),
      p,
    );
    for (let w = 0; w < 3; w++) expect(laxative[w].foodMmol).toBe(plain[w].foodMmol);
    const water = mgToMmol(1000) / 3;
    expect(laxative[0].waterMmol).toBeCloseTo(water * 0.85, 12);
  });

  it('at 350 mg/day most uptake is paracellular; at very low intakes most is transcellular (seed article; de Baaij 2015)', () => {
    const share = (mg: number) => {
      const serum = steadyStateReport({ ...DEFAULT_INPUTS, intakeMgPerDay: mg }).serumMgMmolPerL;
      const a = absorption(serum, effects({ intakeMgPerDay: mg }), p);
      return a.paracellularMmolPerDay / (a.paracellularMmolPerDay + a.transcellularMmolPerDay);
    };
    expect(share(350)).toBeGreaterThan(0.6);
    expect(share(30)).toBeLessThan(0.5);
  });

  it('a typical PPI blocks only the transcellular pathway; a susceptible user loses most of both', () => {
    const base = absorption(0.85, effects({}), p);
    const typical = absorption(0.85, effects({ ppi: 'typical' }), p);
    const susceptible = absorption(0.85, effects({ ppi: 'susceptible' }), p);
    expect(typical.paracellularMmolPerDay).toBeCloseTo(base.paracellularMmolPerDay, 12);
    expect(typical.transcellularMmolPerDay).toBeLessThan(base.transcellularMmolPerDay);
    expect(susceptible.transcellularMmolPerDay).toBe(0);
    expect(susceptible.paracellularMmolPerDay).toBeLessThan(0.2 * base.paracellularMmolPerDay);
  });
});
