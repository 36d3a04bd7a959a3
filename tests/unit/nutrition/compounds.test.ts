import { describe, expect, it } from 'vitest';
import {
  COMPOUNDS,
  compoundMassMgForElementalMg,
  elementalMgMg,
  getCompound,
  molarMassGPerMol,
  type CompoundId,
} from '../../../src/nutrition/index.ts';

// Molar masses (g/mol) and Mg mass shares as tabulated for these salts; Mg atoms per formula unit.
const PUBLISHED: [CompoundId, number, number, number][] = [
  ['oxide', 40.3, 0.603, 1],
  ['hydroxide', 58.32, 0.417, 1],
  ['citrate', 451.11, 0.162, 3],
  ['bisglycinate', 172.42, 0.141, 1],
  ['chloride', 203.3, 0.12, 1],
  ['sulfate', 246.47, 0.099, 1],
];

describe('supplement compounds', () => {
  it.each(PUBLISHED)('%s: %s g/mol, Mg share %s, %s Mg atoms', (id, molarMass, share, atoms) => {
    const c = getCompound(id);
    expect(c.molarMassGPerMol).toBeCloseTo(molarMass, 1);
    expect(c.mgMassFraction).toBeCloseTo(share, 2);
    expect(c.mgAtomsPerFormulaUnit).toBe(atoms);
    expect(c.name.nl.length).toBeGreaterThan(0);
    expect(c.name.en.length).toBeGreaterThan(0);
  });

  it('500 mg magnesium citrate holds about 80–81 mg Mg', () => {
    const mg = elementalMgMg('citrate', 500);
    expect(mg).toBeGreaterThanOrEqual(80);
    expect(mg).toBeLessThanOrEqual(81);
  });

  it('1 g magnesium oxide holds about 603 mg Mg', () => {
    expect(elementalMgMg('oxide', 1000)).toBeCloseTo(603, 0);
  });

  it('elemental Mg on a label passes through unchanged', () => {
    expect(elementalMgMg('elemental', 250)).toBeCloseTo(250, 9);
  });

  it('accepts a compound object and inverts', () => {
    const citrate = getCompound('citrate');
    expect(elementalMgMg(citrate, 500)).toBeCloseTo(elementalMgMg('citrate', 500), 12);
    expect(compoundMassMgForElementalMg('citrate', elementalMgMg('citrate', 500))).toBeCloseTo(500, 9);
  });

  it('treats negative or non-finite masses as 0', () => {
    for (const bad of [-100, Number.NaN, Number.POSITIVE_INFINITY])
      expect(elementalMgMg('oxide', bad)).toBe(0);
  });

  it('computes molar mass from standard atomic weights (MgO = 24.305 + 15.999)', () => {
    expect(molarMassGPerMol({ Mg: 1, O: 1 })).toBeCloseTo(40.304, 9);
    expect(new Set(COMPOUNDS.map((c) => c.id)).size).toBe(COMPOUNDS.length);
  });

  it('throws on an unknown compound', () => {
    expect(() => getCompound('carbonate' as CompoundId)).toThrow(/Unknown compound/);
  });
});
