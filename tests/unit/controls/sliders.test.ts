/** Slider ranges, PageUp/PageDown steps and number-field parsing of the controls. */
import { describe, expect, it } from 'vitest';
import { INPUT_RANGES } from '../../../src/model/index.ts';
import { TYPED_DECIMALS } from '../../../src/state/typedPrecision.ts';
import {
  inFieldRange,
  numberFieldRange,
  pageStep,
  parseField,
  SLIDERS,
  type SliderInput,
} from '../../../src/views/controls/sliders.ts';

describe('SLIDERS', () => {
  it('stay inside the model ranges, with steps that divide the slider', () => {
    for (const [name, spec] of Object.entries(SLIDERS) as [SliderInput, (typeof SLIDERS)[SliderInput]][]) {
      const model = INPUT_RANGES[name];
      expect(spec.min, name).toBeGreaterThanOrEqual(model.min);
      expect(spec.max, name).toBeLessThanOrEqual(model.max);
      expect(spec.bigStep, name).toBeGreaterThanOrEqual(spec.step);
      const steps = (spec.max - spec.min) / spec.step;
      expect(Math.abs(steps - Math.round(steps)), name).toBeLessThan(1e-9);
    }
  });

  it('share one range with their number field: the model range (issue 10 #8)', () => {
    for (const name of Object.keys(SLIDERS) as SliderInput[]) {
      const field = numberFieldRange(name);
      expect([SLIDERS[name].min, SLIDERS[name].max], name).toEqual([field.min, field.max]);
      expect([field.min, field.max], name).toEqual([INPUT_RANGES[name].min, INPUT_RANGES[name].max]);
      expect(field.decimals, name).toBe(TYPED_DECIMALS[name]);
    }
    // A typed 1500 mg/day sits on the slider, so one arrow step moves 5 mg from there, not to 995.
    expect(1500).toBeLessThanOrEqual(SLIDERS.intakeMgPerDay.max);
    expect([SLIDERS.intakeMgPerDay.min, SLIDERS.intakeMgPerDay.max]).toEqual([0, 2000]);
  });

  it('label long ranges with ticks on the range, from end to end', () => {
    for (const name of Object.keys(SLIDERS) as SliderInput[]) {
      const ticks = SLIDERS[name].ticks;
      if (!ticks) continue;
      expect(ticks[0], name).toBe(SLIDERS[name].min);
      expect(ticks.at(-1), name).toBe(SLIDERS[name].max);
      expect(
        [...ticks].sort((a, b) => a - b),
        name,
      ).toEqual(ticks);
    }
    expect(SLIDERS.intakeMgPerDay.ticks).toEqual([0, 1000, 2000]);
  });

  it('keep normal intakes reachable in small steps: 5 mg per arrow, 50 mg per PageUp', () => {
    expect(SLIDERS.intakeMgPerDay.step).toBe(5);
    expect(SLIDERS.intakeMgPerDay.bigStep).toBe(50);
  });
});

describe('pageStep', () => {
  const intake = SLIDERS.intakeMgPerDay; // bigStep 50, 0–2000
  const litres = SLIDERS.waterLPerDay; // bigStep 0.5, 0–3
  const supplement = SLIDERS.supplementMgPerDay; // bigStep 250 (one UL)
  it.each([
    ['intake up from a multiple', 350, 'PageUp', intake, 400],
    ['intake up to the next multiple', 355, 'PageUp', intake, 400],
    ['intake down to the previous multiple', 355, 'PageDown', intake, 350],
    ['intake down from a multiple', 350, 'PageDown', intake, 300],
    ['intake stays at the top', 2000, 'PageUp', intake, 2000],
    ['intake stays at zero', 0, 'PageDown', intake, 0],
    ['a typed 1500 steps up from where it is', 1500, 'PageUp', intake, 1550],
    ['a typed 1500 steps down from where it is', 1500, 'PageDown', intake, 1450],
    ['litres up', 1.2, 'PageUp', litres, 1.5],
    ['litres down', 1.5, 'PageDown', litres, 1],
    ['supplement one UL up', 0, 'PageUp', supplement, 250],
    ['supplement one UL down', 500, 'PageDown', supplement, 250],
  ])('%s', (_name, value, key, spec, expected) => {
    expect(pageStep(value, key, spec)).toBeCloseTo(expected, 9);
  });

  it('leaves other keys to the browser', () => {
    for (const key of ['ArrowUp', 'ArrowLeft', 'Home', 'End', 'a'])
      expect(pageStep(350, key, intake)).toBeUndefined();
  });
});

describe('parseField', () => {
  it.each([
    ['350', 350],
    [' 42 ', 42],
    ['1.5', 1.5],
    ['1,5', 1.5],
    ['-3', -3],
    ['', undefined],
    ['   ', undefined],
    ['abc', undefined],
    ['Infinity', undefined],
    ['0x10', undefined],
    ['1e3', 1000],
    ['1e400', undefined],
    ['12abc', undefined],
  ])('%j → %s', (text, expected) => expect(parseField(text)).toBe(expected));
});

describe('inFieldRange', () => {
  it('uses the model range, not the slider range', () => {
    expect(inFieldRange('intakeMgPerDay', 1500)).toBe(true);
    expect(inFieldRange('intakeMgPerDay', 2500)).toBe(false);
    expect(inFieldRange('gfrMlPerMin', 4)).toBe(false);
  });
});
