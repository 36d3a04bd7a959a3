/**
 * A worker whose code is still loading: what is posted meanwhile goes in order once it runs;
 * replies reach onmessage and 'message' listeners; a failed load or a failing worker reports an
 * 'error'; after terminate nothing goes out and a late worker is stopped at once.
 */
import { describe, expect, it, vi } from 'vitest';
import { PendingWorker } from '../../../../src/state/analysis/pendingWorker.ts';

class FakeWorker extends EventTarget {
  posted: unknown[] = [];
  terminated = false;
  postMessage(message: unknown) {
    this.posted.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  reply(data: unknown) {
    this.dispatchEvent(new MessageEvent('message', { data }));
  }
  fail(message: string) {
    this.dispatchEvent(Object.assign(new Event('error'), { message }));
  }
}

function deferred() {
  let resolve!: (w: Worker) => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<Worker>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('PendingWorker', () => {
  it('keeps messages until the worker runs, then sends them in order; replies come through', async () => {
    const start = deferred();
    const pending = new PendingWorker(start.promise);
    const onmessage = vi.fn();
    const listener = vi.fn();
    pending.onmessage = onmessage;
    pending.addEventListener('message', listener);
    pending.postMessage(1);
    pending.postMessage(2);
    const worker = new FakeWorker();
    start.resolve(worker as unknown as Worker);
    await settle();
    expect(worker.posted).toEqual([1, 2]);
    pending.postMessage(3);
    expect(worker.posted).toEqual([1, 2, 3]);
    worker.reply({ id: 7 });
    expect(onmessage.mock.calls[0][0].data).toEqual({ id: 7 });
    expect(listener.mock.calls[0][0].data).toEqual({ id: 7 });
  });

  it('reports an error when its code cannot be loaded, and when the worker fails', async () => {
    const failed = deferred();
    const a = new PendingWorker(failed.promise);
    const onerror = vi.fn();
    a.onerror = onerror;
    failed.reject(new Error('worker code not loaded: ./assets/x.js'));
    await settle();
    expect(onerror.mock.calls[0][0].message).toBe('worker code not loaded: ./assets/x.js');

    const start = deferred();
    const b = new PendingWorker(start.promise);
    const listener = vi.fn();
    b.addEventListener('error', listener);
    const worker = new FakeWorker();
    start.resolve(worker as unknown as Worker);
    await settle();
    worker.fail('boom');
    expect((listener.mock.calls[0][0] as ErrorEvent).message).toBe('boom');
  });

  it('after terminate sends nothing, stops a worker that arrives late and reports nothing', async () => {
    const start = deferred();
    const pending = new PendingWorker(start.promise);
    const onerror = vi.fn();
    pending.onerror = onerror;
    pending.postMessage(1);
    pending.terminate();
    pending.postMessage(2);
    const worker = new FakeWorker();
    start.resolve(worker as unknown as Worker);
    await settle();
    expect(worker.posted).toEqual([]);
    expect(worker.terminated).toBe(true);
    const failed = deferred();
    const other = new PendingWorker(failed.promise);
    other.onerror = onerror;
    other.terminate();
    failed.reject(new Error('late'));
    await settle();
    expect(onerror).not.toHaveBeenCalled();
  });
});
