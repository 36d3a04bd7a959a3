/** The one set of rules for reading input values, shared by links and the runner. */
import { describe, expect, it } from 'vitest';
import {
  adjustNumber,
  applicableConditions,
  parseDecimal,
  readConditions,
  readOptionValue,
} from '../../../src/model/index.ts';

describe('parseDecimal', () => {
  it.each([
    ['250', 250],
    ['1.5', 1.5],
    ['.5', 0.5],
    ['5.', 5],
    ['+5', 5],
    ['-0', 0],
    [' 12 ', 12],
    ['1.2e2', 120],
    ['5e-324', 5e-324],
  ])('reads %j as %d', (text, n) => expect(parseDecimal(text)).toBe(n));

  it.each([
    '',
    ' ',
    '0x10',
    '0X1F',
    '0b11',
    '0o7',
    '1_000',
    '1,5',
    'NaN',
    'Infinity',
    '1e999',
    '1e',
    'e5',
    '--5',
  ])('refuses %j (Number() would take some of these)', (text) => expect(parseDecimal(text)).toBeUndefined());

  // A backtracking pattern would take minutes here and hit the test's timeout (no timed assertion).
  it('reads a 100,000-digit value without hanging', () => {
    expect(parseDecimal('1'.repeat(100_000) + 'x')).toBeUndefined();
    expect(parseDecimal('1'.repeat(100_000) + '.' + '1'.repeat(100_000) + 'e')).toBeUndefined();
  });
});

describe('readOptionValue', () => {
  it('gives model input changes for numbers and choices', () => {
    expect(readOptionValue('intake-mg', '200')).toEqual({ ok: true, changes: { intakeMgPerDay: 200 } });
    expect(readOptionValue('ppi', 'typical')).toEqual({ ok: true, changes: { ppi: 'typical' } });
  });

  it('refuses hexadecimal and negative numbers, with the reason', () => {
    expect(readOptionValue('gfr-ml-min', '0x10')).toEqual({ ok: false, problem: { kind: 'not-a-number' } });
    expect(readOptionValue('intake-mg', '-5')).toEqual({ ok: false, problem: { kind: 'negative' } });
  });

  it('leaves a fraction of a dose to adjustNumber (rounded, with a note), not refused', () => {
    expect(readOptionValue('doses', '2.5')).toEqual({ ok: true, changes: { supplementDosesPerDay: 2.5 } });
    expect(adjustNumber('supplementDosesPerDay', 2.5)).toMatchObject({ kind: 'not-whole', used: 3 });
    expect(adjustNumber('supplementDosesPerDay', 9)).toMatchObject({ kind: 'out-of-range', used: 6 });
    expect(adjustNumber('supplementDosesPerDay', 2)).toBeUndefined();
  });

  it('names unknown choices as unknown, not out of range', () => {
    expect(readOptionValue('diuretic', 'osmotic')).toMatchObject({
      ok: false,
      problem: { kind: 'unknown-choice' },
    });
    expect(readOptionValue('diuretic', 'Loop')).toMatchObject({ ok: false });
  });
});

describe('readConditions', () => {
  it('reads a list, none, and drops repeats', () => {
    expect(readConditions('alcohol,elderly,alcohol')).toEqual({
      ok: true,
      changes: { conditions: ['alcohol', 'elderly'] },
    });
    expect(readConditions('none')).toEqual({ ok: true, changes: { conditions: [] } });
  });

  it('names the unknown ones and keeps the known ones usable', () => {
    expect(readConditions('alcohol,bogus')).toEqual({
      ok: false,
      problem: { kind: 'unknown-condition', unknown: ['bogus'], choices: expect.any(Array) },
      usable: { conditions: ['alcohol'] },
    });
    expect(readConditions('')).toMatchObject({ ok: false, problem: { kind: 'unknown-condition' } });
    expect(readConditions('none,alcohol')).toMatchObject({
      ok: false,
      problem: { kind: 'none-combined' },
      usable: { conditions: ['alcohol'] },
    });
  });
});

describe('applicableConditions', () => {
  it('drops lactation for a man only', () => {
    expect(applicableConditions(['alcohol', 'lactation'], 'male')).toEqual({
      conditions: ['alcohol'],
      dropped: ['lactation'],
    });
    expect(applicableConditions(['lactation'], 'female')).toEqual({ conditions: ['lactation'], dropped: [] });
  });
});
