/**
 * What the views may read of the model, handed on by the state: its vocabulary (ids, choices,
 * ranges, the pool and flow registry) and its constants. Views import values from here and only
 * types from src/model (an ESLint rule holds them to it); anything computed comes from the state.
 */
export { EXCHANGES, FLOWS, POOLS, flowApplies, flowById, poolById } from '../model/index.ts';
