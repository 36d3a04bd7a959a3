/**
 * The analyses as the worker runs them (and tests, in process). The ensemble goes set by set and
 * yields between slices, so a newer request can cancel an older one and progress can be shown.
 */
import type { ModelInputs, ParameterValues } from '../../model/index.ts';
import {
  member,
  parameterSets,
  sensitivity,
  summarise,
  timeScales,
  type CoursePlan,
  type Member,
  type Uncertainty,
} from '../../model/analysis/index.ts';
import { eigenPairs } from '../../model/analysis/eigen.ts';
import type { Explanation } from './protocol.ts';

export function explain(inputs: ModelInputs): Explanation {
  return { timeScales: timeScales(inputs, eigenPairs), sensitivity: sensitivity(inputs) };
}

const setsCache = new Map<string, { sets: ParameterValues[]; rejected: number }>();

/** Sampling and calibrating the sets does not depend on the inputs: done once per size and seed. */
function cachedSets(n: number, seed: number) {
  const key = `${n}|${seed}`;
  let entry = setsCache.get(key);
  if (!entry) setsCache.set(key, (entry = parameterSets(n, seed)));
  return entry;
}

export interface EnsembleHooks {
  /** Return false to stop (a newer request came in). */
  proceed(done: number, total: number): boolean | Promise<boolean>;
}

/** The ensemble, `slice` sets at a time; null when stopped. */
export async function ensemble(
  plan: CoursePlan,
  n: number,
  seed: number,
  hooks: EnsembleHooks,
  slice = 5,
): Promise<Uncertainty | null> {
  const { sets, rejected } = cachedSets(n, seed);
  const members: Member[] = [];
  for (let i = 0; i < sets.length; i++) {
    if (i % slice === 0 && !(await hooks.proceed(i, sets.length))) return null;
    members.push(member(plan, sets[i]));
  }
  return summarise(members, rejected);
}
