/**
 * Status, scenario, learn and model-notes panels (Dutch): texts the panels need beyond the status,
 * scenario and learn catalogues.
 *
 * - statusPanel.absorptionBlocked: the absorbed fraction fell while the intake did not rise (PPI,
 *   gut disease): the gut itself absorbs less. {percent} now, {before} at the start, both in %.
 * - statusPanel.renalWastingNormal: as status.renalWasting, but serum has fallen while still within
 *   the normal band (so 'low' would contradict the band). {percent} = fractional excretion in %.
 */
export const nlPanels = {
  'statusPanel.absorptionBlocked':
    'De darm absorbeert nu slechts {percent}% van de inname (bij de start {before}%): de absorptie in de darm zelf is verstoord.',
  'statusPanel.renalWastingNormal':
    'De nieren verliezen magnesium ({percent}% van wat ze filteren), ook al is het serum-Mg gedaald.',

  'scenarioCard.none':
    'Je verkent vrij. Kies bovenaan een scenario om een situatie uit het artikel te bekijken.',
  'scenarioCard.questionTitle': 'De vraag',
  'scenarioCard.noticeEarly': 'Toon nu al waar je op moet letten',

  'modelNotes.parameters.title': 'Parameters van het model, met bron en bewijsgraad',
  'modelNotes.modifiers.title': 'Effecten van geneesmiddelen, aandoeningen en supplementen',
  'modelNotes.column.name': 'Parameter',
  'modelNotes.column.value': 'Waarde',
  'modelNotes.column.unit': 'Eenheid',
  'modelNotes.column.source': 'Bron',
  'modelNotes.column.grade': 'Bewijs',
  'modelNotes.noUnit': 'geen',
  'modelNotes.inEnglish':
    'De namen en bronnen in deze tabellen staan in het Engels, zoals in de code en in de modelhandleiding voor leerkrachten.',
  'modelNotes.grades.title': 'Bewijsgraden',
  'modelNotes.grade.S': 'Oorspronkelijke studie of gezaghebbend rapport',
  'modelNotes.grade.S2': 'Uit de tweede hand: een overzichtsartikel of een andere bron vermeldt het',
  'modelNotes.grade.E': 'Eigen schatting op basis van gepubliceerde cijfers',
  'modelNotes.grade.A': 'Aanname zonder bron, gekozen omdat het model zich dan aannemelijk gedraagt',
} as const satisfies Record<string, string>;
