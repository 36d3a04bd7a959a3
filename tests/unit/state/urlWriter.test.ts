// The address bar is written once the set-up has stayed the same for a moment: never during a drag.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createUrlWriter } from '../../../src/state/urlWriter.ts';

describe('createUrlWriter', () => {
  const replaceState = vi.fn();
  beforeEach(() => {
    vi.useFakeTimers();
    replaceState.mockClear();
    vi.stubGlobal('location', { search: '' });
    vi.stubGlobal('history', { replaceState });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('writes nothing while changes keep coming, then the last set-up once, as typed', () => {
    const write = createUrlWriter(400);
    for (let i = 0; i < 20; i++) {
      write(`?intake-mg=${300 + i}.45000000000005`);
      vi.advanceTimersByTime(100);
    }
    expect(replaceState).not.toHaveBeenCalled();
    vi.advanceTimersByTime(400);
    expect(replaceState).toHaveBeenCalledTimes(1);
    expect(replaceState).toHaveBeenCalledWith(null, '', '?intake-mg=319');
  });

  it('does not rewrite an address that already says the same', () => {
    vi.stubGlobal('location', { search: '?intake-mg=200' });
    const write = createUrlWriter(400);
    write('?intake-mg=200');
    vi.advanceTimersByTime(500);
    expect(replaceState).not.toHaveBeenCalled();
  });
});
