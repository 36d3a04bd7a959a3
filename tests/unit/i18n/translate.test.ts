import { describe, expect, it } from 'vitest';
import { formatElapsed, isMessageKey, translate, translatePlural } from '../../../src/i18n/index.ts';

describe('translate', () => {
  it('returns the text of the locale', () => {
    expect(translate('nl', 'app.language')).toBe('Taal');
    expect(translate('en', 'app.language')).toBe('Language');
  });

  it('fills placeholders and formats numbers per locale', () => {
    expect(translate('nl', 'time.day', { day: 12 })).toBe('Dag 12');
    expect(translate('en', 'time.day', { day: 12 })).toBe('Day 12');
    expect(translate('nl', 'status.serumBand', { value: 0.853, band: 'normaal' })).toBe(
      'Serum-Mg 0,85 mmol/L: normaal.',
    );
    expect(translate('en', 'status.serumBand', { value: 0.853, band: 'normal' })).toBe(
      'Serum Mg 0.85 mmol/L: normal.',
    );
    expect(
      translate('nl', 'intake.vsAdequate', { intake: 180, percent: 51.4, ai: 350, group: 'mannen' }),
    ).toBe('180 mg/dag = 51,4% van de adequate inname (350 mg/dag voor mannen).');
  });

  it('keeps string parameters as they are', () => {
    expect(translate('nl', 'status.serumBand', { value: '0.850', band: 'x' })).toBe(
      'Serum-Mg 0.850 mmol/L: x.',
    );
  });

  it('fills a placeholder that occurs twice', () => {
    expect(translate('nl', 'clamp.notice', { given: 9000, used: 6000, unit: 'mg/dag' })).toBe(
      'De waarde 9.000 mg/dag ligt buiten het zinvolle bereik; het model gebruikt 6.000 mg/dag.',
    );
  });

  it('leaves a missing parameter visible and never prints NaN', () => {
    expect(translate('en', 'time.day')).toBe('Day {day}');
    expect(translate('en', 'time.day', {})).toBe('Day {day}');
    expect(translate('nl', 'time.day', { day: NaN })).toBe('Dag –');
  });

  it('does not treat replacement patterns in parameters specially', () => {
    expect(translate('en', 'time.day', { day: '$& $1 {day}' })).toBe('Day $& $1 {day}');
  });

  it('knows its keys', () => {
    expect(isMessageKey('app.title')).toBe(true);
    expect(isMessageKey('app.nope')).toBe(false);
    expect(isMessageKey('toString')).toBe(false);
  });
});

describe('translatePlural', () => {
  it('picks the singular for one and the plural otherwise', () => {
    expect(translatePlural('nl', 'time.elapsed.days', 1)).toBe('1 dag');
    expect(translatePlural('nl', 'time.elapsed.days', 3)).toBe('3 dagen');
    expect(translatePlural('en', 'time.elapsed.days', 0)).toBe('0 days');
    expect(translatePlural('en', 'timeControls.speed.rate', 1)).toBe('1 day per second');
    expect(translatePlural('nl', 'timeControls.speed.rate', 30)).toBe('30 dagen per seconde');
  });

  it('applies the rule to the number as shown', () => {
    expect(translatePlural('en', 'time.elapsed.years', 1.02, {}, 1)).toBe('1 year');
    expect(translatePlural('en', 'time.elapsed.years', 1.5, {}, 1)).toBe('1.5 years');
    expect(translatePlural('nl', 'time.elapsed.years', 2.5, {}, 1)).toBe('2,5 jaar');
  });
});

describe('formatElapsed', () => {
  it.each([
    [0, '0 dagen', '0 days'],
    [1, '1 dag', '1 day'],
    [10, '10 dagen', '10 days'],
    [14, '2 weken', '2 weeks'],
    [21, '3 weken', '3 weeks'],
    [90, '3 maanden', '3 months'],
    [365, '12 maanden', '12 months'],
    [730, '2 jaar', '2 years'],
    [1000, '2,7 jaar', '2.7 years'],
  ])('%d days → %s / %s', (days, dutch, english) => {
    expect(formatElapsed('nl', days)).toBe(dutch);
    expect(formatElapsed('en', days)).toBe(english);
  });

  it('never prints NaN', () => {
    expect(formatElapsed('en', NaN)).not.toMatch(/NaN/);
    expect(formatElapsed('en', -5)).toBe('0 days');
  });
});
