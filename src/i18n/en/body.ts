/** Compartments, flows, organs, the body diagram and the charts (British English). */
import type { nlBody } from '../nl/body.ts';

export const enBody: Record<keyof typeof nlBody, string> = {
  'pool.extracellular': 'Blood and tissue fluid (extracellular)',
  'pool.extracellular.short': 'Blood',
  'pool.extracellular.hint':
    'Only about 1% of the magnesium is outside the cells. Everything that comes in or goes out passes through here.',
  'pool.muscle': 'Muscle',
  'pool.muscle.short': 'Muscle',
  'pool.muscle.hint':
    'About a quarter of the magnesium, mostly in the mitochondria. Muscle holds on to it well.',
  'pool.softTissue': 'Other soft tissue (liver, red blood cells …)',
  'pool.softTissue.short': 'Tissue',
  'pool.softTissue.hint': 'The rest of the cells. They exchange magnesium with the blood quickly.',
  'pool.boneSurface': 'Bone surface (quickly releasable)',
  'pool.boneSurface.short': 'Bone surface',
  'pool.boneSurface.hint':
    'Magnesium held loosely on the surface of the bone crystals. It is released quickly when too little comes in.',
  'pool.deepBone': 'Deep bone (bound in apatite)',
  'pool.deepBone.short': 'Deep bone',
  'pool.deepBone.hint': 'Tightly bound in the bone mineral and hard to release. It hardly changes.',

  'flow.intake': 'Intake',
  'flow.absorbed': 'Absorption in the gut',
  'flow.absorbed.short': 'Absorbed',
  'flow.endogenous': 'Secretion into the gut (bile, pancreatic and intestinal juices)',
  'flow.endogenous.short': 'Secreted',
  'flow.faeces': 'Faeces',
  'flow.urine': 'Urine',
  'flow.milk': 'Breast milk',
  'flow.sweat': 'Sweat',
  'flow.exchange': 'Exchange with the tissues',
  'flow.withValue': '{flow}: {value} {unit}',
  'flow.changed': 'This flow has just changed.',
  'organ.gut': 'Gut',
  'organ.kidney': 'Kidneys',

  'diagram.title': 'Magnesium in the body: stores and flows',
  'diagram.description':
    'Diagram of the gut, the blood, muscle, other tissue, bone and the kidneys. The arrows show how much magnesium flows per day.',
  'diagram.total': 'Total in the body: {total} g of magnesium.',
  'diagram.poolSummary': '{pool}: {amount} {unit} ({percent}% of the total)',

  'chart.serum.title': 'Serum Mg over time',
  'chart.serum.axisY': 'Serum Mg (mmol/L)',
  'chart.serum.description': 'Line chart of serum Mg. On day {day} it is {value} mmol/L: {band}.',
  'chart.time.axisX': 'Time (days)',
  'chart.pools.title': 'Stores in the body',
  'chart.pools.axisY': 'Change from the start (%)',
  'chart.pools.axisYAmount': 'Magnesium ({unit})',
  'chart.pools.description':
    'Line chart of the stores. On day {day}: bone surface {bone}%, muscle {muscle}% compared with the start.',
  'chart.flows.title': 'Flows per day',
  'chart.flows.axisY': 'Magnesium ({unit})',
  'chart.flows.description':
    'Line chart of the flows. On day {day}: absorbed {absorbed}, urine {urine}, faeces {faeces} {unit}.',
  'chart.absorption.title': 'Fractional absorption vs intake',
  'chart.absorption.axisX': 'Intake ({unit})',
  'chart.absorption.axisY': 'Fraction absorbed (%)',
  'chart.absorption.description':
    'The more magnesium you take in, the smaller the share the gut absorbs. Now: {percent}% of {intake} {unit}.',
  'chart.renal.title': 'Urinary Mg vs serum Mg (renal threshold)',
  'chart.renal.axisX': 'Serum Mg (mmol/L)',
  'chart.renal.axisY': 'Urinary Mg ({unit})',
  'chart.renal.threshold': 'Renal threshold',
  'chart.renal.description':
    'Below the renal threshold the kidneys keep almost everything; above it urine rises fast. Now: serum {serum} mmol/L, urine {urine} {unit}.',
  'chart.operatingPoint': 'Now',
  'chart.normalBand': 'Normal range ({low}–{high} mmol/L)',
  'chart.projection': 'Projection for the coming year',
  'chart.baseline': 'Baseline',
  'chart.pinBaseline': 'Keep as baseline',
  'chart.clearBaseline': 'Clear the baseline',
  'chart.legend': 'Legend',
};
