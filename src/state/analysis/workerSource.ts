/**
 * Starts the analysis worker. A page opened over file:// cannot start a worker from a file, so
 * the build (scripts/vite-page-assets.ts) turns the worker's file into a classic script that files
 * the worker's code as a string, and tells the page's script where that file is. It is loaded once
 * the first screen is shown (prefetchWorkerCodeSoon), not with the page: it is a quarter of the
 * page's bytes, and the first screen does not need it. The worker is started from a Blob URL of
 * the code (CSP: `script-src 'self'`, `worker-src blob:`; under Trusted Types both URLs go through
 * the policy below); until the code is there, the page talks to a PendingWorker. The dev server
 * serves the worker as a module instead.
 */
import workerUrl from './analysis.worker.ts?worker&url';
import { PendingWorker } from './pendingWorker.ts';

export const TRUSTED_TYPES_POLICY = 'mg-analysis-worker';
/** Where a loaded worker file keeps the worker's code, by file name (as in the build). */
const WORKER_SOURCES_GLOBAL = 'mgWorkerSources';
/** Where the build says each worker file is, relative to the page (as in the build). */
const WORKER_SOURCE_FILES_GLOBAL = 'mgWorkerSourceFiles';

interface TrustedTypesLike {
  createPolicy(
    name: string,
    rules: { createScriptURL(url: string): string },
  ): {
    createScriptURL(url: string): unknown;
  };
}

const workerFile = workerUrl.split(/[?#]/)[0].split('/').pop() ?? '';

/** The string filed under the worker's name in a global record the build set up, or null. */
function filed(global: string): string | null {
  const record = (globalThis as Record<string, unknown>)[global];
  const value =
    typeof record === 'object' && record !== null ? (record as Record<string, unknown>)[workerFile] : null;
  return typeof value === 'string' ? value : null;
}

let policy: ReturnType<TrustedTypesLike['createPolicy']> | null | undefined;

/** Only our own Blob URLs, the worker file the build named and the dev server's worker URL. */
function trusted(url: string): string {
  if (policy === undefined) {
    const tt = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
    policy = tt
      ? tt.createPolicy(TRUSTED_TYPES_POLICY, {
          createScriptURL: (u) => {
            if (u.startsWith('blob:') || u === workerUrl || u === filed(WORKER_SOURCE_FILES_GLOBAL)) return u;
            throw new TypeError(`not an analysis worker URL: ${u.slice(0, 80)}`);
          },
        })
      : null;
  }
  return (policy ? policy.createScriptURL(url) : url) as string;
}

let loading: Promise<string> | null = null;

/** Loads the worker file once (a classic script: it also loads over file://); its code. */
function loadCode(src: string): Promise<string> {
  loading ??= new Promise<string>((resolve, reject) => {
    const script = document.createElement('script');
    script.onload = () => {
      const code = filed(WORKER_SOURCES_GLOBAL);
      if (code === null) reject(new Error(`no worker code in ${src}`));
      else resolve(code);
    };
    script.onerror = () => reject(new Error(`worker code not loaded: ${src}`));
    script.src = trusted(src);
    document.head.append(script);
  });
  // A failed load is tried again by the next worker.
  void loading.catch(() => (loading = null));
  return loading;
}

function workerFromCode(code: string): Worker {
  return new Worker(trusted(URL.createObjectURL(new Blob([code], { type: 'text/javascript' }))));
}

/** How long after the first screen is shown the worker's code is loaded (in idle time). */
const PREFETCH_AFTER_MS = 1000;

/**
 * Loads the worker file ahead of need, a second after the page calls this (once its first screen
 * is shown) and when the browser is idle: the first screen's paint and the reader's first moves
 * come first, and a slider move after that waits for no download (one before it loads the code at
 * once). A failed load is tried again when a worker starts; until then the page computes on the
 * main thread.
 */
export function prefetchWorkerCodeSoon(): void {
  const src = filed(WORKER_SOURCE_FILES_GLOBAL);
  if (src === null || filed(WORKER_SOURCES_GLOBAL) !== null) return;
  const load = () => void loadCode(src).catch(() => {});
  setTimeout(() => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(load, { timeout: 2000 });
    else load();
  }, PREFETCH_AFTER_MS);
}

export function createAnalysisWorker(): Worker {
  const code = filed(WORKER_SOURCES_GLOBAL);
  if (code !== null) return workerFromCode(code);
  const src = filed(WORKER_SOURCE_FILES_GLOBAL);
  if (src === null) return new Worker(trusted(workerUrl), { type: 'module' });
  // A PendingWorker does all the page asks of a Worker (postMessage, terminate, its events).
  return new PendingWorker(loadCode(src).then(workerFromCode)) as unknown as Worker;
}
