import { describe, expect, it } from 'vitest';
import { DEFAULT_INPUTS } from '../../../src/model/index.ts';
import { readUrl, writeUrl } from '../../../src/state/url.ts';

describe('URL parameters', () => {
  it('reads a teacher link with a scenario, language and inputs', () => {
    const s = readUrl(
      '?locale=en&scenario=ppi-long-term&intake-mg=200&condition=alcohol,elderly&profile=screen',
    );
    expect(s.locale).toBe('en');
    expect(s.scenarioId).toBe('ppi-long-term');
    expect(s.inputs).toEqual({ intakeMgPerDay: 200, conditions: ['alcohol', 'elderly'] });
    expect(s.profile).toBe('screen');
    expect(s.problems).toEqual([]);
  });

  it('reads ?present=1 as presentation mode and reports a value it does not know', () => {
    expect(readUrl('?present=1').present).toBe(true);
    expect(readUrl('?present=0').present).toBe(false);
    expect(readUrl('?locale=en').present).toBeUndefined();
    const s = readUrl('?present=yes');
    expect(s.present).toBeUndefined();
    expect(s.problems.map((p) => p.parameter)).toEqual(['present']);
  });

  it('clamps out-of-range numbers and reports what it used', () => {
    const s = readUrl('?intake-mg=99999&gfr-ml-min=-3');
    expect(s.inputs).toEqual({ intakeMgPerDay: 2000, gfrMlPerMin: 5 });
    expect(s.problems.map((p) => p.used)).toEqual(['2000', '5']);
  });

  it('ignores and reports nonsense instead of crashing', () => {
    const s = readUrl('?intake-mg=abc&ppi=sometimes&scenario=nope&locale=fr&unit=kg&foo=1&condition=flu');
    expect(s.inputs).toEqual({ conditions: [] });
    expect(s.locale).toBe('nl');
    expect(s.problems.map((p) => p.parameter).sort()).toEqual(
      ['condition', 'foo', 'intake-mg', 'locale', 'ppi', 'scenario', 'unit'].sort(),
    );
  });

  it('round-trips the current set-up', () => {
    const state = {
      locale: 'en' as const,
      scenarioId: 'thiazide',
      inputs: {
        ...DEFAULT_INPUTS,
        diuretic: 'thiazide' as const,
        supplementMgPerDay: 150,
        conditions: ['lactation' as const],
      },
      unit: 'mmol' as const,
      speed: 'fast' as const,
      profile: 'screen' as const,
    };
    const back = readUrl(writeUrl(state));
    expect(back.inputs).toEqual({ diuretic: 'thiazide', supplementMgPerDay: 150, conditions: ['lactation'] });
    expect(back).toMatchObject({
      locale: 'en',
      scenarioId: 'thiazide',
      unit: 'mmol',
      speed: 'fast',
      profile: 'screen',
    });
  });
});
