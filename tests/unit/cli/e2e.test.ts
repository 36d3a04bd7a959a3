/** The real process: argv, stdout, stderr and exit status. Few spawns: each costs ~0.5 s. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

function simulate(...argv: string[]) {
  const r = spawnSync('node_modules/.bin/tsx', ['src/cli/main.ts', ...argv], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 30_000,
  });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const stderrLines = (stderr: string) => stderr.split('\n').filter((l) => l !== '');

describe('simulate (spawned)', { timeout: 30_000 }, () => {
  it('prints only JSON on stdout, exit 0', () => {
    const r = simulate('--days', '30', '--supplement-mg', '200');
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    expect(out.series.day).toHaveLength(31);
    expect(out.inputs.supplementMgPerDay).toBe(200);
  });

  it('prints a steady state as CSV', () => {
    const r = simulate('--steady-state', '--format', 'csv');
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
    const r = simulate(...argv);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    const lines = stderrLines(r.stderr);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
  });
});
