/** Serum bands, signs and alerts (British English). Educational tone; never dosing advice. */
import type { nlClinical } from '../nl/clinical.ts';

export const enClinical: Record<keyof typeof nlClinical, string> = {
  'band.title': 'Serum Mg',
  'band.severe-hypo': 'Severe hypomagnesaemia',
  'band.severe-hypo.description':
    'Serum Mg below 0.5 mmol/L. Neurological and cardiac symptoms become likely, often together with too little calcium and potassium in the blood.',
  'band.hypo': 'Hypomagnesaemia',
  'band.hypo.description':
    'Serum Mg between 0.5 and 0.75 mmol/L. Often no symptoms; muscle cramps, fatigue or restless legs are possible.',
  'band.normal': 'Normal',
  'band.normal.description':
    'Serum Mg between 0.75 and 0.95 mmol/L. A normal serum value does not always mean the body’s stores are full.',
  'band.high-normal': 'High-normal',
  'band.high-normal.description':
    'Serum Mg between 0.95 and 1.05 mmol/L: a little higher than usual, without symptoms.',
  'band.hyper': 'Hypermagnesaemia',
  'band.hyper.description':
    'Serum Mg above 1.05 mmol/L. Usually no symptoms up to about 2 mmol/L. Almost always caused by magnesium from medicines or supplements when the kidneys work poorly.',

  'sign.title': 'Possible symptoms at this value',
  'sign.none': 'No symptoms are expected at this value.',
  'sign.often-no-symptoms': 'Often no symptoms',
  'sign.cramps-fatigue-restless-legs': 'Muscle cramps and twitches, fatigue, general weakness, restless legs',
  'sign.neuromuscular-cardiac': 'Neuromuscular hyperexcitability, coronary artery spasms and arrhythmias',
  'sign.hypocalcaemia-hypokalaemia':
    'Hypocalcaemia and hypokalaemia: too little calcium and potassium in the blood',
  'sign.nausea-flushing': 'Nausea, a red and warm face (flushing)',
  'sign.reflexes-lost-weakness': 'Loss of tendon reflexes, muscle weakness',
  'sign.hypotension-bradycardia-qt':
    'Low blood pressure (hypotension), slow heart rate, drowsiness, a long QT interval on the ECG',
  'sign.flaccid-paralysis': 'Flaccid paralysis, slowed conduction in the heart',
  'sign.respiratory-cardiac-arrest': 'Respiratory arrest, heart block, cardiac arrest',

  'alert.title': 'Note',
  'alert.hypocalcaemia-hypokalaemia-risk':
    'Serum Mg is below 0.5 mmol/L. With such a severe deficiency, calcium and potassium in the blood often fall too. The model does not calculate this, but in real life a doctor would check it.',
  'alert.hypokalaemia-common':
    'With hypomagnesaemia, potassium in the blood is often low too: in 40 to 60% of patients.',
  'alert.laxative-above-ul':
    'Magnesium from supplements and mineral water is above the UL of 250 mg per day. This can make stools looser.',
  'alert.laxative-likely':
    'This much magnesium from supplements probably acts as a laxative: diarrhoea, sometimes with nausea and abdominal cramps. The gut also absorbs a little less of that magnesium because of it; not of the magnesium in food.',
  'alert.toxic-range':
    'Serum Mg is dangerously high. Tendon reflexes may disappear and blood pressure may fall. In real life this is a medical emergency.',
  'alert.kidney-failure-non-food-mg':
    'Kidney function is severely reduced. The kidneys then cannot get rid of excess magnesium. Supplements, laxatives or antacids containing magnesium then belong only under a doctor’s supervision.',

  'disclaimer.symptoms':
    'These symptoms come from the scientific literature. They are not specific to magnesium and say nothing about a real person. Do you have symptoms? See your doctor.',
};
