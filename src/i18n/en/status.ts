/** Status panel sentences (British English); when each applies is described in ../nl/status.ts. */
import type { nlStatus } from '../nl/status.ts';

export const enStatus: Record<keyof typeof nlStatus, string> = {
  'status.title': 'What is happening in the body?',
  'status.serumBand': 'Serum Mg {value} mmol/L: {band}.',
  'status.urineFalling': 'Urine has fallen to {urine} {unit}: the kidneys are saving magnesium.',
  'status.urineRising': 'Urine has risen to {urine} {unit}: the kidneys are getting rid of the excess.',
  'status.urineLowNotKidney':
    'The urine holds almost no magnesium any more ({urine} {unit}). That is not the kidneys’ fault: too little comes in through the gut.',
  'status.renalWasting':
    'The kidneys are losing magnesium ({percent}% of what they filter), even though serum Mg is low.',
  'status.absorptionUp':
    'The gut now absorbs {percent}% of the intake (at the start {before}%): when magnesium is short, absorption rises.',
  'status.absorptionDown':
    'The gut now absorbs {percent}% of the intake (at the start {before}%): the larger the intake, the smaller the share absorbed.',
  'status.boneGaveUp': 'The bone surface has released {percent}% of its magnesium into the blood.',
  'status.boneTookUp': 'The bone surface has stored {percent}% extra magnesium.',
  'status.muscleHolds': 'Muscle holds on to its magnesium: it changes by only {percent}%.',
  'status.steadyState': 'Steady state: as much comes in ({in} {unit}) as goes out ({out} {unit}).',
  'status.balanceNegative': 'The body is now losing {balance} {unit} of magnesium: the stores are shrinking.',
  'status.balancePositive': 'The body is now keeping {balance} {unit} of magnesium: the stores are growing.',
  'status.faecesDominate':
    'Far more magnesium is lost in the faeces ({faeces} {unit}) than in the urine ({urine} {unit}).',
  'status.milk': '{milk} {unit} of magnesium goes to the baby in the breast milk.',
  'status.laxative':
    'This much magnesium from supplements acts as a laxative: stools become looser and the gut absorbs a little less of that magnesium.',
  'status.kidneyCannotExcrete':
    'With a kidney function of {gfr} mL/min the kidneys cannot get rid of the excess: serum Mg rises.',
};
