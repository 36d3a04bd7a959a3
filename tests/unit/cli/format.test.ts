import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../src/cli/args.ts';
import { formatCsv, formatJson, formatOutput } from '../../../src/cli/format.ts';
import { runCli, type RunOutput } from '../../../src/cli/run.ts';
import { SERIES_NAMES } from '../../../src/model/index.ts';

function output(...argv: string[]): RunOutput {
  const c = parseArgs(argv);
  if (c.kind !== 'run') throw new Error('expected a run command');
  return runCli(c.options).output;
}

describe('formatJson', () => {
  it('round-trips the output exactly (nothing rounded)', () => {
    const o = output('--days', '7', '--ppi', 'typical', '--event', '3:ppi=none');
    const text = formatJson(o);
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text)).toEqual(o);
  });

  it('keeps number arrays on one line', () => {
    const text = formatJson(output('--days', '100'));
    expect(text).toMatch(/^ {4}"day": \[0,1,2,.*,100\],?$/m);
    expect(text.split('\n').length).toBeLessThan(100);
  });

  it('handles nesting, empty containers and strings', () => {
    const v = { a: [], b: {}, c: [{ d: 'x"y' }, { e: [1, 2] }], f: null, g: undefined };
    expect(JSON.parse(formatJson(v))).toEqual({ a: [], b: {}, c: [{ d: 'x"y' }, { e: [1, 2] }], f: null });
  });
});

describe('formatCsv', () => {
  it('gives a header of series names (day first) and one row per day', () => {
    const text = formatOutput(output('--days', '4'), 'csv');
    const lines = text.trimEnd().split('\n');
    expect(text.endsWith('\n')).toBe(true);
    expect(lines[0].split(',')).toEqual([...SERIES_NAMES]);
    expect(lines).toHaveLength(1 + 5);
    lines.slice(1).forEach((line, day) => {
      const cells = line.split(',').map(Number);
      expect(cells).toHaveLength(SERIES_NAMES.length);
      expect(cells[0]).toBe(day);
      expect(cells.every(Number.isFinite)).toBe(true);
    });
  });

  it('prints the same numbers as the JSON', () => {
    const o = output('--days', '2', '--intake-mg', '123.456');
    const row = formatCsv(o).split('\n')[2].split(',').map(Number);
    expect(row[SERIES_NAMES.indexOf('serumMgMmolPerL')]).toBe(o.series!.serumMgMmolPerL[1]);
  });

  it('gives a quantity,value table for a steady state', () => {
    const o = output('--steady-state');
    const lines = formatCsv(o).trimEnd().split('\n');
    expect(lines[0]).toBe('quantity,value');
    expect(lines.slice(1).map((l) => l.split(','))).toEqual(
      Object.entries(o.steadyState!).map(([k, v]) => [k, String(v)]),
    );
  });
});
