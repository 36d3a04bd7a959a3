/**
 * App chrome, panels, units and time controls (Dutch).
 * Keys ending in `.one` are the singular of the key without it (see translatePlural).
 */
export const nlApp = {
  'app.title': 'Magnesium in het lichaam',
  'app.subtitle': 'Een simulator van de magnesiumhuishouding: inname, absorptie, opslag en uitscheiding',
  'app.disclaimer':
    'Dit is een educatief model. Het geeft geen medisch advies en geen doseringsadvies. Vragen over je eigen gezondheid, geneesmiddelen of supplementen? Bespreek ze met je arts.',
  'app.language': 'Taal',
  'app.languageName.nl': 'Nederlands',
  'app.languageName.en': 'English',
  'app.unitToggle.label': 'Toon hoeveelheden in',
  'app.unitToggle.mg': 'mg',
  'app.unitToggle.mmol': 'mmol',
  'app.skipLink': 'Ga meteen naar de simulatie',
  'app.shareLink': 'Kopieer een link naar deze instellingen',
  'app.shareLink.copied': 'De link is gekopieerd.',
  'app.shareLink.failed': 'Kopiëren lukte niet. Kopieer het adres uit de adresbalk.',
  'app.unknownParameter': 'De waarde "{value}" voor {parameter} in de link is onbekend en werd genegeerd.',

  'panel.controls': 'Instellingen',
  'panel.diagram': 'Waar zit het magnesium?',
  'panel.scenarios': 'Scenario’s',

  'value.withUnit': '{value} {unit}',
  'value.percent': '{value}%',
  'unit.mg': 'mg',
  'unit.mmol': 'mmol',
  'unit.mgPerDay': 'mg/dag',
  'unit.mmolPerDay': 'mmol/dag',
  'unit.mmolPerL': 'mmol/L',

  'time.play': 'Start',
  'time.pause': 'Pauze',
  'time.paused': 'Gepauzeerd',
  'time.running': 'De tijd loopt',
  'time.step': '+1 dag',
  'time.speed': 'Snelheid',
  'time.resetAll': 'Alles terugzetten',
  'time.resetAll.hint': 'Zet alle instellingen en de tijd terug zoals bij de start.',
  'time.jumpToSteadyState': 'Naar evenwicht',
  'time.jumpToSteadyState.hint': 'Toon meteen de toestand waarin het lichaam na lange tijd terechtkomt.',
  'time.day': 'Dag {day}',
  'time.elapsed.days': '{count} dagen',
  'time.elapsed.days.one': '{count} dag',
  'time.elapsed.weeks': '{count} weken',
  'time.elapsed.weeks.one': '{count} week',
  'time.elapsed.months': '{count} maanden',
  'time.elapsed.months.one': '{count} maand',
  'time.elapsed.years': '{count} jaar',
  'time.elapsed.years.one': '{count} jaar',
} as const satisfies Record<string, string>;
