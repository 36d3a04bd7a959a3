/**
 * Status panel sentences (Dutch). The app picks the ones that apply (src/state/statusStory.ts
 * holds the thresholds) and fills them from the model; comparisons are against the healthy
 * reference adult. Amounts per day come with {unit} (mg/dag or mmol/dag, the unit toggle).
 *
 * - serumBand: always. {value} serum mmol/L, {band} = translated band name.
 * - urineFalling / urineRising: urine differs by more than 15% from the healthy adult. {urine}.
 * - urineLowNotKidney: urine near its floor while absorption is low (PPI, gut disease): the kidneys
 *   are saving, not failing. {urine}.
 * - renalWasting: serum below normal while the kidneys still pass more than a healthy kidney would
 *   (diuretic, diabetes, alcohol). {percent} = fractional excretion in %.
 * - absorptionUp / absorptionDown: the absorbed fraction differs by more than 4 points from the
 *   healthy adult. {percent} now, {before} for the healthy adult, both in %.
 * - boneGaveUp / boneTookUp: bone-surface Mg changed by more than 2%. {percent} = size of the change.
 * - muscleHolds: bone surface changed clearly but muscle by less than a third as much. {percent}.
 * - steadyState: in ≈ out (|balance| below 2 mg/day). {in}, {out}.
 * - balanceNegative / balancePositive: the body is losing / gaining Mg. {balance} (positive number).
 * - faecesDominate: faecal loss well above the urinary loss with raised endogenous loss (gut
 *   disease, diarrhoea). {faeces}, {urine}.
 * - milk: lactation. {milk}.
 * - laxative: the laxative alert is on (non-food Mg above the UL).
 * - kidneyCannotExcrete: low GFR and serum above normal. {gfr} mL/min.
 */
export const nlStatus = {
  'status.title': 'Wat gebeurt er in het lichaam?',
  'status.serumBand': 'Serum-Mg {value} mmol/L: {band}.',
  'status.urineFalling': 'De urine is gedaald tot {urine} {unit}: de nieren sparen magnesium.',
  'status.urineRising': 'De urine is gestegen tot {urine} {unit}: de nieren scheiden het teveel uit.',
  'status.urineLowNotKidney':
    'De urine bevat bijna geen magnesium meer ({urine} {unit}). Dat ligt niet aan de nieren: er komt te weinig binnen via de darm.',
  'status.renalWasting':
    'De nieren verliezen magnesium ({percent}% van wat ze filteren), ook al is het serum-Mg laag.',
  'status.absorptionUp':
    'De darm absorbeert nu {percent}% van de inname (bij de start {before}%): bij een tekort stijgt de absorptie.',
  'status.absorptionDown':
    'De darm absorbeert nu {percent}% van de inname (bij de start {before}%): hoe groter de inname, hoe kleiner het geabsorbeerde deel.',
  'status.boneGaveUp': 'Het botoppervlak heeft {percent}% van zijn magnesium afgegeven aan het bloed.',
  'status.boneTookUp': 'Het botoppervlak heeft {percent}% extra magnesium opgeslagen.',
  'status.muscleHolds':
    'De spieren houden hun magnesium goed vast: hun voorraad verandert slechts {percent}%.',
  'status.steadyState': 'Evenwicht: er komt evenveel binnen ({in} {unit}) als er buitengaat ({out} {unit}).',
  'status.balanceNegative': 'Het lichaam verliest nu {balance} {unit} magnesium: de voorraden slinken.',
  'status.balancePositive': 'Het lichaam houdt nu {balance} {unit} magnesium vast: de voorraden groeien.',
  'status.faecesDominate':
    'Via de stoelgang gaat veel meer magnesium verloren ({faeces} {unit}) dan via de urine ({urine} {unit}).',
  'status.milk': 'Via de moedermelk gaat {milk} {unit} magnesium naar de baby.',
  'status.laxative':
    'Zoveel magnesium uit supplementen werkt laxerend: de stoelgang wordt dunner en de darm absorbeert iets minder van dat magnesium.',
  'status.kidneyCannotExcrete':
    'Met een nierfunctie van {gfr} mL/min kunnen de nieren het teveel niet kwijt: het serum-Mg stijgt.',
} as const satisfies Record<string, string>;
