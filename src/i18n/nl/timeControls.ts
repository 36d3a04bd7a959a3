/**
 * Time controls (Dutch): speed names and rates, projection horizon, elapsed-time phrases and the
 * polite announcements after pause or step. The basic time keys (time.play, time.day, …) are in app.ts.
 */
export const nlTimeControls = {
  'timeControls.heading': 'Tijd en snelheid',
  'timeControls.speed.slow': 'Traag',
  'timeControls.speed.normal': 'Normaal',
  'timeControls.speed.fast': 'Snel',
  'timeControls.speed.rate': '{count} dagen per seconde',
  'timeControls.speed.rate.one': '{count} dag per seconde',
  'timeControls.horizon.label': 'Vooruitblik',
  'timeControls.horizon.hint':
    'Hoe ver de grafieken vooruitkijken: wat er zou gebeuren als de instellingen niet meer veranderen.',
  'timeControls.elapsed.and': '{larger} en {smaller}',
  'timeControls.announce.paused': 'Gepauzeerd op dag {day} ({elapsed}).',
  'timeControls.announce.stepped': 'Dag {day} ({elapsed}).',
  'timeControls.announce.playing': 'De tijd loopt vanaf dag {day}.',
  'timeControls.announce.reset': 'Alles staat terug op de start. De tijd loopt.',
  'timeControls.announce.steadyState': 'Het lichaam staat nu in evenwicht, op dag {day}.',
  'timeControls.settling':
    'In één sprong naar het evenwicht. In het echt duurt dat ongeveer {all} (het serum: ongeveer {serum}); de klok telt die tijd niet mee.',
  'timeControls.settling.tooLong':
    'In één sprong naar het evenwicht. In het echt duurt dat meer dan {max} (het serum: ongeveer {serum}); de klok telt die tijd niet mee.',
  'timeControls.settling.how': 'Gerekend tot elke voorraad 99% van de weg heeft afgelegd.',
  'timeControls.shortcut': 'Sneltoets: spatiebalk om te starten of te pauzeren.',
} as const satisfies Record<string, string>;
