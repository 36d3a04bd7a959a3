/**
 * The page's side of the analysis worker: one request in flight per kind; a newer uncertainty
 * request supersedes the older one (its promise resolves to null).
 */
import type { CoursePlan, Uncertainty } from '../../model/analysis/index.ts';
import type { ModelInputs } from '../../model/index.ts';
import type { AnalysisReply, AnalysisRequest, Explanation } from './protocol.ts';

export interface AnalysisClient {
  explain(inputs: ModelInputs): Promise<Explanation | null>;
  uncertainty(
    plan: CoursePlan,
    sets: number,
    seed: number,
    onProgress: (done: number, total: number) => void,
  ): Promise<Uncertainty | null>;
  dispose(): void;
}

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
  onProgress?: (done: number, total: number) => void;
}

export class WorkerClient implements AnalysisClient {
  #worker: Worker;
  #nextId = 1;
  #pending = new Map<number, Pending>();
  #latest: Record<AnalysisRequest['type'], number> = { explain: 0, uncertainty: 0, project: 0 };

  constructor(worker: Worker) {
    this.#worker = worker;
    worker.onmessage = (e: MessageEvent<AnalysisReply>) => this.#receive(e.data);
    worker.onerror = (e) => this.#failAll(new Error(e.message || 'analysis worker failed'));
  }

  explain(inputs: ModelInputs): Promise<Explanation | null> {
    return this.#send({ type: 'explain', id: 0, inputs }) as Promise<Explanation | null>;
  }

  uncertainty(plan: CoursePlan, sets: number, seed: number, onProgress: (d: number, t: number) => void) {
    return this.#send(
      { type: 'uncertainty', id: 0, plan, sets, seed },
      onProgress,
    ) as Promise<Uncertainty | null>;
  }

  dispose(): void {
    this.#worker.terminate();
    this.#failAll(new Error('analysis stopped'));
  }

  #send(request: AnalysisRequest, onProgress?: Pending['onProgress']): Promise<unknown> {
    const id = this.#nextId++;
    // The previous request of this kind is no longer wanted.
    const previous = this.#pending.get(this.#latest[request.type]);
    if (previous) {
      this.#pending.delete(this.#latest[request.type]);
      previous.resolve(null);
    }
    this.#latest[request.type] = id;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject, onProgress });
      this.#worker.postMessage({ ...request, id });
    });
  }

  #receive(reply: AnalysisReply): void {
    const pending = this.#pending.get(reply.id);
    if (!pending) return;
    if (reply.type === 'progress') {
      pending.onProgress?.(reply.done, reply.total);
      return;
    }
    this.#pending.delete(reply.id);
    if (reply.type === 'error') pending.reject(new Error(reply.message));
    else pending.resolve(reply.result);
  }

  #failAll(error: Error): void {
    for (const p of this.#pending.values()) p.reject(error);
    this.#pending.clear();
  }
}
