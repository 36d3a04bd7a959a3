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
};
