/**
 * The runner's analysis flags: --sensitivity, --time-scales and --uncertainty N (one of them per
 * run). Parsed here, apart from args.ts, which only routes them.
 */
import { quoteValue } from '../model/index.ts';

export const MIN_ENSEMBLE_SETS = 10;
export const MAX_ENSEMBLE_SETS = 2000;
/** Sets × days the runner takes on (about half a minute); beyond it, a clear message, not a hang. */
export const MAX_ENSEMBLE_SET_DAYS = 1_000_000;

export type AnalysisOption =
  { kind: 'sensitivity' } | { kind: 'time-scales' } | { kind: 'uncertainty'; sets: number };

export const ANALYSIS_FLAGS = {
  sensitivity: {},
  'time-scales': {},
  uncertainty: { value: `a whole number of parameter sets, ${MIN_ENSEMBLE_SETS}–${MAX_ENSEMBLE_SETS}` },
} as const;

export const isAnalysisFlag = (name: string): name is keyof typeof ANALYSIS_FLAGS =>
  Object.hasOwn(ANALYSIS_FLAGS, name);

/** One analysis per run; `fail` builds the one-line error the runner prints. */
export function parseAnalysisFlag(
  name: keyof typeof ANALYSIS_FLAGS,
  value: string,
  previous: AnalysisOption | null,
  fail: (message: string) => Error,
): AnalysisOption {
  if (previous) throw fail(`--${name} cannot be combined with --${previous.kind}: one analysis per run`);
  if (name !== 'uncertainty') return { kind: name };
  const expects = ANALYSIS_FLAGS.uncertainty.value;
  const n = /^\d+$/.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isInteger(n) || n < MIN_ENSEMBLE_SETS || n > MAX_ENSEMBLE_SETS)
    throw fail(`--uncertainty expects ${expects}, got ${quoteValue(value)}`);
  return { kind: 'uncertainty', sets: n };
}
