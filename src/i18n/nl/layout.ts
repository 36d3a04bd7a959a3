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
} as const satisfies Record<string, string>;
