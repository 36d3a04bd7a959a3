/** Scenario helpers of the app state: the comparison course, horizons, joined series. */
import { DEFAULT_INPUTS, simulate, type ModelInputs, type Series } from '../model/index.ts';
import { scenarioInputs, type Scenario } from '../scenarios/scenarios.ts';

export const HORIZONS_DAYS = [30, 90, 365, 730, 1825] as const;

/** The smallest horizon that shows a scenario's whole story. */
export function horizonFor(days: number): number {
  return HORIZONS_DAYS.find((h) => h >= days) ?? HORIZONS_DAYS[HORIZONS_DAYS.length - 1];
}

export function concatSeries(a: Series, b: Series): Series {
  const out = {} as Series;
  for (const key of Object.keys(a) as (keyof Series)[]) {
    const joined = new Float64Array(a[key].length + b[key].length);
    joined.set(a[key]);
    joined.set(b[key], a[key].length);
    out[key] = joined;
  }
  return out;
}

/** The same person without the drug or condition: the comparison line for a scenario. */
export function healthyCourse(s: Scenario): Series {
  const healthy: ModelInputs = {
    ...DEFAULT_INPUTS,
    intakeMgPerDay: s.baselineIntakeMgPerDay,
    sex: scenarioInputs(s).sex,
  };
  const days = horizonFor(s.suggestedDays);
  return simulate({ inputs: healthy, days, baselineIntakeMgPerDay: s.baselineIntakeMgPerDay }).series;
}
