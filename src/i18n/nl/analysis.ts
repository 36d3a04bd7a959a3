/**
 * The explanation section (Dutch): time scales, sensitivities and uncertainty, and readable names
 * for the model's parameters (`parameter.<name>`, one per entry of src/model/parameters.ts).
 *
 * - analysis.time.about: {time} a duration in words; analysis.time.oscillates: {pool} a pool name.
 * - analysis.sensitivity.intro: {output} 'serum-Mg' or 'Mg in de urine'.
 * - analysis.cannotTell.*: {bands} a list of clinical band names joined with 'of'; {low}, {high} in
 *   mmol/L; {day} a day number.
 */
export const nlAnalysis = {
  'analysis.title': 'Het model legt zichzelf uit',
  'analysis.hint': 'hoe snel, wat telt, hoe zeker',
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
    'Na een kleine verandering zoekt het lichaam een nieuw evenwicht, elk deel in zijn eigen tempo. Hoelang duurt het tot de helft en tot bijna alles (97%) van de aanpassing gebeurd is?',
  'analysis.time.caption': 'Tijdschalen bij de huidige instellingen, snelste eerst',
  'analysis.time.pool': 'Vooral',
  'analysis.time.half': 'De helft',
  'analysis.time.settled': 'Bijna alles',
  'analysis.time.about': 'ong. {time}',
  'analysis.time.oscillates': '{pool} (schommelt even)',
  'analysis.time.never': 'komt niet tot rust',
  'analysis.time.how':
    'Uit het model zelf: hoe snel kleine afwijkingen rond het evenwicht verdwijnen (eigenwaarden van de gelineariseerde balans, met mathjs).',
  'analysis.duration.lessThanHour': 'minder dan een uur',
  'analysis.duration.hours': '{count} uur',
  'analysis.duration.hours.one': '{count} uur',

  'analysis.sensitivity.intro':
    'Stijgt één waarde met 10%, dan verandert {output} in evenwicht met balk × 10%. Naar rechts: stijgt mee; naar links: daalt.',
  'analysis.sensitivity.output.legend': 'Voor',
  'analysis.sensitivity.output.serum': 'serum-Mg',
  'analysis.sensitivity.output.urine': 'Mg in de urine',
  'analysis.sensitivity.chart': 'Gevoeligheid van {output} in evenwicht, grootste eerst',
  'analysis.sensitivity.setting': 'instelling',
  'analysis.sensitivity.grade': 'graad {grade}',
  'analysis.sensitivity.none': 'Geen enkele waarde verandert {output} hier merkbaar.',
  'analysis.sensitivity.anchors':
    'Niet in de grafiek: de referentiewaarden waarop het model geijkt is ({list}). De nierdrempel wordt daarop afgesteld: zij zetten het niveau, de mechanismen hierboven de veranderingen.',
  'analysis.sensitivity.anchorItem': '{label}: {value}',
  'analysis.sensitivity.all': 'Alle {count} factoren in een tabel',
  'analysis.sensitivity.table.factor': 'Factor',
  'analysis.sensitivity.skipped':
    'Zonder helling hier (waarde 0, een geheel getal, of vast in de bouw van het model): {list}.',

  'analysis.uncertainty.intro':
    'Het model, {sets} keer doorgerekend met andere aannemelijke parameterwaarden (telkens opnieuw geijkt). De band in de serumgrafiek toont waar 90% van de uitkomsten valt. Serum-Mg:',
  'analysis.uncertainty.now': 'nu (dag {day}): {low}–{high} mmol/L',
  'analysis.uncertainty.end': 'op dag {day}: {low}–{high} mmol/L',
  'analysis.uncertainty.steady': 'in evenwicht: {low}–{high} mmol/L (urine {urineLow}–{urineHigh} {unit})',
  'analysis.uncertainty.cannotTell': 'Het model kan niet zeggen welk gebied: {bands}.',
  'analysis.uncertainty.rejected': '{count} parametersets konden niet geijkt worden en tellen niet mee.',
  'analysis.uncertainty.rangesTitle': 'Aannemelijk bereik per bewijsgraad',
  'analysis.uncertainty.range': '{grade}: tussen {low}% en {high}% van de waarde',
  'analysis.uncertainty.rangesNote':
    'Getrokken als Latijns hyperkubusmonster (vaste startwaarde, dus telkens dezelfde sets). Aandelen tussen 0 en 1 variëren op hun odds, zodat ze aandelen blijven.',
  'modelNotes.grade.range': 'Aannemelijk bereik in de onzekerheidsanalyse: {low}–{high}% van de waarde.',
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
  'parameter.paracellularLinearFraction': 'Passieve opname die nooit verzadigt',
  'parameter.paracellularVmaxMmolPerDay': 'Maximale paracellulaire (passieve) opname',
  'parameter.paracellularKmMmolPerDay': 'Halfverzadiging van de paracellulaire opname',
  'parameter.transcellularVmaxMmolPerDay': 'Maximale transcellulaire (actieve) opname',
  'parameter.transcellularKmMmolPerDay': 'Halfverzadiging van de transcellulaire opname',
  'parameter.phytateHalfEffectMolarRatio': 'Verhouding fytinezuur/magnesium voor halve remming',
  'parameter.phytateHillExponent': 'Steilheid van het fytinezuureffect',
  'parameter.mealsPerDay': 'Maaltijden per dag',
  'parameter.statusFeedbackAlpha': 'Terugkoppeling van serum-Mg op de opname',
  'parameter.statusFeedbackMin': 'Ondergrens van die terugkoppeling',
  'parameter.statusFeedbackMax': 'Bovengrens van die terugkoppeling',
  'parameter.absorbedFractionCap': 'Hoogst mogelijke absorptiecoëfficiënt',
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
