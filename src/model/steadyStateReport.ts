/** Steady state for constant inputs, reported with the same names and units as a run's series. */
import { emptyFluxes, evaluateFluxes } from './fluxes.ts';
import { validateInputs, type ModelInputs } from './inputs.ts';
import { DEFAULT_PARAMETERS, type ParameterValues } from './parameters.ts';
import { emptySeries, recordRow, rowOf, type SeriesName } from './series.ts';
import { contextFor } from './simulate.ts';
import { steadyState } from './steadyState.ts';

export type SteadyStateReport = Omit<
  Record<SeriesName, number>,
  'day' | 'cumulativeIntakeMg' | 'cumulativeFaecesMg' | 'cumulativeUrineMg' | 'cumulativeOtherLossMg'
>;

export function steadyStateReport(
  inputs: ModelInputs,
  p: ParameterValues = DEFAULT_PARAMETERS,
): SteadyStateReport {
  const c = contextFor(validateInputs(inputs).inputs, p);
  const y = steadyState(c);
  const s = emptySeries(1);
  recordRow(s, 0, 0, y, evaluateFluxes(y, c, emptyFluxes()), c);
  const row: Partial<Record<SeriesName, number>> = rowOf(s, 0);
  for (const k of [
    'day',
    'cumulativeIntakeMg',
    'cumulativeFaecesMg',
    'cumulativeUrineMg',
    'cumulativeOtherLossMg',
  ] as const)
    delete row[k];
  return row as SteadyStateReport;
}
