/** Property tests and fuzzers run with one fixed seed in CI (random seeds only on request). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CI_SEED, seedFromEnv } from '../../seed.ts';

describe('fast-check seed', () => {
  it('is set for every property in this run (fixed unless FC_SEED says otherwise)', () => {
    const seed = fc.readConfigureGlobal().seed;
    expect(seed).toBeTypeOf('number');
    if (!process.env.FC_SEED) expect(seed).toBe(CI_SEED);
  });

  it('reads FC_SEED: empty is the CI seed, a number replays, "random" draws, nonsense fails', () => {
    expect(seedFromEnv(undefined)).toBe(CI_SEED);
    expect(seedFromEnv('')).toBe(CI_SEED);
    expect(seedFromEnv('42')).toBe(42);
    expect(Number.isInteger(seedFromEnv('random'))).toBe(true);
    expect(() => seedFromEnv('0x10')).toThrow(/FC_SEED/);
  });

  it('makes the same cases twice in a row', () => {
    const draw = () => fc.sample(fc.integer(), { numRuns: 5 });
    expect(draw()).toEqual(draw());
  });
});
