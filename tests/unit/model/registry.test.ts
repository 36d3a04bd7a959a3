/** The pool and flow registry: complete, consistent with the state vector, and its flows add up. */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_INPUTS,
  EXCHANGES,
  flowApplies,
  FLOWS,
  POOL_COUNT,
  POOLS,
  SERIES_NAMES,
  steadyStateReport,
  type ModelInputs,
} from '../../../src/model/index.ts';

describe('registry', () => {
  it('has one pool per state-vector pool, in state order', () => {
    expect(POOLS.map((p) => p.stateIndex)).toEqual([...Array(POOL_COUNT).keys()]);
  });

  it('names recorded series and distinct ids', () => {
    const entries = [...POOLS, ...FLOWS, ...EXCHANGES];
    for (const e of entries) expect(SERIES_NAMES, e.id).toContain(e.series);
    expect(new Set(entries.map((e) => e.series)).size).toBe(entries.length);
    expect(new Set(FLOWS.map((f) => f.id)).size).toBe(FLOWS.length);
  });

  it.each<[string, Partial<ModelInputs>]>([
    ['the reference adult', {}],
    ['a breastfeeding woman', { sex: 'female', intakeMgPerDay: 300, conditions: ['lactation'] }],
    ['a PPI user on a supplement', { ppi: 'typical', supplementMgPerDay: 400 }],
  ])('at steady state, what leaves the body equals what comes in: %s', (_, change) => {
    const inputs = { ...DEFAULT_INPUTS, ...change };
    const ss = steadyStateReport(inputs);
    const applies = FLOWS.filter((f) => flowApplies(f, inputs.conditions));
    const sum = (place: 'in' | 'out') =>
      applies
        .filter((f) => (place === 'in' ? f.from === 'outside' : f.to === 'outside'))
        .reduce((total, f) => total + ss[f.series], 0);
    expect(sum('out')).toBeCloseTo(sum('in'), 6);
  });
});
