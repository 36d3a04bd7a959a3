/**
 * The page's projector: one request in the worker at a time; while it computes, the newest
 * request waits (older waiting ones are dropped, so a fast drag never builds a queue). If the
 * worker fails, the course is computed on the main thread from then on: slower, never missing.
 */
import type { Series } from '../../model/index.ts';
import type { AnalysisReply, AnalysisRequest } from '../analysis/protocol.ts';
import { projectNow, type ProjectionDone, type ProjectionRequest, type Projector } from './projector.ts';

interface Job {
  request: ProjectionRequest;
  done: ProjectionDone;
}

export class WorkerProjector implements Projector {
  #worker: Worker | null;
  #running: (Job & { id: number }) | null = null;
  #waiting: Job | null = null;
  #nextId = 1;

  constructor(worker: Worker) {
    this.#worker = worker;
    worker.addEventListener('message', (e: MessageEvent<AnalysisReply>) => this.#receive(e.data));
    worker.addEventListener('error', () => this.#fallBack());
  }

  project(request: ProjectionRequest, done: ProjectionDone): void {
    if (!this.#worker) return done(projectNow(request));
    if (this.#running) this.#waiting = { request, done };
    else this.#start({ request, done });
  }

  dispose(): void {
    this.#worker?.terminate();
    this.#worker = null;
    this.#running = this.#waiting = null;
  }

  #start(job: Job): void {
    const id = this.#nextId++;
    this.#running = { ...job, id };
    const message: AnalysisRequest = { type: 'project', id, request: job.request };
    this.#worker!.postMessage(message);
  }

  #receive(reply: AnalysisReply): void {
    const running = this.#running;
    if (!running || reply.id !== running.id) return;
    if (reply.type === 'error') return this.#fallBack();
    if (reply.type !== 'project') return;
    this.#running = null;
    const next = this.#waiting;
    this.#waiting = null;
    if (next) this.#start(next);
    running.done(reply.result as Series);
  }

  /** The worker is gone: compute what was asked for here. */
  #fallBack(): void {
    this.#worker?.terminate();
    this.#worker = null;
    const jobs = [this.#running, this.#waiting].filter((j): j is NonNullable<typeof j> => j !== null);
    this.#running = this.#waiting = null;
    // Only the newest answer is wanted.
    const last = jobs.at(-1);
    if (last) last.done(projectNow(last.request));
  }
}
