/** Header and link messages (British English). */
import type { nlLayout } from '../nl/layout.ts';

export const enLayout: Record<keyof typeof nlLayout, string> = {
  'layout.scenario': 'Scenario',
  'layout.profile.label': 'Colour profile',
  'layout.profile.screen': 'Screen (dark)',
  'layout.profile.projector': 'Projector (light)',
  'layout.urlAdjusted':
    'The value "{value}" for {parameter} in the link is outside the meaningful range; the model uses {used}.',
  'layout.urlProblems': 'About the link',
  'layout.settings': 'Display',
  'layout.pinBaseline': 'Keep this course as the baseline',
  'layout.pinBaseline.hint': 'Then you can compare the next setting with what you see now.',
  'layout.clearBaseline': 'Clear the baseline',
  'layout.baselinePinned': 'The current course has been kept as the baseline.',
  'layout.baselineCleared': 'The baseline has been cleared.',
};
