/** fast-check generators for valid model inputs and events. */
import fc from 'fast-check';
import {
  CONDITIONS,
  DEFAULT_INPUTS,
  DIURETICS,
  INPUT_RANGES,
  PPI_USE,
  SEXES,
  SUPPLEMENT_FORMS,
  type ModelEvent,
  type ModelInputs,
  type NumericInput,
} from '../../src/model/index.ts';

const inRange = (name: NumericInput) => {
  const r = INPUT_RANGES[name];
  return r.integer
    ? fc.integer({ min: r.min, max: r.max })
    : fc.double({ min: r.min, max: r.max, noNaN: true, noDefaultInfinity: true });
};

export const arbitraryInputs = (): fc.Arbitrary<ModelInputs> =>
  fc.record({
    intakeMgPerDay: inRange('intakeMgPerDay'),
    waterMgPerL: inRange('waterMgPerL'),
    waterLPerDay: inRange('waterLPerDay'),
    supplementMgPerDay: fc.oneof(fc.constant(0), inRange('supplementMgPerDay')),
    supplementDosesPerDay: inRange('supplementDosesPerDay'),
    supplementForm: fc.constantFrom(...SUPPLEMENT_FORMS),
    diuretic: fc.constantFrom(...DIURETICS),
    ppi: fc.constantFrom(...PPI_USE),
    conditions: fc.subarray([...CONDITIONS]),
    gfrMlPerMin: inRange('gfrMlPerMin'),
    phytateMmolPerMeal: inRange('phytateMmolPerMeal'),
    fermentableFibre: fc.boolean(),
    sex: fc.constantFrom(...SEXES),
    ageYears: inRange('ageYears'),
    ivMgPerDay: fc.oneof(fc.constant(0), inRange('ivMgPerDay')),
  });

/** A few events that each change a random subset of inputs. */
export const arbitraryEvents = (days: number): fc.Arbitrary<ModelEvent[]> =>
  fc.array(
    fc.record({
      day: fc.double({ min: 0, max: days, noNaN: true }),
      changes: arbitraryInputs().chain((i) =>
        fc
          .subarray(Object.keys(i) as (keyof ModelInputs)[])
          .map((keys) => Object.fromEntries(keys.map((k) => [k, i[k]]))),
      ),
    }),
    { maxLength: 4 },
  );

export { DEFAULT_INPUTS };
