/**
 * Runner fuzz (issue 10): hostile argument lists must end in exit status 0 or 2, never 1 or a
 * crash; a refusal is exactly one short line on stderr (no stack trace, no control characters);
 * a run prints valid output with finite numbers. Seeded (tests/seed.ts), a few seconds: main()
 * in process for hundreds of lists, and a few spawned processes for the real stderr.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, MAX_LINE } from '../../../src/cli/main.ts';
import { INPUT_OPTION_NAMES } from '../../../src/model/index.ts';
import { bundleCli, type CliProcess } from '../../support/cliProcess.ts';
import { hostileValue } from '../../support/hostile.ts';

const FLAGS = [
  ...INPUT_OPTION_NAMES,
  ...['scenario', 'days', 'baseline-intake-mg', 'event', 'steady-state', 'format', 'help'],
  ...['bogus', '', '-', 'intake_mg', 'Intake-mg', '__proto__', 'constructor'],
];
const DAYS = ['0', '1', '3', '30', '2.5', '-1', '36501', '1e1', '0x10', '', ' ', 'x'];

const token = (): fc.Arbitrary<string[]> =>
  fc.oneof(
    {
      weight: 4,
      arbitrary: fc.tuple(fc.constantFrom(...FLAGS), hostileValue()).map(([f, v]) => [`--${f}`, v]),
    },
    {
      weight: 2,
      arbitrary: fc.tuple(fc.constantFrom(...FLAGS), hostileValue()).map(([f, v]) => [`--${f}=${v}`]),
    },
    { weight: 2, arbitrary: fc.constantFrom(...DAYS).map((d) => ['--days', d]) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.constantFrom(...DAYS, '0', '2'), fc.constantFrom(...FLAGS), hostileValue())
        .map(([d, o, v]) => ['--event', `${d}:${o}=${v}`]),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom<string[]>(
        ['--steady-state'],
        ['--format', 'csv'],
        ['--'],
        ['-h'],
        ['--help'],
      ),
    },
    { weight: 1, arbitrary: hostileValue().map((v) => [v]) },
  );

const argvArbitrary = fc.array(token(), { maxLength: 5 }).map((parts) => parts.flat());

// Control characters other than the line ends, and the line and paragraph separators.
// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/;
const PREFIX = 'simulate: ';

function checkStderr(stderr: string, status: number): void {
  const lines = stderr.split('\n');
  expect(lines.pop(), 'stderr ends with a newline (or is empty)').toBe('');
  if (status === 2) expect(lines, 'a refusal is one line').toHaveLength(1);
  for (const line of lines) {
    expect(line.startsWith(PREFIX), line).toBe(true);
    expect(line.length, line.slice(0, 100)).toBeLessThanOrEqual(PREFIX.length + MAX_LINE + 30);
    expect(line).not.toMatch(RAW_CONTROL);
    expect(line).not.toMatch(/\bat .+:\d+:\d+\)?$|unexpected error/);
  }
}

function checkStdout(stdout: string, status: number): void {
  if (status === 2) return expect(stdout).toBe('');
  if (stdout.startsWith('Usage:')) return;
  expect(stdout).not.toMatch(/NaN|Infinity|undefined/);
  if (stdout.startsWith('{')) expect(() => JSON.parse(stdout)).not.toThrow();
  else expect(stdout.split('\n')[0]).toMatch(/^(day,|quantity,value)/);
}

describe('runner fuzz', () => {
  // The real process writes stderr; the bundled runner starts in a fraction of tsx's time.
  let cli: CliProcess;
  beforeAll(() => {
    cli = bundleCli();
  });
  afterAll(() => cli?.dispose());

  // A hang guard, not a timing: the machine may be busy.
  it(
    'in process: exit 0 or 2, one short clean line for a refusal, valid output for a run',
    { timeout: 60_000 },
    () => {
      let runs = 0;
      const statuses = { 0: 0, 2: 0 } as Record<number, number>;
      fc.assert(
        fc.property(argvArbitrary, (argv) => {
          let stdout = '';
          let stderr = '';
          const status = main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
          const shown = JSON.stringify(argv).slice(0, 300);
          expect([0, 2], `${shown}: ${stderr.slice(0, 300)}`).toContain(status);
          checkStderr(stderr, status);
          checkStdout(stdout, status);
          runs++;
          statuses[status]++;
        }),
        { numRuns: 400 },
      );
      // Both outcomes must be exercised, or the fuzz tests little.
      expect(runs).toBe(400);
      expect(statuses[0]).toBeGreaterThan(20);
      expect(statuses[2]).toBeGreaterThan(100);
    },
  );

  it(
    'spawned: a 100,000-character value, ANSI escapes, \\r and U+2028 give one short escaped line',
    {
      timeout: 60_000,
    },
    () => {
      const cases = [
        ['--intake-mg', 'A'.repeat(100_000)],
        ['--event', '3:ppi=\u001b[2J\u001b[31mred\rover'],
        ['--scenario', 'x\u2028y\u202ez', '--help=\r'],
      ];
      for (const argv of cases) {
        const r = cli.run(argv);
        expect(r.status, r.stderr.slice(0, 300)).toBe(2);
        expect(r.stdout).toBe('');
        checkStderr(r.stderr, 2);
        expect(r.stderr.length).toBeLessThan(400);
      }
    },
  );
});
