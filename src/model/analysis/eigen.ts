/**
 * Eigen-decomposition of the linearised model with mathjs `eigs` (a small `create()` subset, so
 * only what eigs and inv need is bundled). The app loads this module only in its analysis worker,
 * when the explanation section opens; nothing on the page's start-up path imports it.
 */
import { create, eigsDependencies, invDependencies, type MathCollection } from 'mathjs';
import type { Matrix } from './linearise.ts';
import type { EigenPair } from './timeScales.ts';

const math = create({ eigsDependencies, invDependencies });

interface ComplexLike {
  re: number;
  im: number;
}
type Scalar = number | ComplexLike;

const toArray = (c: MathCollection): Scalar[] =>
  (Array.isArray(c) ? c : (c as { toArray(): unknown[] }).toArray()) as Scalar[];
const re = (v: Scalar): number => (typeof v === 'number' ? v : v.re);
const im = (v: Scalar): number => (typeof v === 'number' ? 0 : v.im);
/** |a · b| for real or complex a, b. */
const absProduct = (a: Scalar, b: Scalar): number => Math.hypot(re(a), im(a)) * Math.hypot(re(b), im(b));

/**
 * Eigenvalues of J with each mode's participation factors: p_jk = |V_jk · W_kj| with W = V⁻¹,
 * normalised to sum 1 over the pools j. Participation does not depend on the pools' units or
 * sizes, so a 400-mmol deep-bone pool does not win a mode just by being large.
 */
export function eigenPairs(J: Matrix): EigenPair[] {
  const { eigenvectors } = math.eigs(J, { eigenvectors: true });
  const n = J.length;
  const columns = eigenvectors.map((e) => toArray(e.vector));
  const V = Array.from({ length: n }, (_, j) => columns.map((col) => col[j]));
  const W = toArray(math.inv(V as MathCollection) as MathCollection) as unknown as Scalar[][];
  return eigenvectors.map((e, k) => {
    const raw = Array.from({ length: n }, (_, j) => absProduct(V[j][k], W[k][j]));
    const total = raw.reduce((a, b) => a + b, 0);
    const value = e.value as unknown as Scalar;
    return {
      rePerDay: re(value),
      imPerDay: im(value),
      participation: raw.map((p) => (total > 0 ? p / total : 0)),
      vector: columns[k].map(re),
    };
  });
}
