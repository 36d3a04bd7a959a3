/**
 * The explanation section (Dutch): time scales, sensitivities and uncertainty, and readable names
 * for the model's parameters (`parameter.<name>`, one per entry of src/model/parameters.ts).
 *
 * - analysis.time.mode: {pool} a pool name; {half} and {settled} durations in words.
 * - analysis.sensitivity.intro: {output} 'serum-Mg' or 'Mg in de urine'.
 * - analysis.cannotTell.*: {bands} a list of clinical band names joined with 'of'; {low}, {high} in
 *   mmol/L; {day} a day number.
 */
export const nlAnalysis = {
  'analysis.title': 'Het model legt zichzelf uit',
  'analysis.intro':
    'Hoe snel reageert elk deel van het lichaam, wat telt nu het zwaarst en hoe zeker is het model? Berekend voor de huidige instellingen.',
  'analysis.view.legend': 'Toon',
  'analysis.view.time': 'Tijdschalen',
  'analysis.view.sensitivity': 'Wat telt',
  'analysis.view.uncertainty': 'Hoe zeker',
  'analysis.waiting': 'Wordt berekend zodra je loslaat …',
  'analysis.running': 'Wordt berekend …',
  'analysis.progress': 'Wordt berekend … {percent}%',
  'analysis.failed': 'Deze berekening kon in deze browser niet starten.',
  'analysis.notAvailable': 'Bij deze instellingen is er geen evenwicht om rond te rekenen.',

  'analysis.time.intro':
    'Na een kleine verandering (bijvoorbeeld wat meer magnesium in de voeding) zoekt het lichaam een nieuw evenwicht. Elk deel doet dat in zijn eigen tempo:',
  'analysis.time.mode':
    '{pool}: de helft van de aanpassing na ongeveer {half}, bijna alles (97%) na ongeveer {settled}.',
  'analysis.time.modeOscillating':
    '{pool}: schommelt even, de helft van de aanpassing na ongeveer {half}, bijna alles (97%) na ongeveer {settled}.',
  'analysis.time.never': '{pool}: komt bij deze instellingen niet tot rust.',
  'analysis.time.how':
    'Berekend uit het model zelf: de snelheden waarmee kleine afwijkingen rond het evenwicht verdwijnen (eigenwaarden van de gelineariseerde balansvergelijkingen, met mathjs).',
  'analysis.duration.lessThanHour': 'minder dan een uur',
  'analysis.duration.hours': '{count} uur',
  'analysis.duration.hours.one': '{count} uur',

  'analysis.sensitivity.intro':
    'Als één waarde 10% stijgt, met hoeveel procent verandert {output} in evenwicht? Een balk van 0,5 betekent 5%. Naar rechts: stijgt mee. Naar links: daalt.',
  'analysis.sensitivity.output.legend': 'Voor',
  'analysis.sensitivity.output.serum': 'serum-Mg',
  'analysis.sensitivity.output.urine': 'Mg in de urine',
  'analysis.sensitivity.chart': 'Gevoeligheid van {output} in evenwicht, grootste eerst',
  'analysis.sensitivity.setting': 'instelling',
  'analysis.sensitivity.grade': 'graad {grade}',
  'analysis.sensitivity.none': 'Geen enkele waarde verandert {output} hier merkbaar.',
  'analysis.sensitivity.anchors':
    'Apart: de waarden waarop het model geijkt is. De nierdrempel wordt zo afgesteld dat de referentievolwassene precies daar uitkomt; zij zetten het niveau, de mechanismen hierboven de veranderingen. {list}.',
  'analysis.sensitivity.anchorItem': '{label}: {value}',
  'analysis.sensitivity.all': 'Alle {count} factoren in een tabel',
  'analysis.sensitivity.table.factor': 'Factor',
  'analysis.sensitivity.skipped': 'Hier geen helling te berekenen (waarde 0 of een geheel getal): {list}.',

  'analysis.uncertainty.intro':
    'Niet elke waarde in het model is even goed gekend. Het model is {sets} keer doorgerekend met andere, even aannemelijke parameterwaarden, telkens opnieuw geijkt. De band rond de voorspelling in de serumgrafiek toont waar 90% van die uitkomsten valt (5–95%).',
  'analysis.uncertainty.now': 'Nu (dag {day}): serum-Mg tussen {low} en {high} mmol/L.',
  'analysis.uncertainty.end': 'Op dag {day}: tussen {low} en {high} mmol/L.',
  'analysis.uncertainty.steady':
    'In evenwicht met deze instellingen: serum-Mg tussen {low} en {high} mmol/L, urine tussen {urineLow} en {urineHigh} {unit}.',
  'analysis.uncertainty.rejected': '{count} parametersets konden niet geijkt worden en tellen niet mee.',
  'analysis.uncertainty.rangesTitle': 'Aannemelijk bereik per bewijsgraad',
  'analysis.uncertainty.range': '{grade}: tussen {low}% en {high}% van de waarde',
  'analysis.uncertainty.rangesNote':
    'Getrokken als Latijns hyperkubusmonster (vaste startwaarde, dus telkens dezelfde sets). Aandelen tussen 0 en 1 variëren op hun odds, zodat ze aandelen blijven.',
  'analysis.band.legend': 'Band: 90% van de aannemelijke modellen',

  'analysis.cannotTell.now':
    'Het model kan niet zeggen in welk gebied serum-Mg nu valt: {bands}. Met aannemelijke parameterwaarden ligt het tussen {low} en {high} mmol/L.',
  'analysis.cannotTell.end':
    'Het model kan niet zeggen in welk gebied serum-Mg op dag {day} valt: {bands}. Met aannemelijke parameterwaarden ligt het tussen {low} en {high} mmol/L.',
  'analysis.cannotTell.steady':
    'Het model kan niet zeggen in welk gebied serum-Mg in evenwicht valt: {bands}. Met aannemelijke parameterwaarden ligt het tussen {low} en {high} mmol/L.',

  'parameter.serumRefMmolPerL': 'Referentiewaarde serum-Mg',
  'parameter.plasmaVolumeL': 'Plasmavolume',
  'parameter.interstitialVolumeL': 'Volume weefselvocht',
  'parameter.ultrafilterableFraction': 'Filtreerbaar deel van serum-Mg',
  'parameter.ionisedFraction': 'Vrij (geïoniseerd) deel van serum-Mg',
  'parameter.referenceIntakeMgPerDay': 'Referentie-inname',
  'parameter.passiveFraction': 'Passieve opname in de darm',
  'parameter.activeVmaxMmolPerDay': 'Maximale actieve opname (Vmax)',
  'parameter.activeKmMmolPerDay': 'Halfverzadiging van de actieve opname (Km)',
  'parameter.mealsPerDay': 'Maaltijden per dag',
  'parameter.statusFeedbackAlpha': 'Terugkoppeling van serum-Mg op de opname',
  'parameter.statusFeedbackMin': 'Ondergrens van die terugkoppeling',
  'parameter.statusFeedbackMax': 'Bovengrens van die terugkoppeling',
  'parameter.absorbedFractionCap': 'Hoogst mogelijke absorptiecoëfficiënt',
  'parameter.phytateHalfEffectMmol': 'Fytinezuur voor halve remming',
  'parameter.fibreAbsorptionFactor': 'Effect van oplosbare voedingsvezels',
  'parameter.endogenousFaecalMmolPerDay': 'Eigen verlies via de darm (darmsappen)',
  'parameter.gfrRefMlPerMin': 'Standaardnierfunctie (GFR)',
  'parameter.obligatoryExcretedFraction': 'Kleinste deel dat de nieren altijd uitscheiden',
  'parameter.thresholdSplayMmolPerL': 'Spreiding van de nierdrempel',
  'parameter.measuredTmMgMmolPerL': 'Gemeten nierdrempel (ter controle)',
  'parameter.muscleRefMmol': 'Magnesium in de spieren',
  'parameter.muscleGamma': 'Hoe sterk de spieren serum-Mg volgen',
  'parameter.muscleRatePerDay': 'Uitwisselingssnelheid van de spieren',
  'parameter.softTissueRefMmol': 'Magnesium in andere zachte weefsels',
  'parameter.softTissueGamma': 'Hoe sterk andere weefsels serum-Mg volgen',
  'parameter.softTissueRatePerDay': 'Uitwisselingssnelheid van andere weefsels',
  'parameter.boneSurfaceRefMmol': 'Magnesium op het botoppervlak',
  'parameter.boneSurfaceGamma': 'Hoe sterk het botoppervlak serum-Mg volgt',
  'parameter.boneSurfaceRatePerDay': 'Uitwisselingssnelheid van het botoppervlak',
  'parameter.deepBoneRefMmol': 'Magnesium in diep bot',
  'parameter.deepBoneRemodellingPerDay': 'Botombouw (diep bot)',
  'parameter.sweatMgPerDay': 'Verlies via zweet',
  'parameter.milkMgPerDay': 'Magnesium in moedermelk',
  'parameter.secretionHalfSaturationMmolPerL': 'Serum-Mg waarbij zweet en melk halveren',
} as const satisfies Record<string, string>;
