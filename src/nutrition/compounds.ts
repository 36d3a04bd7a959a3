/**
 * Mg compounds named on supplement labels. Only part of a compound's mass is magnesium:
 * '500 mg magnesium citrate' holds about 80 mg Mg. Molar masses are computed from standard atomic
 * weights (SOURCES.atomicWeights) so anyone can redo the sum.
 */
import type { SupplementForm } from '../model/inputs.ts';
import type { LocalizedText } from './types.ts';

/** Standard atomic weights, g/mol (IUPAC/CIAAW conventional values). */
export const ATOMIC_WEIGHTS_G_PER_MOL = {
  Mg: 24.305,
  O: 15.999,
  H: 1.008,
  C: 12.011,
  N: 14.007,
  Cl: 35.45,
  S: 32.06,
} as const;
export type Element = keyof typeof ATOMIC_WEIGHTS_G_PER_MOL;

/** Atoms per formula unit, water of crystallisation included. */
export type Composition = Partial<Record<Element, number>>;

export interface SupplementCompound {
  id: string;
  name: LocalizedText;
  formula: string;
  composition: Composition;
  /** Mg atoms per formula unit. */
  mgAtomsPerFormulaUnit: number;
  molarMassGPerMol: number;
  /** Mass share of Mg, 0–1. */
  mgMassFraction: number;
}

export const molarMassGPerMol = (composition: Composition): number =>
  Object.entries(composition).reduce(
    (sum, [element, count]) => sum + ATOMIC_WEIGHTS_G_PER_MOL[element as Element] * (count ?? 0),
    0,
  );

const compound = <I extends string>(
  id: I,
  nl: string,
  en: string,
  formula: string,
  composition: Composition,
): SupplementCompound & { id: I } => {
  const molarMass = molarMassGPerMol(composition);
  const mgAtoms = composition.Mg ?? 0;
  return {
    id,
    name: { nl, en },
    formula,
    composition,
    mgAtomsPerFormulaUnit: mgAtoms,
    molarMassGPerMol: molarMass,
    mgMassFraction: (mgAtoms * ATOMIC_WEIGHTS_G_PER_MOL.Mg) / molarMass,
  };
};

// prettier-ignore
const COMPOUND_LIST = [
  compound('elemental', 'magnesium (elementair, zoals op het etiket)', 'magnesium (elemental, as on the label)', 'Mg', { Mg: 1 }),
  compound('oxide', 'magnesiumoxide', 'magnesium oxide', 'MgO', { Mg: 1, O: 1 }),
  compound('hydroxide', 'magnesiumhydroxide', 'magnesium hydroxide', 'Mg(OH)₂', { Mg: 1, O: 2, H: 2 }),
  compound('citrate', 'magnesiumcitraat (trimagnesiumdicitraat, watervrij)', 'magnesium citrate (trimagnesium dicitrate, anhydrous)', 'Mg₃(C₆H₅O₇)₂', { Mg: 3, C: 12, H: 10, O: 14 }),
  compound('bisglycinate', 'magnesiumbisglycinaat', 'magnesium bisglycinate', 'Mg(C₂H₄NO₂)₂', { Mg: 1, C: 4, H: 8, N: 2, O: 4 }),
  compound('chloride', 'magnesiumchloride-hexahydraat', 'magnesium chloride hexahydrate', 'MgCl₂·6H₂O', { Mg: 1, Cl: 2, H: 12, O: 6 }),
  compound('sulfate', 'magnesiumsulfaat-heptahydraat (Engels zout)', 'magnesium sulfate heptahydrate (Epsom salt)', 'MgSO₄·7H₂O', { Mg: 1, S: 1, O: 11, H: 14 }),
] as const;

export type CompoundId = (typeof COMPOUND_LIST)[number]['id'];
export const COMPOUNDS: readonly SupplementCompound[] = Object.freeze(COMPOUND_LIST);

export const isCompoundId = (id: string): id is CompoundId => COMPOUNDS.some((c) => c.id === id);

/**
 * The model's salt form of a compound: Mg oxide and hydroxide dissolve poorly ('oxide', see the
 * model's oxideAvailability); citrate, chloride, sulfate, bisglycinate are soluble. A label that
 * gives only elemental Mg names no salt: the model then takes the soluble form, its default.
 */
export const supplementFormOf = (id: CompoundId): SupplementForm =>
  id === 'oxide' || id === 'hydroxide' ? 'oxide' : 'soluble';

/** The compound with this id; throws on an unknown id. */
export function getCompound(id: CompoundId): SupplementCompound {
  const found = COMPOUNDS.find((c) => c.id === id);
  if (!found) throw new Error(`Unknown compound id: ${String(id)}`);
  return found;
}

/** Elemental Mg (mg) in a mass of compound (mg): 500 mg citrate → ≈ 81 mg Mg. Negative or non-finite mass counts as 0. */
export function elementalMgMg(compound: CompoundId | SupplementCompound, compoundMassMg: number): number {
  const c = typeof compound === 'string' ? getCompound(compound) : compound;
  const mass = Number.isFinite(compoundMassMg) && compoundMassMg > 0 ? compoundMassMg : 0;
  return mass * c.mgMassFraction;
}

/** The inverse: mg of compound that holds this much elemental Mg. */
export function compoundMassMgForElementalMg(
  compound: CompoundId | SupplementCompound,
  elementalMg: number,
): number {
  const c = typeof compound === 'string' ? getCompound(compound) : compound;
  return elementalMg / c.mgMassFraction;
}
