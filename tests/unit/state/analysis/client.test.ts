/** The worker client: answers go to their request; a newer uncertainty request supersedes the older. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_INPUTS } from '../../../../src/model/index.ts';
import type { CoursePlan } from '../../../../src/model/analysis/index.ts';
import { WorkerClient } from '../../../../src/state/analysis/client.ts';
import type { AnalysisReply, AnalysisRequest } from '../../../../src/state/analysis/protocol.ts';

/** A stand-in worker that records requests and lets the test reply. */
class FakeWorker {
  sent: AnalysisRequest[] = [];
  onmessage: ((e: MessageEvent<AnalysisReply>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  terminated = false;
  postMessage(request: AnalysisRequest) {
    this.sent.push(request);
  }
  reply(reply: AnalysisReply) {
    this.onmessage?.({ data: reply } as MessageEvent<AnalysisReply>);
  }
  terminate() {
    this.terminated = true;
  }
}

const plan: CoursePlan = {
  baselineIntakeMgPerDay: 350,
  startInputs: DEFAULT_INPUTS,
  changes: [],
  scheduled: [],
  today: 0,
  horizonDays: 10,
};

describe('WorkerClient', () => {
  it('resolves a superseded uncertainty request with null and the newer with its answer', async () => {
    const worker = new FakeWorker();
    const client = new WorkerClient(worker as unknown as Worker);
    const progress: number[] = [];
    const first = client.uncertainty(plan, 100, 1, () => {});
    const second = client.uncertainty(plan, 100, 1, (done, total) => progress.push(done / total));
    expect(await first).toBeNull();
    const [, newer] = worker.sent;
    worker.reply({ type: 'progress', id: newer.id, done: 50, total: 100 });
    worker.reply({ type: 'uncertainty', id: newer.id, result: { sets: 100 } as never });
    expect(await second).toEqual({ sets: 100 });
    expect(progress).toEqual([0.5]);
  });

  it('keeps explain and uncertainty requests apart, and rejects on a worker error', async () => {
    const worker = new FakeWorker();
    const client = new WorkerClient(worker as unknown as Worker);
    const explained = client.explain(DEFAULT_INPUTS);
    const band = client.uncertainty(plan, 100, 1, () => {});
    worker.reply({ type: 'error', id: worker.sent[0].id, message: 'no steady state' });
    await expect(explained).rejects.toThrow('no steady state');
    worker.onerror?.({ message: 'worker died' } as ErrorEvent);
    await expect(band).rejects.toThrow('worker died');
    client.dispose();
    expect(worker.terminated).toBe(true);
  });
});
