/**
 * Solving a small dense linear system (the model has five pools): Gaussian elimination with partial
 * pivoting. mathjs is kept out of this path on purpose: sensitivities need only this, and the
 * runner and tests should not load mathjs to get them.
 */
import type { Matrix } from './linearise.ts';

/** x with A x = b; throws when A is singular to working precision. */
export function solveLinear(A: Matrix, b: readonly number[]): number[] {
  const n = b.length;
  const m = A.map((row, i) => [...row, b[i]]);
  const scale = Math.max(...A.flat().map(Math.abs));
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) pivot = r;
    if (!(Math.abs(m[pivot][col]) > 1e-14 * scale)) throw new Error('singular matrix');
    [m[col], m[pivot]] = [m[pivot], m[col]];
    for (let r = col + 1; r < n; r++) {
      const factor = m[r][col] / m[col][col];
      for (let k = col; k <= n; k++) m[r][k] -= factor * m[col][k];
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let sum = m[r][n];
    for (let k = r + 1; k < n; k++) sum -= m[r][k] * x[k];
    x[r] = sum / m[r][r];
  }
  return x;
}
