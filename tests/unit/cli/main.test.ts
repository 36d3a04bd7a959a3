import { describe, expect, it, vi } from 'vitest';
import { main } from '../../../src/cli/main.ts';
import * as run from '../../../src/cli/run.ts';
import { SCENARIOS } from '../../../src/scenarios/scenarios.ts';

/** main() in process, with stdout and stderr captured. */
function call(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const status = main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { status, stdout, stderr };
}

describe('main (in process)', () => {
  it('prints the run as JSON on stdout and nothing on stderr', () => {
    const r = call('--days', '3');
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).series.day).toEqual([0, 1, 2, 3]);
  });

  it('prints CSV with --format csv', () => {
    const r = call('--days', '3', '--format', 'csv');
    expect(r.stdout.split('\n')[0]).toMatch(/^day,serumMgMmolPerL,/);
  });

  it('puts clamping notices on stderr, one line each, and still exits 0', () => {
    const r = call('--days', '3', '--intake-mg', '9000', '--gfr-ml-min', '500');
    expect(r.status).toBe(0);
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      "simulate: --intake-mg 9000 is outside the model's range 0–2000 mg/d; using 2000",
      "simulate: --gfr-ml-min 500 is outside the model's range 5–180 mL/min; using 180",
    ]);
    expect(JSON.parse(r.stdout).inputs.intakeMgPerDay).toBe(2000);
  });

  it('exits 2 with one line on stderr and nothing on stdout for bad options', () => {
    const r = call('--intake-mg', 'abc');
    expect(r).toEqual({
      status: 2,
      stdout: '',
      stderr: 'simulate: --intake-mg expects a number of mg/day, got "abc"\n',
    });
  });

  // Issue 10, defect 5: the bad value was repeated raw (a 100 KB line; \r and ANSI escapes live).
  it('quotes, escapes and shortens the bad value in its one line', () => {
    const huge = call('--intake-mg', 'A'.repeat(100_000));
    expect(huge.stderr).toBe(
      `simulate: --intake-mg expects a number of mg/day, got "${'A'.repeat(40)}… (100000 characters)"\n`,
    );
    const control = call('--diuretic', 'x\r\u001b[31my\u2028z');
    expect(control.stderr).toBe(
      'simulate: --diuretic expects one of none, loop, thiazide, potassium-sparing, got "x\\r\\e[31my\\u2028z"\n',
    );
    expect(call('--' + 'b'.repeat(5000)).stderr.length).toBeLessThan(120);
  });

  // Issue 10, defect 9: --help --bogus exited 0 but --bogus --help exited 2.
  it('prints help wherever --help stands', () => {
    for (const argv of [
      ['--help', '--bogus'],
      ['--bogus', '--help'],
      ['--intake-mg', 'x', '--help'],
    ])
      expect(call(...argv)).toMatchObject({ status: 0, stderr: '' });
  });

  it('prints help on stdout with every flag and each scenario’s suggested days', () => {
    const r = call('--help');
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    for (const flag of [
      '--scenario',
      '--intake-mg',
      '--water-mg-per-l',
      '--water-l',
      '--supplement-mg',
      '--doses',
    ])
      expect(r.stdout).toContain(flag);
    for (const flag of [
      '--diuretic',
      '--ppi',
      '--condition',
      '--gfr-ml-min',
      '--phytate-mmol',
      '--sex',
      '--age',
    ])
      expect(r.stdout).toContain(flag);
    for (const flag of ['--days', '--baseline-intake-mg', '--event', '--steady-state', '--format'])
      expect(r.stdout).toContain(flag);
    for (const s of SCENARIOS) expect(r.stdout).toMatch(new RegExp(`^ +${s.id} +${s.suggestedDays}$`, 'm'));
  });

  it('exits 1 with one line for an unexpected error', () => {
    const spy = vi.spyOn(run, 'runCli').mockImplementation(() => {
      throw new Error('boom\nsecond line');
    });
    try {
      expect(call('--days', '3')).toEqual({
        status: 1,
        stdout: '',
        stderr: 'simulate: unexpected error: boom second line\n',
      });
    } finally {
      spy.mockRestore();
    }
  });
});
