/** Header and link messages (Dutch). */
export const nlLayout = {
  'layout.scenario': 'Scenario',
  'layout.profile.label': 'Kleurprofiel',
  'layout.profile.screen': 'Scherm (donker)',
  'layout.profile.projector': 'Projector (licht)',
  'layout.urlAdjusted':
    'De waarde "{value}" voor {parameter} in de link ligt buiten het zinvolle bereik; het model gebruikt {used}.',
  'layout.urlProblems': 'Over de link',
  'layout.settings': 'Weergave',
  'layout.pinBaseline': 'Bewaar dit verloop om te vergelijken',
  'layout.pinBaseline.hint': 'Zo kun je een volgende instelling vergelijken met wat je nu ziet.',
  'layout.clearBaseline': 'Wis de vergelijkingslijn',
  'layout.baselinePinned': 'Het huidige verloop is bewaard als vergelijkingslijn.',
  'layout.baselineCleared': 'De vergelijkingslijn is gewist.',
} as const satisfies Record<string, string>;
