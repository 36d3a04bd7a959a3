/**
 * Status panel sentences (Dutch). The app picks the ones that apply and fills them from the
 * model. Each id says when it applies ("start" = the first row of the run):
 *
 * - serumBand: always. {value} serum mmol/L, {band} = translated band name.
 * - urineFalling / urineRising: urine has fallen / risen by more than ~10% since the start. {urine} mg/day.
 * - urineLowNotKidney: urine near its floor while absorption is low (PPI, gut disease): the kidneys
 *   are saving, not failing. {urine} mg/day.
 * - renalWasting: serum below normal while the fractional excretion stays above ~4% (diuretic,
 *   diabetes, alcohol). {percent} = fractional excretion in %.
 * - absorptionUp / absorptionDown: the absorbed fraction of the intake rose / fell by more than a
 *   few points since the start. {percent} now, {before} at the start, both in %.
 * - boneGaveUp / boneTookUp: bone-surface Mg changed by more than ~1%. {percent} = size of the change.
 * - muscleHolds: bone surface changed clearly but muscle by less than a third as much. {percent} = muscle change.
 * - steadyState: in ≈ out (|balance| below a few mg/day). {in}, {out} in mg/day.
 * - balanceNegative / balancePositive: the body is losing / gaining Mg. {balance} mg/day (positive number).
 * - faecesDominate: faecal loss is several times the urinary loss beyond the unabsorbed intake
 *   (gut disease, diarrhoea). {faeces}, {urine} in mg/day.
 * - milk: lactation. {milk} mg/day.
 * - laxative: the laxative alert is on (non-food Mg above the UL).
 * - kidneyCannotExcrete: low GFR and serum above normal. {gfr} mL/min.
 */
export const nlStatus = {
  'status.title': 'Wat gebeurt er in het lichaam?',
  'status.serumBand': 'Serum-Mg {value} mmol/L: {band}.',
  'status.urineFalling': 'De urine is gedaald tot {urine} mg/dag: de nieren sparen magnesium.',
  'status.urineRising': 'De urine is gestegen tot {urine} mg/dag: de nieren scheiden het teveel uit.',
  'status.urineLowNotKidney':
    'De urine bevat bijna geen magnesium meer ({urine} mg/dag). Dat ligt niet aan de nieren: er komt te weinig binnen via de darm.',
  'status.renalWasting':
    'De nieren verliezen magnesium ({percent}% van wat ze filteren), ook al is het serum-Mg laag.',
  'status.absorptionUp':
    'De darm neemt nu {percent}% van de inname op (bij de start {before}%): bij een tekort stijgt de opname.',
  'status.absorptionDown':
    'De darm neemt nu {percent}% van de inname op (bij de start {before}%): hoe groter de inname, hoe kleiner het deel dat wordt opgenomen.',
  'status.boneGaveUp': 'Het botoppervlak heeft {percent}% van zijn magnesium afgegeven aan het bloed.',
  'status.boneTookUp': 'Het botoppervlak heeft {percent}% extra magnesium opgeslagen.',
  'status.muscleHolds': 'De spieren houden hun magnesium goed vast: ze veranderen maar {percent}%.',
  'status.steadyState': 'Evenwicht: er komt evenveel binnen ({in} mg/dag) als er buitengaat ({out} mg/dag).',
  'status.balanceNegative': 'Het lichaam verliest nu {balance} mg magnesium per dag: de voorraden slinken.',
  'status.balancePositive': 'Het lichaam houdt nu {balance} mg magnesium per dag vast: de voorraden groeien.',
  'status.faecesDominate':
    'Via de stoelgang gaat veel meer magnesium verloren ({faeces} mg/dag) dan via de urine ({urine} mg/dag).',
  'status.milk': 'Via de moedermelk gaat {milk} mg magnesium per dag naar de baby.',
  'status.laxative':
    'Zoveel magnesium uit supplementen werkt laxerend: de stoelgang wordt dunner en de darm neemt minder op.',
  'status.kidneyCannotExcrete':
    'Met een nierfunctie van {gfr} mL/min kunnen de nieren het teveel niet kwijt: het serum-Mg stijgt.',
} as const satisfies Record<string, string>;
