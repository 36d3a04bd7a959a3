import { describe, expect, it } from 'vitest';
import type { Locale } from '../../../../src/i18n/index.ts';
import { BANDS, MODIFIERS, PARAMETERS } from '../../../../src/model/index.ts';
import { BAND_SHAPES, bandColour } from '../../../../src/views/panels/bandShape.ts';
import {
  displayUnit,
  formatParameterValue,
  nameParts,
  parameterRows,
} from '../../../../src/views/panels/parameterRows.ts';

describe('band shapes', () => {
  it('give every band its own shape and theme colour', () => {
    const paths = BANDS.map((b) => BAND_SHAPES[b.id]);
    expect(paths.every((p) => typeof p === 'string' && p.startsWith('M'))).toBe(true);
    expect(new Set(paths).size).toBe(BANDS.length);
    expect(bandColour('hypo')).toBe('var(--band-hypo)');
  });
});

describe('parameter rows', () => {
  it('list every parameter and modifier with value, unit, source and grade', () => {
    for (const table of [PARAMETERS, MODIFIERS]) {
      const rows = parameterRows(table);
      expect(rows.map((r) => r.name)).toEqual(Object.keys(table));
      for (const r of rows) {
        expect(Number.isFinite(r.value), r.name).toBe(true);
        expect(r.source.length, r.name).toBeGreaterThan(0);
        expect(['S', 'S2', 'E', 'A'], r.name).toContain(r.grade);
      }
    }
  });

  it.each<[Locale, number, string]>([
    ['en', 0.85, '0.85'],
    ['nl', 0.85, '0,85'],
    ['en', 0.1 / 365, '0.000274'],
    ['en', 13.6, '13.6'],
    ['nl', 1.22, '1,22'],
    ['en', 350, '350'],
    ['en', -0.01, '-0.01'],
    ['en', NaN, '–'],
  ])('format %s %d as %s', (locale, value, expected) => {
    expect(formatParameterValue(locale, value)).toBe(expected);
  });

  it.each([
    ['1', null],
    ['mmol/L', 'mmol/L'],
    ['mg/d', 'mg/d'],
  ])('shows unit %s as %s', (unit, shown) => {
    expect(displayUnit(unit)).toBe(shown);
  });
});

describe('nameParts', () => {
  it.each([
    ['serumRefMmolPerL', ['serum', 'Ref', 'Mmol', 'Per', 'L']],
    ['gfrRefMlPerMin', ['gfr', 'Ref', 'Ml', 'Per', 'Min']],
    ['ppiTypicalActiveBlock', ['ppi', 'Typical', 'Active', 'Block']],
    ['mealsPerDay', ['meals', 'Per', 'Day']],
  ])('%s', (name, parts) => {
    expect(nameParts(name)).toEqual(parts);
    expect(parts.join('')).toBe(name);
  });
});
