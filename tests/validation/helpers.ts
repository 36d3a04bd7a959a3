/** Small helpers for the validation tests against published data (shared with the Evidence targets). */
import { steady } from '../../src/model/evidence/probes.ts';

export { adult, after, ivLoadRetention, steady } from '../../src/model/evidence/probes.ts';
export { healthyState } from '../../src/model/index.ts';
export type Steady = ReturnType<typeof steady>;
