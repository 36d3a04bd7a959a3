/** Public surface of the physiology engine. No Svelte, D3 or DOM in here or below. */
export * from './units.ts';
export * from './parameters.ts';
export * from './inputs.ts';
export * from './modifiers.ts';
export * from './absorption.ts';
export * from './kidney.ts';
export * from './state.ts';
export * from './fluxes.ts';
export * from './calibration.ts';
export * from './steadyState.ts';
export * from './integrator.ts';
export * from './series.ts';
export * from './derived.ts';
export * from './simulate.ts';
export * from './clinical.ts';
export * from './steadyStateReport.ts';
