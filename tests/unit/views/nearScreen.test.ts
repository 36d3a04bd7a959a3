/** Every placeholder waiting to come near the screen shares one IntersectionObserver. */
import { afterAll, describe, expect, it, vi } from 'vitest';

type Entry = { target: Element; isIntersecting: boolean };
const made: FakeObserver[] = [];
class FakeObserver {
  observed = new Set<Element>();
  constructor(
    readonly report: (entries: Entry[]) => void,
    readonly options: { rootMargin?: string },
  ) {
    made.push(this);
  }
  observe(el: Element) {
    this.observed.add(el);
  }
  unobserve(el: Element) {
    this.observed.delete(el);
  }
}
vi.stubGlobal('IntersectionObserver', FakeObserver);
afterAll(() => vi.unstubAllGlobals());

describe('whenNearScreen', () => {
  it('uses one observer, a screen above and below, and calls only the element that came near', async () => {
    const { whenNearScreen } = await import('../../../src/views/layout/nearScreen.ts');
    const [a, b] = [{ id: 'a' }, { id: 'b' }] as unknown as Element[];
    const nearA = vi.fn();
    const nearB = vi.fn();
    const stopA = whenNearScreen(a, nearA);
    whenNearScreen(b, nearB);
    expect(made).toHaveLength(1);
    expect(made[0].options.rootMargin).toBe('100% 0px');
    expect([...made[0].observed]).toEqual([a, b]);

    made[0].report([
      { target: a, isIntersecting: false },
      { target: b, isIntersecting: true },
    ]);
    expect(nearA).not.toHaveBeenCalled();
    expect(nearB).toHaveBeenCalledTimes(1);

    stopA();
    expect([...made[0].observed]).toEqual([b]);
    made[0].report([{ target: a, isIntersecting: true }]);
    expect(nearA).not.toHaveBeenCalled();
  });
});
