/** The charts: serum, stores, flows and the two mechanism curves (Dutch). */
export const nlCharts = {
  'charts.history': 'Verloop tot nu',
  'charts.projection': 'Projectie voor de komende {period}',
  'charts.current': 'Met de huidige instellingen',
  'charts.reference': 'Gezonde volwassene',
  'charts.today': 'Nu (dag {day})',
  'charts.serum.severeLine': 'Ernstige hypomagnesiëmie (onder {value})',
  'charts.serum.hyperLine': 'Hypermagnesiëmie (boven {value})',
  'charts.serum.description':
    'Serum-Mg op dag {day}: {value} mmol/L ({band}). Volgens de projectie op dag {endDay}: {endValue} mmol/L. Het normale bereik is {low} tot {high} mmol/L.',
  'charts.serum.baselineDescription': 'De vergelijkingslijn staat op dag {day} op {value} mmol/L.',
  'charts.pools.axisY': '% van een gezonde volwassene',
  'charts.pools.description':
    'Voorraden op dag {day}, als percentage van een gezonde volwassene: bloed {extracellular}%, botoppervlak {boneSurface}%, vast gebonden bot {deepBone}%, spieren {muscle}% en andere weefsels {softTissue}%.',
  'charts.flows.description':
    'Stromen op dag {day}: inname {intake}, absorptie in de darm {absorbed}, urine {urine} en stoelgang {faeces} {unit}.',
  'charts.absorption.description':
    'Hoe meer magnesium je inneemt, hoe kleiner het deel dat de darm absorbeert. Nu: {percent}% van {intake} {unit}. Bij een gezonde volwassene met dezelfde inname is dat {reference}%.',
  'charts.value.serum': '{value} mmol/L',
  'charts.range': '{low}–{high}',
  'charts.renal.description':
    'De nierdrempel ({threshold} mmol/L) is de serumwaarde waarboven de nieren het teveel aan magnesium uitscheiden. Eronder houden ze bijna al het magnesium vast; erboven stijgt het magnesium in de urine snel. Nu: serum {serum} mmol/L, urine {urine} {unit}.',
  'charts.cell.percent': '{value}%',
  'charts.cell.amount': '{value} {unit}',
  'charts.table.caption': '{title}: de cijfers',
  'charts.table.quantity': 'Grootheid',
  'charts.table.start': 'Start (dag {day})',
  'charts.table.now': 'Nu (dag {day})',
  'charts.table.end': 'Einde projectie (dag {day})',
} as const satisfies Record<string, string>;
