/** The charts: serum, stores, flows and the two mechanism curves (British English). */
import type { nlCharts } from '../nl/charts.ts';

export const enCharts: Record<keyof typeof nlCharts, string> = {
  'charts.history': 'Course so far',
  'charts.projection': 'Projection for the next {period}',
  'charts.current': 'With the current settings',
  'charts.reference': 'Healthy adult',
  'charts.today': 'Now (day {day})',
  'charts.serum.severeLine': 'Severe hypomagnesaemia (below {value})',
  'charts.serum.hyperLine': 'Hypermagnesaemia (above {value})',
  'charts.serum.description':
    'Serum Mg on day {day}: {value} mmol/L ({band}). Projected for day {endDay}: {endValue} mmol/L. The normal range is {low} to {high} mmol/L.',
  'charts.serum.baselineDescription': 'The baseline is at {value} mmol/L on day {day}.',
  'charts.pools.axisY': '% of a healthy adult',
  'charts.pools.description':
    'Stores on day {day} as a percentage of a healthy adult: blood {extracellular}%, bone surface {boneSurface}%, deep bone {deepBone}%, muscle {muscle}% and other tissue {softTissue}%.',
  'charts.flows.description':
    'Flows on day {day}: intake {intake}, absorption in the gut {absorbed}, urine {urine} and faeces {faeces} {unit}.',
  'charts.absorption.description':
    'The more magnesium you take in, the smaller the share the gut absorbs. Now: {percent}% of {intake} {unit}. For a healthy adult with the same intake it is {reference}%.',
  'charts.value.serum': '{value} mmol/L',
  'charts.range': '{low}–{high}',
  'charts.renal.description':
    'Below the renal threshold of {threshold} mmol/L the kidneys keep almost all the magnesium; above it urinary Mg rises quickly. Now: serum {serum} mmol/L, urine {urine} {unit}.',
  'charts.cell.percent': '{value}%',
  'charts.cell.amount': '{value} {unit}',
  'charts.table.caption': '{title}: the numbers',
  'charts.table.quantity': 'Quantity',
  'charts.table.start': 'Start (day {day})',
  'charts.table.now': 'Now (day {day})',
  'charts.table.end': 'End of projection (day {day})',
};
