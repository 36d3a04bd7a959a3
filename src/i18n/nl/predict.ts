/**
 * Predict, observe, explain (Dutch): the prediction step of a scenario, the sketch on the serum
 * chart and the comparison at the end of the run.
 */
export const nlPredict = {
  'predict.intro': 'Denk eerst na en leg je voorspelling vast. Pas daarna zie je wat er gebeurt.',
  'predict.direction.legend': 'Op dag {day} is het serum-Mg…',
  'predict.direction.rises': 'gestegen',
  'predict.direction.stays': 'ongeveer gelijk gebleven',
  'predict.direction.falls': 'gedaald',
  'predict.endBand.legend': 'Op dag {day} ligt het serum-Mg…',
  'predict.endBand.below': 'onder het normale bereik',
  'predict.endBand.within': 'binnen het normale bereik ({low}–{high} mmol/L)',
  'predict.endBand.above': 'boven het normale bereik',
  'predict.sketch.hint':
    'Of teken je voorspelling op de grafiek van het serum-Mg: sleep met de muis of je vinger, of gebruik de pijltjestoetsen op de punten.',
  'predict.sketch.start': 'Teken op de grafiek',
  'predict.sketch.clear': 'Wis mijn tekening',
  'predict.sketch.point': 'Jouw voorspelling op dag {day}',
  'predict.sketch.value': '{value} mmol/L',
  'predict.sketch.label': 'Jouw voorspelling',
  'predict.commit': 'Leg mijn voorspelling vast en start',
  'predict.commitNeedsChoice': 'Kies eerst een antwoord of teken je voorspelling.',
  'predict.reveal': 'Toon het verloop zonder voorspelling (voor de klas)',
  'predict.result.title': 'Jouw voorspelling en het resultaat',
  'predict.result.none': 'Er was geen voorspelling: het verloop werd voor de klas getoond.',
  'predict.result.course':
    'Het serum-Mg ging van {start} naar {end} mmol/L op dag {day}: {direction}, {band}.',
  'predict.result.directionRight': 'Je voorspelde "{predicted}": dat klopt.',
  'predict.result.directionWrong': 'Je voorspelde "{predicted}": dat klopt niet.',
  'predict.result.bandRight': 'Je voorspelde "{predicted}": dat klopt.',
  'predict.result.bandWrong': 'Je voorspelde "{predicted}": dat klopt niet.',
  'predict.result.sketch':
    'Jouw tekening lag op zijn verst {gap} mmol/L naast het verloop (gestippelde lijn op de grafiek).',
  'predict.result.why': 'Waarom?',
  'status.predictFirst': 'Voorspel eerst wat er gebeurt. Daarna zie je hoe het lichaam reageert.',
  'time.jumpToSteadyState.predictFirst': 'Naar evenwicht kan pas na je voorspelling.',
} as const;
