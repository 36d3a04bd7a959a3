/** Compartments, flows, organs, the body diagram and the charts (Dutch). */
export const nlBody = {
  'pool.extracellular': 'Bloed en weefselvocht (extracellulair)',
  'pool.extracellular.short': 'Bloed',
  'pool.extracellular.hint':
    'Maar ongeveer 1% van het magnesium zit buiten de cellen. Alles wat binnenkomt of buitengaat, passeert hier.',
  'pool.muscle': 'Spieren',
  'pool.muscle.short': 'Spieren',
  'pool.muscle.hint':
    'Ongeveer een kwart van het magnesium, vooral in de mitochondriën. De spieren houden het goed vast.',
  'pool.softTissue': 'Andere zachte weefsels (lever, rode bloedcellen …)',
  'pool.softTissue.short': 'Weefsels',
  'pool.softTissue.hint': 'De rest van de cellen. Ze wisselen snel magnesium uit met het bloed.',
  'pool.boneSurface': 'Botoppervlak (snel vrij te maken)',
  'pool.boneSurface.short': 'Botoppervlak',
  'pool.boneSurface.hint':
    'Magnesium losjes op het oppervlak van de botkristallen. Het komt snel vrij als er te weinig binnenkomt.',
  'pool.deepBone': 'Diep bot (gebonden aan apatiet)',
  'pool.deepBone.short': 'Diep bot',
  'pool.deepBone.hint': 'Sterk gebonden in het botmineraal en moeilijk vrij te maken. Verandert bijna niet.',

  'flow.intake': 'Inname',
  'flow.absorbed': 'Opname in de darm',
  'flow.absorbed.short': 'Opname',
  'flow.endogenous': 'Afgifte in de darm (gal, pancreas- en darmsappen)',
  'flow.endogenous.short': 'Afgifte',
  'flow.faeces': 'Stoelgang',
  'flow.urine': 'Urine',
  'flow.milk': 'Moedermelk',
  'flow.sweat': 'Zweet',
  'flow.exchange': 'Uitwisseling met de weefsels',
  'flow.withValue': '{flow}: {value} {unit}',
  'flow.changed': 'Deze stroom is net veranderd.',
  'organ.gut': 'Darm',
  'organ.kidney': 'Nieren',

  'diagram.title': 'Magnesium in het lichaam: voorraden en stromen',
  'diagram.description':
    'Schema met de darm, het bloed, de spieren, de andere weefsels, de botten en de nieren. De pijlen tonen hoeveel magnesium per dag stroomt.',
  'diagram.total': 'Totaal in het lichaam: {total} g magnesium.',
  'diagram.poolSummary': '{pool}: {amount} {unit} ({percent}% van het totaal)',

  'chart.serum.title': 'Serum-Mg in de tijd',
  'chart.serum.axisY': 'Serum-Mg (mmol/L)',
  'chart.serum.description': 'Lijngrafiek van het serum-Mg. Op dag {day} is het {value} mmol/L: {band}.',
  'chart.time.axisX': 'Tijd (dagen)',
  'chart.pools.title': 'Voorraden in het lichaam',
  'chart.pools.axisY': 'Verandering ten opzichte van de start (%)',
  'chart.pools.axisYAmount': 'Magnesium ({unit})',
  'chart.pools.description':
    'Lijngrafiek van de voorraden. Op dag {day}: botoppervlak {bone}%, spieren {muscle}% ten opzichte van de start.',
  'chart.flows.title': 'Stromen per dag',
  'chart.flows.axisY': 'Magnesium ({unit})',
  'chart.flows.description':
    'Lijngrafiek van de stromen. Op dag {day}: opname {absorbed}, urine {urine}, stoelgang {faeces} {unit}.',
  'chart.absorption.title': 'Absorptiecoëfficiënt bij stijgende inname',
  'chart.absorption.axisX': 'Inname ({unit})',
  'chart.absorption.axisY': 'Geabsorbeerde fractie (%)',
  'chart.absorption.description':
    'Hoe meer magnesium je inneemt, hoe kleiner het deel dat de darm opneemt. Nu: {percent}% van {intake} {unit}.',
  'chart.renal.title': 'Magnesium in de urine bij stijgend serum-Mg (nierdrempel)',
  'chart.renal.axisX': 'Serum-Mg (mmol/L)',
  'chart.renal.axisY': 'Urine-Mg ({unit})',
  'chart.renal.threshold': 'Nierdrempel',
  'chart.renal.description':
    'Onder de nierdrempel houden de nieren bijna alles vast; erboven stijgt de urine snel. Nu: serum {serum} mmol/L, urine {urine} {unit}.',
  'chart.operatingPoint': 'Nu',
  'chart.normalBand': 'Normaal bereik ({low}–{high} mmol/L)',
  'chart.projection': 'Projectie komend jaar',
  'chart.baseline': 'Basislijn',
  'chart.pinBaseline': 'Bewaar als basislijn',
  'chart.clearBaseline': 'Wis de basislijn',
  'chart.legend': 'Legende',
} as const satisfies Record<string, string>;
