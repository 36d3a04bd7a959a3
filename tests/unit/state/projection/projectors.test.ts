// The projection line off the main thread: one request at a time, the newest waits, a failing
// worker falls back to computing at once, and the page's first projection never waits.
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_INPUTS, type Series } from '../../../../src/model/index.ts';
import type { AnalysisReply } from '../../../../src/state/analysis/protocol.ts';
import { LiveSimulation } from '../../../../src/state/liveSimulation.ts';
import { PageProjector } from '../../../../src/state/projection/defaultProjector.ts';
import {
  DAYS_PER_SLICE,
  ImmediateProjector,
  NextTaskProjector,
  projectNow,
  type ProjectionRequest,
} from '../../../../src/state/projection/projector.ts';
import { WorkerProjector } from '../../../../src/state/projection/workerProjector.ts';

/** A worker that keeps what it was sent and answers when told. */
class FakeWorker extends EventTarget {
  sent: { id: number; request: ProjectionRequest }[] = [];
  terminated = false;
  postMessage(message: { id: number; request: ProjectionRequest }): void {
    this.sent.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  answer(index: number): void {
    const { id, request } = this.sent[index];
    const reply: AnalysisReply = { type: 'project', id, result: projectNow(request) };
    this.dispatchEvent(new MessageEvent('message', { data: reply }));
  }
  fail(): void {
    this.dispatchEvent(new Event('error'));
  }
}

const requestAt = (intakeMgPerDay: number): ProjectionRequest => {
  const sim = new LiveSimulation({ ...DEFAULT_INPUTS, intakeMgPerDay });
  return sim.projectionRequest(60);
};
const endUrine = (s: Series): number => s.urineMgPerDay[s.urineMgPerDay.length - 1];

describe('projectors', () => {
  it('the immediate projector gives what the simulation projects', () => {
    const sim = new LiveSimulation({ ...DEFAULT_INPUTS, intakeMgPerDay: 120 });
    sim.advance(3.5);
    let got: Series | null = null;
    new ImmediateProjector().project(sim.projectionRequest(90), (s) => (got = s));
    expect(got!.serumMgMmolPerL).toEqual(sim.project(90).series.serumMgMmolPerL);
    expect(got!.day[0]).toBe(3.5);
  });

  it('the worker computes one request at a time; of those that wait, only the newest', () => {
    const worker = new FakeWorker();
    const projector = new WorkerProjector(worker as unknown as Worker);
    const got: number[] = [];
    for (const intake of [100, 200, 300, 400])
      projector.project(requestAt(intake), (s) => got.push(endUrine(s)));
    expect(worker.sent).toHaveLength(1);
    worker.answer(0);
    // The first answer is shown; the newest waiting request (400) goes next, 200 and 300 never.
    expect(worker.sent).toHaveLength(2);
    expect(worker.sent[1].request.inputs.intakeMgPerDay).toBe(400);
    worker.answer(1);
    expect(got).toHaveLength(2);
    expect(got[1]).toBeGreaterThan(got[0]);
  });

  it('a worker that fails: the newest request is computed at once, and every later one', () => {
    const worker = new FakeWorker();
    const projector = new WorkerProjector(worker as unknown as Worker);
    const got: number[] = [];
    projector.project(requestAt(100), (s) => got.push(endUrine(s)));
    projector.project(requestAt(300), (s) => got.push(endUrine(s)));
    worker.fail();
    expect(worker.terminated).toBe(true);
    expect(got).toEqual([endUrine(projectNow(requestAt(300)))]);
    projector.project(requestAt(200), (s) => got.push(endUrine(s)));
    expect(got).toHaveLength(2);
  });

  it('the page starts its worker with the first projection and sends that one to it too', () => {
    const worker = new FakeWorker();
    let started = 0;
    const projector = new PageProjector(() => {
      started++;
      return new WorkerProjector(worker as unknown as Worker);
    });
    let first: Series | null = null;
    projector.project(requestAt(100), (s) => (first = s));
    expect(first).toBeNull(); // not computed on the page: the worker answers
    expect(started).toBe(1);
    expect(worker.sent).toHaveLength(1);
    projector.project(requestAt(200), () => {});
    expect(started).toBe(1);
    projector.dispose();
    expect(worker.terminated).toBe(true);
  });

  it('without a worker, the page computes every projection at once', () => {
    const projector = new PageProjector(() => new ImmediateProjector());
    let first: Series | null = null;
    projector.project(requestAt(100), (s) => (first = s));
    expect(first).not.toBeNull();
  });

  it('once warmed up (the reader started to use the page), even the first projection goes to the worker', () => {
    const worker = new FakeWorker();
    let started = 0;
    const projector = new PageProjector(() => {
      started++;
      return new WorkerProjector(worker as unknown as Worker);
    });
    projector.warmUp();
    projector.warmUp();
    expect(started).toBe(1);
    let first: Series | null = null;
    projector.project(requestAt(100), (s) => (first = s));
    expect(first).toBeNull(); // not computed here: the worker answers
    expect(worker.sent).toHaveLength(1);
    projector.dispose();
  });

  it('the opening course is computed in a task of its own: only the newest request, even after dispose', () => {
    vi.useFakeTimers();
    try {
      const projector = new NextTaskProjector();
      const got: number[] = [];
      projector.project(requestAt(100), (s) => got.push(endUrine(s)));
      projector.project(requestAt(300), (s) => got.push(endUrine(s)));
      projector.dispose();
      expect(got).toEqual([]); // not in the asking task
      vi.runAllTimers();
      expect(got).toEqual([endUrine(projectNow(requestAt(300)))]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('the opening course is computed a slice of days per task, and a newer request replaces one half done', () => {
    const tasks: (() => void)[] = [];
    const projector = new NextTaskProjector((task) => tasks.push(task));
    const year = (intake: number): ProjectionRequest => ({ ...requestAt(intake), days: 365 });
    const got: Series[] = [];
    projector.project(year(100), (s) => got.push(s));
    const runTask = () => tasks.shift()?.();
    runTask();
    runTask();
    expect(got).toEqual([]); // two slices of a year: not done yet
    projector.project(year(300), (s) => got.push(s));
    let ran = 0;
    while (tasks.length > 0) {
      runTask();
      ran++;
    }
    // The newer course from its start, a slice at a time, and only that one is answered.
    expect(ran).toBe(Math.ceil(365 / DAYS_PER_SLICE));
    expect(got).toHaveLength(1);
    expect(Array.from(got[0].urineMgPerDay)).toEqual(Array.from(projectNow(year(300)).urineMgPerDay));
  });
});
