/** What the page says about a link's parameters it ignored or adjusted (Dutch). */
export const nlLink = {
  'link.unknownParameter':
    'De link bevat een parameter {parameter} die deze simulator niet gebruikt; die werd genegeerd.',
  'link.unknownValueUsed':
    'De waarde "{value}" voor {parameter} in de link is onbekend; het model gebruikt {used}.',
  'link.repeated':
    '{parameter} staat meer dan eens in de link; alleen de eerste waarde telt, dus "{value}" werd genegeerd.',
  'link.notANumber':
    'De waarde "{value}" voor {parameter} in de link is geen getal (schrijf bijvoorbeeld 250 of 1.5); ze werd genegeerd.',
  'link.negative':
    'De waarde "{value}" voor {parameter} in de link kan niet negatief zijn; ze werd genegeerd.',
  'link.notWhole':
    'De waarde "{value}" voor {parameter} in de link is geen geheel getal; het model gebruikt {used}.',
  'link.unknownCondition':
    'De aandoening "{value}" in de link is onbekend; het model rekent met deze aandoeningen: {used}.',
  'link.unknownCondition.ignored': 'De aandoening "{value}" in de link is onbekend; ze werd genegeerd.',
  'link.noneCombined':
    '"none" (geen) kan in de link niet samen met andere aandoeningen staan; het model rekent met: {used}.',
  'link.needsFemale':
    'Borstvoeding kan enkel bij een vrouw, en de persoon in deze link is een man; het model laat borstvoeding weg.',
  // A value cut short in a message: its full length.
  'link.characters': '{count} tekens',
  'link.more': 'En nog {count} andere opmerkingen over de link.',
} as const;
