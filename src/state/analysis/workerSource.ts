/**
 * Starts the analysis worker. The build (scripts/vite-page-assets.ts) puts the worker's code into
 * the page's script as a string (a page opened over file:// cannot start a worker from a file),
 * and the worker is started from a Blob URL of it (CSP: `worker-src blob:`; under Trusted Types
 * the URL goes through the policy below). The dev server serves the worker as a module instead.
 */
import workerUrl from './analysis.worker.ts?worker&url';

export const TRUSTED_TYPES_POLICY = 'mg-analysis-worker';

interface TrustedTypesLike {
  createPolicy(
    name: string,
    rules: { createScriptURL(url: string): string },
  ): {
    createScriptURL(url: string): unknown;
  };
}

let policy: ReturnType<TrustedTypesLike['createPolicy']> | null | undefined;

/** Only our own Blob URLs and the dev server's worker URL are let through. */
function trusted(url: string): string {
  if (policy === undefined) {
    const tt = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
    policy = tt
      ? tt.createPolicy(TRUSTED_TYPES_POLICY, {
          createScriptURL: (u) => {
            if (u.startsWith('blob:') || u === workerUrl) return u;
            throw new TypeError(`not an analysis worker URL: ${u.slice(0, 80)}`);
          },
        })
      : null;
  }
  return (policy ? policy.createScriptURL(url) : url) as string;
}

/** Where the build files each worker's code by its file name (WORKER_SOURCES_GLOBAL there). */
const WORKER_SOURCES_GLOBAL = 'mgWorkerSources';

/** The worker's code as the build put it into the script, or null (dev server, tests). */
function inlineSource(): string | null {
  const file = workerUrl.split(/[?#]/)[0].split('/').pop() ?? '';
  const sources = (globalThis as Record<string, unknown>)[WORKER_SOURCES_GLOBAL];
  const source =
    typeof sources === 'object' && sources !== null ? (sources as Record<string, unknown>)[file] : null;
  return typeof source === 'string' ? source : null;
}

export function createAnalysisWorker(): Worker {
  const source = inlineSource();
  if (source === null) return new Worker(trusted(workerUrl), { type: 'module' });
  const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
  return new Worker(trusted(url));
}
