/** Serum bands, signs and alerts (Dutch). Educational tone; never dosing advice. */
export const nlClinical = {
  'band.title': 'Serum-Mg',
  'band.severe-hypo': 'Ernstige hypomagnesiëmie',
  'band.severe-hypo.description':
    'Serum-Mg onder {severeBelow} mmol/L. Neurologische en cardiale symptomen worden waarschijnlijk, vaak samen met te weinig calcium en kalium in het bloed.',
  'band.hypo': 'Hypomagnesiëmie',
  'band.hypo.description':
    'Serum-Mg tussen {severeBelow} en {normalLow} mmol/L. Vaak zonder klachten; spierkrampen, vermoeidheid of rusteloze benen zijn mogelijk.',
  'band.normal': 'Normaal',
  'band.normal.description':
    'Serum-Mg tussen {normalLow} en {normalHigh} mmol/L. Een normaal serum betekent niet altijd dat de voorraden in het lichaam vol zijn.',
  'band.high-normal': 'Hoog-normaal',
  'band.high-normal.description':
    'Serum-Mg tussen {normalHigh} en {hyperAbove} mmol/L: wat hoger dan gewoonlijk, zonder klachten.',
  'band.hyper': 'Hypermagnesiëmie',
  'band.hyper.description':
    'Serum-Mg boven {hyperAbove} mmol/L. Meestal geen klachten tot ongeveer 2 mmol/L. Bijna altijd door magnesium uit geneesmiddelen of supplementen bij een sterk verminderde nierfunctie.',

  'sign.title': 'Mogelijke symptomen bij deze waarde',
  'sign.none': 'Bij deze waarde zijn geen symptomen te verwachten.',
  'sign.often-no-symptoms': 'Vaak geen klachten',
  'sign.cramps-fatigue-restless-legs':
    'Spierkrampen en spiertrekkingen, vermoeidheid, algemene zwakte, rusteloze benen (restless legs)',
  'sign.neuromuscular-cardiac':
    'Neuromusculaire overprikkelbaarheid, kransslagaderspasmen en hartritmestoornissen',
  'sign.hypocalcaemia-hypokalaemia':
    'Hypocalciëmie en hypokaliëmie: te weinig calcium en kalium in het bloed',
  'sign.nausea-flushing': 'Misselijkheid, een rood en warm gezicht (flushing)',
  'sign.reflexes-lost-weakness': 'Peesreflexen verdwijnen, spierzwakte',
  'sign.hypotension-bradycardia-qt':
    'Lage bloeddruk (hypotensie), trage hartslag, sufheid, een verlengd QT-interval op het ECG',
  'sign.flaccid-paralysis': 'Slappe verlamming, vertraagde geleiding in het hart',
  'sign.respiratory-cardiac-arrest': 'Ademstilstand, hartblok, hartstilstand',

  'alert.title': 'Let op',
  'alert.hypocalcaemia-hypokalaemia-risk':
    'Het serum-Mg ligt onder {severeBelow} mmol/L. Bij zo’n ernstig tekort dalen vaak ook calcium en kalium in het bloed. Het model rekent dat niet uit, maar in het echt controleert een arts dat.',
  'alert.hypokalaemia-common':
    'Bij hypomagnesiëmie is ook het kalium in het bloed vaak te laag: bij 40 tot 60% van de patiënten.',
  'alert.laxative-above-ul':
    'Het magnesium uit supplementen en mineraalwater ligt boven de maximale toelaatbare inname (MTI) van {ul} mg per dag. Dat kan de stoelgang dunner maken.',
  'alert.laxative-likely':
    'Zoveel magnesium uit supplementen werkt waarschijnlijk laxerend: diarree, soms met misselijkheid en buikkrampen. Daardoor absorbeert de darm iets minder van dat magnesium, maar niet minder van het magnesium uit de voeding.',
  'alert.toxic-range':
    'Het serum-Mg is gevaarlijk hoog. Peesreflexen kunnen verdwijnen en de bloeddruk kan dalen. In het echt is dit een medisch noodgeval.',
  'alert.kidney-failure-non-food-mg':
    'De nierfunctie is sterk verminderd. Dan kunnen de nieren een teveel aan magnesium niet kwijt. Supplementen, laxeermiddelen of maagzuurbinders met magnesium komen dan alleen in overleg met een arts in aanmerking.',

  'disclaimer.symptoms':
    'Deze symptomen komen uit de wetenschappelijke literatuur. Ze zijn niet specifiek voor magnesium en zeggen niets over een echte persoon. Heb je klachten? Ga naar je arts.',
} as const satisfies Record<string, string>;
