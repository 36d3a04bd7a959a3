/** Work for a first interaction starts once the reader starts to use the page, and only once. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { onFirstUse } from '../../../../src/views/layout/firstUse.ts';

describe('onFirstUse', () => {
  afterEach(() => vi.useRealTimers());

  it('waits for the reader, then runs once in idle time', () => {
    vi.useFakeTimers();
    const job = vi.fn();
    const stop = onFirstUse(job);
    vi.advanceTimersByTime(5000);
    expect(job).not.toHaveBeenCalled(); // only looked at
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab' }));
    expect(job).not.toHaveBeenCalled(); // never inside the event itself
    vi.advanceTimersByTime(1000);
    expect(job).toHaveBeenCalledTimes(1);
    window.dispatchEvent(new Event('pointermove'));
    vi.advanceTimersByTime(1000);
    expect(job).toHaveBeenCalledTimes(1);
    stop();
  });

  it('does nothing once cancelled (the page closed)', () => {
    vi.useFakeTimers();
    const job = vi.fn();
    onFirstUse(job)();
    window.dispatchEvent(new FocusEvent('focusin'));
    vi.advanceTimersByTime(2000);
    expect(job).not.toHaveBeenCalled();
  });
});

describe('onFirstUse with a latest moment', () => {
  afterEach(() => vi.useRealTimers());

  it('runs once after that moment without any use, and not again on a later use', () => {
    vi.useFakeTimers();
    const job = vi.fn();
    const stop = onFirstUse(job, 3000);
    vi.advanceTimersByTime(2900);
    expect(job).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1200);
    expect(job).toHaveBeenCalledTimes(1);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
    vi.advanceTimersByTime(2000);
    expect(job).toHaveBeenCalledTimes(1);
    stop();
  });
});
