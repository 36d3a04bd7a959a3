/** Status, scenario, learn and model-notes panels (British English); see ../nl/panels.ts. */
import type { nlPanels } from '../nl/panels.ts';

export const enPanels: Record<keyof typeof nlPanels, string> = {
  'statusPanel.absorptionBlocked':
    'The gut now absorbs only {percent}% of the intake (at the start {before}%): absorption in the gut itself is impaired.',
  'statusPanel.renalWastingNormal':
    'The kidneys are losing magnesium ({percent}% of what they filter), even though serum Mg has fallen.',

  'scenarioCard.none':
    'You are exploring freely. Choose a scenario at the top to look at a situation from the article.',
  'scenarioCard.questionTitle': 'The question',
  'scenarioCard.noticeEarly': 'Show what to notice now',

  'modelNotes.parameters.title': 'Model parameters, with source and grade of evidence',
  'modelNotes.modifiers.title': 'Effects of medicines, conditions and supplements',
  'modelNotes.column.name': 'Parameter',
  'modelNotes.column.value': 'Value',
  'modelNotes.column.unit': 'Unit',
  'modelNotes.column.source': 'Source',
  'modelNotes.column.grade': 'Evidence',
  'modelNotes.noUnit': 'none',
  'modelNotes.inEnglish':
    'Names and sources in these tables are in English, as in the code and in the model guide for teachers.',
  'modelNotes.grades.title': 'Grades of evidence',
  'modelNotes.grade.S': 'Primary study or authoritative report',
  'modelNotes.grade.S2': 'Second-hand: a review or another source reports it',
  'modelNotes.grade.E': 'Our own estimate from published figures',
  'modelNotes.grade.A': 'Assumption without a source, chosen so that the model behaves plausibly',
};
