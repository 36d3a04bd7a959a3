/**
 * The controls panel (Dutch): group legends, the number fields, water choice, reference-bar
 * markers and the notes that explain a disabled or automatic control. Per-input labels and hints
 * are in controls.ts.
 */
export const nlControlsPanel = {
  'controlsPanel.group.diet': 'Voeding',
  'controlsPanel.group.supplements': 'Supplementen',
  'controlsPanel.group.medicines': 'Geneesmiddelen',
  'controlsPanel.group.conditions': 'Aandoeningen',
  'controlsPanel.group.person': 'Persoon en nieren',
  'controlsPanel.changed': 'aangepast',
  'controlsPanel.numberField': '{label} (getal in {unit})',
  'controlsPanel.inMmol': 'Dat is {value} mmol/dag.',
  'controlsPanel.water.choose': 'Soort water',
  'controlsPanel.water.custom': 'Eigen waarde',
  'controlsPanel.water.option': '{name} ({mgPerL} mg/L)',
  'controlsPanel.water.hint':
    'Kies een bekend water of stel het magnesiumgehalte zelf in. Drink je nog niets, dan wordt het 1 liter per dag.',
  'controlsPanel.phytate.other': 'Nu ingesteld: {value} mmol fytinezuur per maaltijd.',
  'controlsPanel.bar.ai': 'AI',
  'controlsPanel.bar.ul': 'MTI',
  'controlsPanel.bar.toxic': '{toxicUlMultiple} × MTI',
  'controlsPanel.lactation.womenOnly': 'Alleen voor vrouwen: kies eerst ‘Vrouw’ bij Persoon en nieren.',
  'controlsPanel.elderly.automatic':
    'Vanaf {elderlyFromAge} jaar rekent het model hier automatisch mee (nu {age} jaar).',
  'controlsPanel.gfr.severe':
    'Onder {kidneyWarningGfr} mL/min: ernstig nierfalen. De nieren raken een teveel aan magnesium dan niet meer kwijt.',
} as const satisfies Record<string, string>;
