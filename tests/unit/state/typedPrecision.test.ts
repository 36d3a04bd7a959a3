/** Issue 10 #6: float noise never reaches a field or a link; values are kept as a user types them. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_INPUTS } from '../../../src/model/index.ts';
import { writeUrl } from '../../../src/state/url.ts';
import {
  TYPED_DECIMALS,
  inputsAsTyped,
  roundAsTyped,
  roundTo,
  snapAsTyped,
} from '../../../src/state/typedPrecision.ts';
import { typedSearch } from '../../../src/state/urlWriter.ts';
import { PHYTATE_LEVELS } from '../../../src/views/controls/choices.ts';

const SEED = { seed: 20_251_011, numRuns: 300 };

describe('typed precision', () => {
  it('rounds the noisy values of the issue to what a user would type', () => {
    expect(roundAsTyped('intakeMgPerDay', 327.45000000000005)).toBe(327);
    expect(roundAsTyped('phytateMmolPerMeal', 0.2908914611235683)).toBe(0.29);
    expect(roundAsTyped('supplementMgPerDay', 80.81677983121743)).toBe(81);
    expect(roundAsTyped('waterLPerDay', 1.2500000000000002)).toBe(1.25);
    expect(roundTo(-0.0001, 2)).toBe(0);
    expect(Object.is(roundTo(-0.0001, 2), -0)).toBe(false);
  });

  it('leaves non-finite values for the model to report', () => {
    expect(roundAsTyped('intakeMgPerDay', Number.NaN)).toBeNaN();
    expect(roundAsTyped('intakeMgPerDay', Infinity)).toBe(Infinity);
  });

  it('prints every rounded value with at most its typed decimals (property)', () => {
    const names = Object.keys(TYPED_DECIMALS) as (keyof typeof TYPED_DECIMALS)[];
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.double({ min: 0, max: 1e6, noNaN: true }), (name, v) => {
        const text = String(roundAsTyped(name, v));
        const decimals = text.includes('.') ? text.split('.')[1].length : 0;
        return (
          decimals <= TYPED_DECIMALS[name] &&
          Math.abs(Number(text) - v) <= 0.5 * 10 ** -TYPED_DECIMALS[name] + 1e-9
        );
      }),
      SEED,
    );
  });

  it('is idempotent on whole input sets', () => {
    const noisy = {
      ...DEFAULT_INPUTS,
      intakeMgPerDay: 327.45000000000005,
      phytateMmolPerMeal: 0.2908914611235683,
    };
    const once = inputsAsTyped(noisy);
    expect(once.intakeMgPerDay).toBe(327);
    expect(once.phytateMmolPerMeal).toBe(0.29);
    expect(inputsAsTyped(once)).toEqual(once);
  });

  it('snaps phytic acid to a radio option within half a typed step, else keeps a shown value', () => {
    const levels = PHYTATE_LEVELS.map((l) => l.mmolPerMeal);
    for (const level of levels) {
      expect(snapAsTyped('phytateMmolPerMeal', level + 0.004, levels)).toBe(level);
      // Every option is itself a value a user can type (two decimals), so links keep it.
      expect(roundAsTyped('phytateMmolPerMeal', level)).toBe(level);
    }
    expect(snapAsTyped('phytateMmolPerMeal', 0.2908914611235683, levels)).toBe(0.29);
    expect(snapAsTyped('phytateMmolPerMeal', 0.0004, levels)).toBe(0);
  });
});

describe('links written by the state', () => {
  const state = {
    locale: 'nl' as const,
    scenarioId: null,
    actions: [],
    day: 0,
    horizonDays: 365,
    embed: false,
    unit: 'mg' as const,
    speed: 'normal' as const,
    profile: 'projector' as const,
  };

  it('carry numbers as a user types them', () => {
    const search = typedSearch(
      writeUrl({
        ...state,
        startInputs: {
          ...DEFAULT_INPUTS,
          intakeMgPerDay: 327.45000000000005,
          phytateMmolPerMeal: 0.2908914611235683,
          supplementMgPerDay: 80.81677983121743,
        },
      }),
    );
    const params = new URLSearchParams(search);
    expect(params.get('intake-mg')).toBe('327');
    expect(params.get('phytate-mmol')).toBe('0.29');
    expect(params.get('supplement-mg')).toBe('81');
    expect(search).not.toMatch(/\d{5,}/);
  });

  it('leave everything else exactly as it was', () => {
    const search = '?locale=en&scenario=ppi-stop&condition=alcohol%2Celderly&intake-mg=abc&profile=screen';
    expect(typedSearch(search)).toBe(search);
    expect(typedSearch('?intake-mg=350&water-l=1.5')).toBe('?intake-mg=350&water-l=1.5');
  });
});
