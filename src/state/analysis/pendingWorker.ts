/**
 * A worker whose code is still on its way: the built page loads the worker's code when it first
 * needs it (./workerSource.ts), not with the page. Messages posted meanwhile wait and go in order
 * once it runs; if its code cannot be had, it reports an 'error' as a failing worker does (the
 * page then computes on the main thread). The page uses it as a Worker: postMessage, terminate,
 * 'message' and 'error' events, also as onmessage/onerror.
 */
export class PendingWorker extends EventTarget {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  #worker: Worker | null = null;
  #waiting: unknown[] = [];
  #ended = false;

  constructor(worker: Promise<Worker>) {
    super();
    worker.then(
      (w) => this.#attach(w),
      (e: unknown) => this.#error(e instanceof Error ? e.message : String(e)),
    );
  }

  postMessage(message: unknown): void {
    if (this.#ended) return;
    if (this.#worker) this.#worker.postMessage(message);
    else this.#waiting.push(message);
  }

  terminate(): void {
    this.#ended = true;
    this.#waiting = [];
    this.#worker?.terminate();
    this.#worker = null;
  }

  #attach(worker: Worker): void {
    if (this.#ended) return worker.terminate();
    this.#worker = worker;
    worker.addEventListener('message', (e: MessageEvent) => this.#message(e.data));
    worker.addEventListener('error', (e: ErrorEvent) => this.#error(e.message));
    for (const message of this.#waiting.splice(0)) worker.postMessage(message);
  }

  #message(data: unknown): void {
    const event = new MessageEvent('message', { data });
    this.onmessage?.(event);
    this.dispatchEvent(event);
  }

  #error(message: string): void {
    if (this.#ended) return;
    // An Event with the message (ErrorEvent is not in every environment this runs in).
    const event = Object.assign(new Event('error'), { message }) as ErrorEvent;
    this.onerror?.(event);
    this.dispatchEvent(event);
  }
}
