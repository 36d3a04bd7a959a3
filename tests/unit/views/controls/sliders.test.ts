/** Slider ranges, PageUp/PageDown steps and number-field parsing of the controls. */
import { describe, expect, it } from 'vitest';
import { INPUT_RANGES } from '../../../../src/model/index.ts';
import {
  inFieldRange,
  pageStep,
  parseField,
  SLIDERS,
  type SliderInput,
} from '../../../../src/views/controls/sliders.ts';

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

  it('match the issue: diet 0–1000, water 0–1100 mg/L and 0–3 L, supplement 0–3000, doses 1–4, GFR 5–150', () => {
    expect([SLIDERS.intakeMgPerDay.min, SLIDERS.intakeMgPerDay.max]).toEqual([0, 1000]);
    expect([SLIDERS.waterMgPerL.min, SLIDERS.waterMgPerL.max]).toEqual([0, 1100]);
    expect([SLIDERS.waterLPerDay.min, SLIDERS.waterLPerDay.max]).toEqual([0, 3]);
    expect([SLIDERS.supplementMgPerDay.min, SLIDERS.supplementMgPerDay.max]).toEqual([0, 3000]);
    expect([SLIDERS.supplementDosesPerDay.min, SLIDERS.supplementDosesPerDay.max]).toEqual([1, 4]);
    expect([SLIDERS.gfrMlPerMin.min, SLIDERS.gfrMlPerMin.max]).toEqual([5, 150]);
  });
});

describe('pageStep', () => {
  const intake = SLIDERS.intakeMgPerDay; // bigStep 50, 0–1000
  const litres = SLIDERS.waterLPerDay; // bigStep 0.5, 0–3
  const supplement = SLIDERS.supplementMgPerDay; // bigStep 250 (one UL)
  it.each([
    ['intake up from a multiple', 350, 'PageUp', intake, 400],
    ['intake up to the next multiple', 355, 'PageUp', intake, 400],
    ['intake down to the previous multiple', 355, 'PageDown', intake, 350],
    ['intake down from a multiple', 350, 'PageDown', intake, 300],
    ['intake stays at the top', 1000, 'PageUp', intake, 1000],
    ['intake stays at zero', 0, 'PageDown', intake, 0],
    ['typed value beyond the slider is not pulled down by PageUp', 1500, 'PageUp', intake, 1500],
    ['typed value beyond the slider goes to the slider end on PageDown', 1500, 'PageDown', intake, 1000],
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
  ])('%j → %s', (text, expected) => expect(parseField(text)).toBe(expected));
});

describe('inFieldRange', () => {
  it('uses the model range, not the slider range', () => {
    expect(inFieldRange('intakeMgPerDay', 1500)).toBe(true);
    expect(inFieldRange('intakeMgPerDay', 2500)).toBe(false);
    expect(inFieldRange('gfrMlPerMin', 4)).toBe(false);
  });
});
