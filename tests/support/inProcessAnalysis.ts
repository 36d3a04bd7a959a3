/**
 * The analysis client without a worker, for component tests (jsdom has no Worker): the same
 * computations the worker runs, answered on the next tick.
 */
import type { AnalysisClient } from '../../src/state/analysis/client.ts';
import { ensemble, explain } from '../../src/state/analysis/compute.ts';

export function inProcessAnalysis(): AnalysisClient {
  let latest = 0;
  return {
    explain: async (inputs) => explain(inputs),
    uncertainty: async (plan, sets, seed, onProgress) => {
      const id = ++latest;
      return ensemble(plan, sets, seed, {
        proceed: async (done, total) => {
          await new Promise((r) => setTimeout(r, 0));
          if (id !== latest) return false;
          onProgress(done, total);
          return true;
        },
      });
    },
    dispose: () => {},
  };
}
