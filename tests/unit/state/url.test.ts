import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_INPUTS, INPUT_RANGES, type NumericInput } from '../../../src/model/index.ts';
import { readUrl, writeUrl } from '../../../src/state/url.ts';
import { hostileQuery } from '../../support/hostile.ts';

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

  it('clamps out-of-range numbers and reports what it used', () => {
    const s = readUrl('?intake-mg=99999&gfr-ml-min=1');
    expect(s.inputs).toEqual({ intakeMgPerDay: 2000, gfrMlPerMin: 5 });
    expect(s.problems).toEqual([
      { kind: 'out-of-range', parameter: 'intake-mg', value: '99999', used: '2000' },
      { kind: 'out-of-range', parameter: 'gfr-ml-min', value: '1', used: '5' },
    ]);
  });

  it('ignores and reports nonsense instead of crashing', () => {
    const s = readUrl('?intake-mg=abc&ppi=sometimes&scenario=nope&locale=fr&unit=kg&foo=1&condition=flu');
    expect(s.inputs).toBeUndefined();
    expect(s.locale).toBe('nl');
    expect(s.problems.map((p) => p.parameter).sort()).toEqual(
      ['condition', 'foo', 'intake-mg', 'locale', 'ppi', 'scenario', 'unit'].sort(),
    );
  });

  // Issue 10, defect 4: the page read numbers with Number(), unlike the runner.
  it('reads numbers like the runner: hex is not a number, negatives are refused', () => {
    const s = readUrl('?gfr-ml-min=0x10&intake-mg=-5&age=Infinity');
    expect(s.inputs).toBeUndefined();
    expect(s.problems.map((p) => [p.parameter, p.kind])).toEqual([
      ['gfr-ml-min', 'not-a-number'],
      ['intake-mg', 'negative'],
      ['age', 'not-a-number'],
    ]);
  });

  it('rounds a fraction of a dose and says it is not a whole number (not out of range)', () => {
    const s = readUrl('?doses=2.5');
    expect(s.inputs).toEqual({ supplementDosesPerDay: 3 });
    expect(s.problems).toEqual([{ kind: 'not-whole', parameter: 'doses', value: '2.5', used: '3' }]);
  });

  it('ignores a condition list with no known name: a scenario keeps its own', () => {
    const s = readUrl('?scenario=alcohol&condition=bogus');
    expect(s.inputs).toBeUndefined();
    expect(s.problems).toEqual([{ kind: 'unknown-condition', parameter: 'condition', value: 'bogus' }]);
  });

  it('calls an unknown condition unknown, and keeps the known ones', () => {
    const s = readUrl('?condition=alcohol,bogus');
    expect(s.inputs).toEqual({ conditions: ['alcohol'] });
    expect(s.problems).toEqual([
      { kind: 'unknown-condition', parameter: 'condition', value: 'bogus', used: 'alcohol' },
    ]);
  });

  // Issue 10, defect 1: a repeated parameter gave two problems with the same key (blank page).
  it('reports a repeated parameter once; the first value counts', () => {
    expect(readUrl('?foo=1&foo=1').problems).toEqual([
      { kind: 'unknown-parameter', parameter: 'foo', value: '1' },
    ]);
    expect(readUrl('?intake-mg=5000&intake-mg=5000').problems).toHaveLength(1);
    const s = readUrl('?intake-mg=200&intake-mg=300');
    expect(s.inputs).toEqual({ intakeMgPerDay: 200 });
    expect(s.problems).toEqual([{ kind: 'repeated', parameter: 'intake-mg', value: '300', used: '200' }]);
  });

  it('ignores tracking parameters quietly (utm_*, fbclid), repeated or not', () => {
    expect(readUrl('?utm_source=x&utm_source=x&fbclid=abc&locale=en')).toEqual({
      problems: [],
      locale: 'en',
    });
  });

  // Issue 10, defect 9 (the page's side): lactation for a man ran 25 mg/day of milk.
  it('leaves lactation out for a man, from the link or from its scenario', () => {
    const s = readUrl('?sex=male&condition=lactation,alcohol');
    expect(s.inputs?.conditions).toEqual(['alcohol']);
    expect(s.problems).toEqual([
      { kind: 'needs-female', parameter: 'condition', value: 'lactation', used: 'male' },
    ]);
    expect(readUrl('?condition=lactation').inputs?.conditions).toEqual([]);
    expect(readUrl('?scenario=breastfeeding&sex=male').inputs?.conditions).toEqual([]);
    expect(readUrl('?scenario=breastfeeding').problems).toEqual([]);
    expect(readUrl('?sex=female&condition=lactation').inputs?.conditions).toEqual(['lactation']);
  });

  // A hang guard, not a timing: the machine may be busy.
  it('property: never throws; every number it passes on is finite and in range', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(hostileQuery(), (query) => {
        const s = readUrl(query);
        for (const [name, value] of Object.entries(s.inputs ?? {})) {
          if (typeof value !== 'number') continue;
          const r = INPUT_RANGES[name as NumericInput];
          expect(Number.isFinite(value), `${name} in ${query.slice(0, 200)}`).toBe(true);
          expect(value).toBeGreaterThanOrEqual(r.min);
          expect(value).toBeLessThanOrEqual(r.max);
        }
        expect(s.problems.length).toBeLessThanOrEqual(new URLSearchParams(query).size);
      }),
      { numRuns: 150 },
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
        sex: 'female' as const,
        conditions: ['lactation' as const],
      },
      unit: 'mmol' as const,
      speed: 'fast' as const,
      profile: 'screen' as const,
    };
    const back = readUrl(writeUrl(state));
    expect(back.inputs).toEqual({
      diuretic: 'thiazide',
      supplementMgPerDay: 150,
      sex: 'female',
      conditions: ['lactation'],
    });
    expect(back).toMatchObject({
      locale: 'en',
      scenarioId: 'thiazide',
      unit: 'mmol',
      speed: 'fast',
      profile: 'screen',
    });
  });
});
