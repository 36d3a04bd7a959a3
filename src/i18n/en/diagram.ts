/** The animated body diagram: short labels, legend, text summary and announcements (British English). */
import type { nlDiagram } from '../nl/diagram.ts';

export const enDiagram: Record<keyof typeof nlDiagram, string> = {
  'diagram.intake.food': 'food {value}',
  'diagram.intake.water': 'water {value}',
  'diagram.intake.supplement': 'supplement {value}',
  'diagram.amountAndPercent': '{amount} {unit} · {percent}%',
  'diagram.gut.absorbed': '{percent}% absorbed',
  'diagram.gut.nothingToAbsorb': 'no intake',
  'diagram.serumNote': 'Only 0.3% of the body’s Mg is in serum.',
  'diagram.ariaLabel':
    'Diagram of the magnesium in the body on day {day}. Serum Mg {serum} mmol/L: {band}. Intake {intake}, absorbed {absorbed}, faeces {faeces} and urine {urine} {unit}.',
  'diagram.legend.area': 'Area of a vessel: how much magnesium it holds in a healthy adult.',
  'diagram.legend.reference': 'Dashed line and %: compared with the healthy amount (100%).',
  'diagram.legend.width':
    'Width of an arrow: the square root of the flow (4 times as much is 2 times as wide). Dots show the direction.',
  'diagram.legend.exchange': 'Grey arrow: net exchange per day between blood and tissue.',
  'diagram.legend.highlight': 'Outlined arrow: this flow has just changed.',
  'diagram.changed': 'Just changed: {flows}.',
  'diagram.summary.title': 'The diagram in words',
  'diagram.summary.pools': 'Stores',
  'diagram.summary.flows': 'Flows per day',
  'diagram.summary.pool':
    '{pool}: {amount} {unit}. That is {percent}% of the healthy amount and {share}% of all the magnesium in the body.',
  'diagram.summary.uptake': '{pool}: net {value} {unit} taken up from the blood.',
  'diagram.summary.release': '{pool}: net {value} {unit} released into the blood.',
  'diagram.summary.balanced': '{pool}: in balance with the blood.',
  'diagram.summary.deepUptake': '{pool}: net {value} {unit} taken up from the bone surface.',
  'diagram.summary.deepRelease': '{pool}: net {value} {unit} released to the bone surface.',
  'diagram.summary.deepBalanced': '{pool}: in balance with the bone surface.',
};
