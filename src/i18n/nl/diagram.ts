/** The animated body diagram: short labels, legend, text summary and announcements (Dutch). */
export const nlDiagram = {
  'diagram.intake.food': 'voeding {value}',
  'diagram.intake.water': 'water {value}',
  'diagram.intake.supplement': 'supplement {value}',
  'diagram.amountAndPercent': '{amount} {unit} · {percent}%',
  'diagram.gut.absorbed': '{percent}% geabsorbeerd',
  'diagram.gut.nothingToAbsorb': 'geen inname',
  'diagram.serumNote': 'Slechts 0,3% van al het Mg zit in het serum.',
  'diagram.ariaLabel':
    'Schema van het magnesium in het lichaam op dag {day}. Serum-Mg {serum} mmol/L: {band}. Inname {intake}, absorptie {absorbed}, stoelgang {faeces} en urine {urine} {unit}.',
  'diagram.legend.area': 'Grootte van een vak: hoeveel magnesium er zit bij een gezonde volwassene.',
  'diagram.legend.reference': 'Streepjeslijn en %: vergeleken met de gezonde hoeveelheid (100%).',
  'diagram.legend.width':
    'Breedte van een pijl: de vierkantswortel van de stroom (4 keer zoveel is 2 keer zo breed). Bolletjes tonen de richting.',
  'diagram.legend.exchange': 'Grijze pijl: netto uitwisseling per dag tussen bloed en weefsel.',
  'diagram.legend.highlight': 'Omlijnde pijl: deze stroom is net veranderd.',
  'diagram.changed': 'Net veranderd: {flows}.',
  'diagram.summary.title': 'Het schema in woorden',
  'diagram.summary.pools': 'Voorraden',
  'diagram.summary.flows': 'Stromen per dag',
  'diagram.summary.pool':
    '{pool}: {amount} {unit}. Dat is {percent}% van de gezonde hoeveelheid en {share}% van al het magnesium in het lichaam.',
  'diagram.summary.uptake': '{pool}: netto {value} {unit} opgenomen uit het bloed.',
  'diagram.summary.release': '{pool}: netto {value} {unit} afgegeven aan het bloed.',
  'diagram.summary.balanced': '{pool}: in evenwicht met het bloed.',
  'diagram.summary.deepUptake': '{pool}: netto {value} {unit} opgenomen uit het botoppervlak.',
  'diagram.summary.deepRelease': '{pool}: netto {value} {unit} afgegeven aan het botoppervlak.',
  'diagram.summary.deepBalanced': '{pool}: in evenwicht met het botoppervlak.',
} as const satisfies Record<string, string>;
