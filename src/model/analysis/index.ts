/**
 * The model explains itself: time scales of the linearised model, local sensitivities and the
 * uncertainty from the parameters' grades. Pure computation (no DOM). The mathjs eigen-solver is in
 * ./eigen.ts and is imported on its own by whoever needs it (the worker, the runner, tests), so
 * importing this surface never loads mathjs.
 */
export * from './linearise.ts';
export * from './linearAlgebra.ts';
export * from './timeScales.ts';
export * from './factors.ts';
export * from './sensitivity.ts';
export * from './random.ts';
export * from './latinHypercube.ts';
export * from './gradeRanges.ts';
export * from './quantiles.ts';
export * from './course.ts';
export * from './ensemble.ts';
export * from './clinicalCertainty.ts';
