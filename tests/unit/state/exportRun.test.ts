// The run as CSV: every series per day, units in the headings, settings and changes as comments,
// in the page's language with its separators.
import { describe, expect, it } from 'vitest';
import { DEFAULT_INPUTS, SERIES_NAMES, simulate } from '../../../src/model/index.ts';
import { runCsv } from '../../../src/state/exportRun.ts';

const history = simulate({ inputs: { ...DEFAULT_INPUTS, ppi: 'susceptible' }, days: 10 }).series;
const run = {
  scenarioId: 'ppi-long-term',
  startInputs: { ...DEFAULT_INPUTS, ppi: 'susceptible' as const },
  actions: [
    { day: 4, kind: 'inputs' as const, changes: { intakeMgPerDay: 200 } },
    { day: 6, kind: 'steady' as const },
  ],
  history,
};

/** Data lines split into fields; a quoted field may hold the separator (RFC 4180). */
const table = (csv: string, separator: string) =>
  csv
    .trim()
    .split('\r\n')
    .filter((l) => !l.startsWith('#'))
    .map((l) =>
      [...l.matchAll(new RegExp(`("(?:[^"]|"")*"|[^${separator}]*)(?:${separator}|$)`, 'g'))]
        .map((m) => m[1].replace(/^"|"$/g, '').replace(/""/g, '"'))
        .slice(0, -1),
    );

describe('runCsv', () => {
  it('Dutch: semicolons and decimal commas, headings with units, the settings and changes above', () => {
    const csv = runCsv({ locale: 'nl', ...run });
    expect(csv).toContain('# Kolommen gescheiden door een puntkomma (;), decimaalteken een komma (,).');
    expect(csv).toContain('# Scenario: Jarenlang een protonpompinhibitor (maagzuurremmer)');
    expect(csv).toContain('# Magnesium uit de voeding: 350 mg/dag');
    expect(csv).toContain('# Dag 4: Magnesium uit de voeding → 200 mg/dag');
    expect(csv).toContain('# Dag 6: sprong naar evenwicht');
    const rows = table(csv, ';');
    expect(rows[0]).toHaveLength(SERIES_NAMES.length);
    expect(rows[0].slice(0, 2)).toEqual(['Tijd (dag)', 'Serum-Mg (mmol/L)']);
    expect(rows).toHaveLength(1 + 11);
    expect(rows[1][1]).toMatch(/^0,8\d+$/);
    expect(rows[11][0]).toBe('10');
  });

  it('English: commas and decimal points; every cell a number', () => {
    const rows = table(runCsv({ locale: 'en', ...run }), ',');
    expect(rows[0][1]).toBe('Serum Mg (mmol/L)');
    expect(rows[0].every((h) => /\(.+\)$/.test(h))).toBe(true);
    for (const row of rows.slice(1)) for (const cell of row) expect(Number.isFinite(Number(cell))).toBe(true);
  });
});
