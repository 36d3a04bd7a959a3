/**
 * The real process: argv, stdout, stderr and exit status. The first case runs the runner as
 * `npm run simulate` does (tsx, ~4 s of CPU to start); the others run the same source bundled
 * once (tests/support/cliProcess.ts), ~0.3 s each.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleCli, simulateWithTsx, type CliProcess } from '../../support/cliProcess.ts';

const stderrLines = (stderr: string) => stderr.split('\n').filter((l) => l !== '');

describe('simulate (spawned)', { timeout: 30_000 }, () => {
  let cli: CliProcess;
  beforeAll(() => {
    cli = bundleCli();
  });
  afterAll(() => cli?.dispose());

  it('prints only JSON on stdout, exit 0 (as npm run simulate starts it, with tsx)', () => {
    const r = simulateWithTsx(['--days', '30', '--supplement-mg', '200']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    expect(out.series.day).toHaveLength(31);
    expect(out.inputs.supplementMgPerDay).toBe(200);
  });

  it('prints a steady state as CSV', () => {
    const r = cli.run(['--steady-state', '--format', 'csv']);
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('quantity,value');
    const serum = Number(r.stdout.match(/^serumMgMmolPerL,(.+)$/m)?.[1]);
    expect(serum).toBeCloseTo(0.85, 6);
  });

  it.each([
    [['--intake-mg', 'abc'], /^simulate: --intake-mg expects a number of mg\/day, got "abc"$/],
    [['--scenario', 'nope'], /^simulate: unknown scenario "nope"; valid ids: healthy-man, /],
    [['--bogus', '--days'], /^simulate: unknown option "--bogus"/],
  ])('exits 2 with exactly one stderr line for %j', (argv, message) => {
    const r = cli.run(argv);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    const lines = stderrLines(r.stderr);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
  });
});
