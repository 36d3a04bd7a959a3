/** The runner's analyses: the same tables the app shows, as JSON and CSV, and clear refusals. */
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.ts';
import { sensitivity } from '../../../src/model/analysis/index.ts';
import { findScenario, scenarioInputs } from '../../../src/scenarios/scenarios.ts';

function call(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const status = main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { status, stdout, stderr };
}

describe('--sensitivity', () => {
  it('prints every factor with its elasticities, largest effect on serum first, as the model computes them', () => {
    const r = call('--scenario', 'ppi-long-term', '--sensitivity');
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    const model = sensitivity(scenarioInputs(findScenario('ppi-long-term')!));
    expect(out.table).toHaveLength(model.elasticities.length);
    const sizes = out.table.map((row: { serumElasticity: number }) => Math.abs(row.serumElasticity));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    const vmax = out.table.find((row: { factor: string }) => row.factor === 'paracellularVmaxMmolPerDay');
    const expected = model.elasticities.find((e) => e.factor.name === 'paracellularVmaxMmolPerDay')!;
    expect(vmax.serumElasticity).toBeCloseTo(expected.serum!, 12);
    expect(vmax.grade).toBe('E');
    expect(out.summary.serumMgMmolPerL).toBeCloseTo(model.serumMmolPerL, 12);
  });

  it('prints a CSV table, one row per factor', () => {
    const r = call('--sensitivity', '--format', 'csv');
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('factor,kind,value,unit,grade,serumElasticity,urineElasticity');
    expect(lines.some((l) => l.startsWith('gfrMlPerMin,input,120,mL/min,,'))).toBe(true);
  });

  it('says so when nothing comes in and serum is zero, and still prints every factor', () => {
    const r = call('--sensitivity', '--intake-mg', '0', '--format', 'csv');
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('relative sensitivities are not defined');
    expect(r.stdout.split('\n')[1]).toMatch(/^\w+,parameter,[^,]+,[^,]+,\w*,,$/);
  });

  it('says which run options it ignores', () => {
    const r = call('--sensitivity', '--days', '30', '--steady-state');
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('--sensitivity is about the steady state and ignores --days');
  });
});

describe('--time-scales', () => {
  it('prints five modes, fastest first, with half-times and the dominant pool', () => {
    const out = JSON.parse(call('--time-scales').stdout);
    expect(out.table.map((m: { dominantPool: string }) => m.dominantPool)).toEqual([
      'extracellular',
      'softTissue',
      'muscle',
      'boneSurface',
      'deepBone',
    ]);
    for (const m of out.table) expect(m.halfTimeDays).toBeCloseTo(Math.LN2 / m.ratePerDay, 12);
  });
});

describe('--uncertainty N', () => {
  it('prints the course with its 5–95% band, which contains the model run', () => {
    const r = call('--scenario', 'loop-diuretic', '--uncertainty', '20', '--days', '30', '--format', 'csv');
    expect(r.status).toBe(0);
    const [header, ...rows] = r.stdout.trimEnd().split('\n');
    expect(header).toBe('day,serumMgMmolPerL,serumMgMmolPerLP05,serumMgMmolPerLP50,serumMgMmolPerLP95');
    expect(rows).toHaveLength(31);
    for (const row of rows) {
      const [, model, p05, , p95] = row.split(',').map(Number);
      expect(model).toBeGreaterThanOrEqual(p05);
      expect(model).toBeLessThanOrEqual(p95);
    }
  });

  it('reports the ensemble: its size, seed, grade factors and the steady-state spread', () => {
    const out = JSON.parse(call('--uncertainty', '10', '--days', '5').stdout);
    expect(out.summary.sets).toBe(10);
    expect(out.summary.gradeFactors).toEqual({ S: 1.1, S2: 1.25, E: 1.5, A: 2 });
    expect(out.summary.steadyState.serumMgMmolPerL.p05).toBeLessThan(
      out.summary.steadyState.serumMgMmolPerL.p95,
    );
  });

  it.each([
    [['--uncertainty', '5'], '--uncertainty expects a whole number of parameter sets, 10–2000, got "5"'],
    [['--uncertainty', '1e2'], '--uncertainty expects a whole number of parameter sets, 10–2000, got "1e2"'],
    [['--uncertainty', '100', '--sensitivity'], '--sensitivity cannot be combined with --uncertainty'],
    [['--uncertainty', '2000', '--days', '3650'], 'too much work'],
  ])('refuses %j with one line and exit status 2', (argv, message) => {
    const r = call(...argv);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(message);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});
