/** The controls panel (British English). */
import type { nlControlsPanel } from '../nl/controlsPanel.ts';

export const enControlsPanel: Record<keyof typeof nlControlsPanel, string> = {
  'controlsPanel.group.diet': 'Diet',
  'controlsPanel.group.supplements': 'Supplements',
  'controlsPanel.group.medicines': 'Medicines',
  'controlsPanel.group.conditions': 'Conditions',
  'controlsPanel.group.person': 'Person and kidneys',
  'controlsPanel.changed': 'changed',
  'controlsPanel.numberField': '{label} (number in {unit})',
  'controlsPanel.inMmol': 'That is {value} mmol/day.',
  'controlsPanel.water.choose': 'Type of water',
  'controlsPanel.water.custom': 'Own value',
  'controlsPanel.water.option': '{name} ({mgPerL} mg/L)',
  'controlsPanel.water.hint':
    'Choose a known water or set the magnesium content yourself. If you drink none yet, it becomes 1 litre a day.',
  'controlsPanel.phytate.other': 'Set now: {value} mmol of phytic acid per meal.',
  'controlsPanel.bar.ai': 'AI',
  'controlsPanel.bar.ul': 'UL',
  'controlsPanel.bar.toxic': '{toxicUlMultiple} × UL',
  'controlsPanel.lactation.womenOnly': 'For women only: first choose ‘Female’ under Person and kidneys.',
  'controlsPanel.elderly.automatic':
    'From age {elderlyFromAge} the model includes this automatically (age now {age}).',
  'controlsPanel.gfr.severe':
    'Below {kidneyWarningGfr} mL/min: severe kidney failure. The kidneys can then no longer get rid of excess magnesium.',
};
