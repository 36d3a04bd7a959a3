// The Evidence section's data: exactly the targets the validation tests check, computed in slices.
import { describe, expect, it } from 'vitest';
import { evaluateTarget, TARGETS } from '../../../src/model/evidence/targets.ts';
import {
  computeEvidence,
  summarise,
  TARGET_COUNT,
  type EvidenceTarget,
  type Scheduler,
} from '../../../src/state/evidence.ts';

/** Runs each slice at once, allowing `perSlice` targets, and counts the slices. */
function manualScheduler(perSlice: number) {
  const queue: ((hasTime: () => boolean) => void)[] = [];
  const schedule: Scheduler = (slice) => void queue.push(slice);
  let slices = 0;
  const runAll = () => {
    while (queue.length) {
      let left = perSlice;
      slices++;
      queue.shift()!(() => --left > 0);
    }
    return slices;
  };
  return { schedule, runAll };
}

describe('computeEvidence', () => {
  const computed: EvidenceTarget[] = [];
  let timing: { busyMs: number; longestMs: number; wallMs: number } | undefined;
  const scheduler = manualScheduler(3);
  computeEvidence(
    (t) => computed.push(t),
    (t) => (timing = t),
    scheduler.schedule,
  );
  const slices = scheduler.runAll();

  it('shows every target the tests check, in order, and nothing else', () => {
    expect(computed.map((t) => t.id)).toEqual(TARGETS.map((t) => t.id));
    expect(TARGET_COUNT).toBe(TARGETS.length);
  });

  it('gives each check the value and verdict the validation tests see', () => {
    TARGETS.forEach((target, i) => {
      const expected = evaluateTarget(target);
      computed[i].checks.forEach((c, j) => {
        expect(c.value, `${target.id}.${c.id}`).toBe(expected[j].value);
        expect(c.pass, `${target.id}.${c.id}`).toBe(expected[j].pass);
        expect(c.published).toBe(target.checks[j].published);
        expect(c.knownMismatch).toBe(target.checks[j].knownMismatch);
      });
    });
  });

  it('works in slices (at least one target each) and reports its timing', () => {
    expect(slices).toBe(Math.ceil(TARGETS.length / 3));
    expect(timing!.busyMs).toBeGreaterThan(0);
    expect(timing!.longestMs).toBeLessThanOrEqual(timing!.busyMs);
  });

  it('counts checks inside and outside; every check outside has its reason', () => {
    const s = summarise(computed);
    expect(s.targets).toBe(TARGETS.length);
    expect(s.checks).toBe(TARGETS.reduce((n, t) => n + t.checks.length, 0));
    expect(s.inside + s.outside).toBe(s.checks);
    expect(s.outside).toBe(TARGETS.flatMap((t) => t.checks).filter((c) => c.knownMismatch).length);
    expect(s.explained).toBe(s.outside);
  });

  it('stops when asked', () => {
    const got: string[] = [];
    const s = manualScheduler(1);
    const stop = computeEvidence(
      (t) => got.push(t.id),
      () => got.push('done'),
      s.schedule,
    );
    // The first slice is queued; stopping before it runs computes nothing.
    stop();
    s.runAll();
    expect(got).toEqual([]);
  });
});
