/** Time controls (British English). */
import type { nlTimeControls } from '../nl/timeControls.ts';

export const enTimeControls: Record<keyof typeof nlTimeControls, string> = {
  'timeControls.heading': 'Time and speed',
  'timeControls.speed.slow': 'Slow',
  'timeControls.speed.normal': 'Normal',
  'timeControls.speed.fast': 'Fast',
  'timeControls.speed.rate': '{count} days per second',
  'timeControls.speed.rate.one': '{count} day per second',
  'timeControls.horizon.label': 'Look ahead',
  'timeControls.horizon.hint':
    'How far ahead the charts look: what would happen if the settings no longer change.',
  'timeControls.elapsed.and': '{larger} and {smaller}',
  'timeControls.announce.paused': 'Paused on day {day} ({elapsed}).',
  'timeControls.announce.stepped': 'Day {day} ({elapsed}).',
  'timeControls.announce.playing': 'Time is running from day {day}.',
  'timeControls.announce.reset': 'Everything is back at the start. Time is running.',
  'timeControls.announce.steadyState': 'The body is now in a steady state, on day {day}.',
  'timeControls.settling':
    'Steady state in one jump. In reality it would take about {all} (serum: about {serum}); the clock does not count that time.',
  'timeControls.settling.tooLong':
    'Steady state in one jump. In reality it would take more than {max} (serum: about {serum}); the clock does not count that time.',
  'timeControls.settling.how': 'Counted until every store has covered 99% of the way.',
  'timeControls.shortcut': 'Shortcut: space bar to play or pause.',
};
