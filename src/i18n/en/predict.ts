/** Predict, observe, explain (British English); see ../nl/predict.ts. */
import type { nlPredict } from '../nl/predict.ts';

export const enPredict: Record<keyof typeof nlPredict, string> = {
  'predict.intro': 'Think first and record your prediction. Only then will you see what happens.',
  'predict.direction.legend': 'On day {day}, serum Mg will have…',
  'predict.direction.rises': 'risen',
  'predict.direction.stays': 'stayed about the same',
  'predict.direction.falls': 'fallen',
  'predict.endBand.legend': 'On day {day}, serum Mg will be…',
  'predict.endBand.below': 'below the normal range',
  'predict.endBand.within': 'within the normal range ({low}–{high} mmol/L)',
  'predict.endBand.above': 'above the normal range',
  'predict.sketch.hint':
    'Or sketch your prediction on the serum Mg chart: drag with the mouse or your finger, or use the arrow keys on the points.',
  'predict.sketch.start': 'Sketch on the chart',
  'predict.sketch.clear': 'Clear my sketch',
  'predict.sketch.point': 'Your prediction on day {day}',
  'predict.sketch.value': '{value} mmol/L',
  'predict.sketch.label': 'Your prediction',
  'predict.commit': 'Record my prediction and start',
  'predict.commitNeedsChoice': 'Choose an answer or sketch your prediction first.',
  'predict.reveal': 'Show the course without a prediction (for the class)',
  'predict.result.title': 'Your prediction and the result',
  'predict.result.none': 'There was no prediction: the course was shown to the class.',
  'predict.result.course': 'Serum Mg went from {start} to {end} mmol/L by day {day}: {direction}, {band}.',
  'predict.result.directionRight': 'You predicted "{predicted}": that is right.',
  'predict.result.directionWrong': 'You predicted "{predicted}": that is not right.',
  'predict.result.bandRight': 'You predicted "{predicted}": that is right.',
  'predict.result.bandWrong': 'You predicted "{predicted}": that is not right.',
  'predict.result.sketch':
    'At its furthest, your sketch was {gap} mmol/L away from the course (dotted line on the chart).',
  'predict.result.why': 'Why?',
  'status.predictFirst': 'Predict first what will happen. Then you will see how the body responds.',
  'time.jumpToSteadyState.predictFirst': 'The jump to the steady state is available after your prediction.',
};
