/**
 * One seed for every fast-check property and fuzzer, so CI runs the same cases every time and is
 * never red by chance. `FC_SEED=123` replays a seed; `FC_SEED=random` (npm run test:random) draws
 * a new one and prints it, so a failure found that way can be replayed.
 */
import fc from 'fast-check';

/** The CI seed: fixed, so a red run is a real defect, never bad luck. */
export const CI_SEED = 20240611;

export function seedFromEnv(value = process.env.FC_SEED): number {
  if (value === undefined || value === '') return CI_SEED;
  if (value === 'random') return (Date.now() ^ (Math.random() * 0x7fffffff)) | 0;
  const seed = /^-?\d{1,10}$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(seed)) throw new Error(`FC_SEED must be an integer or "random", got ${value}`);
  return seed | 0;
}

const seed = seedFromEnv();
fc.configureGlobal({ seed });
if (process.env.FC_SEED === 'random') console.log(`[fast-check] FC_SEED=${seed}`);
