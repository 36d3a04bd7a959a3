/**
 * The Evidence section (Dutch): the model naast gepubliceerde metingen bij mensen, ijkpunt per
 * ijkpunt. The targets' own titles, set-ups and labels live with the targets (src/model/evidence).
 *
 * - evidence.summary: {inside} and {outside} count comparisons (checks), {checks} all of them.
 * - evidence.target.someOutside: {outside} of this target's {checks} comparisons.
 */
export const nlEvidence = {
  'evidence.title': 'Bewijs: het model naast metingen bij mensen',
  'evidence.intro':
    'Hoe weten we dat het model klopt? Voor elk ijkpunt staat hier wat studies bij mensen maten, het bereik dat die studies toelaten, en wat het model met dezelfde opzet berekent. Dezelfde ijkpunten worden bij elke wijziging van de code automatisch getest. Wat buiten het bereik valt, staat er ook, met de reden.',
  'evidence.open': 'Toon de {count} ijkpunten (het model rekent ze dan uit)',
  'evidence.progress': 'Voortgang van de berekening',
  'evidence.computing': 'Het model rekent: {done} van {total} ijkpunten…',
  'evidence.summary': '{inside} van de {checks} vergelijkingen liggen binnen het bereik, {outside} erbuiten.',
  'evidence.computedIn': 'Zonet berekend in deze browser, in {seconds} s rekentijd.',
  'evidence.publishedAsPrinted':
    'Gepubliceerde waarden staan zoals in de bron (in het Engels, met een punt als decimaalteken).',
  'evidence.targetTitle': '{id}: {title}',
  'evidence.setUp': 'Opzet in het model: {setUp}',
  'evidence.source': 'Bron: {source}',
  'evidence.grade': 'Bewijsgraad {grade}: {meaning}',
  'evidence.target.allInside': 'Alles binnen het bereik',
  'evidence.target.someOutside': '{outside} van {checks} buiten het bereik',
  'evidence.column.check': 'Wat wordt vergeleken',
  'evidence.column.published': 'Gepubliceerd',
  'evidence.column.range': 'Aanvaard bereik',
  'evidence.column.model': 'Model',
  'evidence.column.verdict': 'Oordeel',
  'evidence.publishedNone': 'afgeleide grens',
  'evidence.verdict.inside': 'binnen',
  'evidence.verdict.outside': 'buiten',
  'evidence.knownMismatch': 'Bekend verschil ({label}): {reason}',
  'evidence.unexplained': '{label} valt buiten het bereik, zonder gekende reden.',
  'evidence.range.between': '{low} tot {high}',
  'evidence.range.atLeast': 'minstens {low}',
  'evidence.range.atMost': 'hoogstens {high}',
  'evidence.range.aboveZero': 'meer dan 0',
  'evidence.range.any': 'elke waarde',
  'evidence.unit.mmolPerL': 'mmol/L',
  'evidence.unit.mgPerDay': 'mg/dag',
  'evidence.unit.mmolPerDay': 'mmol/dag',
  'evidence.unit.grams': 'g',
  'evidence.unit.weeks': 'weken',
  'evidence.unit.years': 'jaar',
} as const satisfies Record<string, string>;
