/**
 * Everything that watches its distance to the screen (placeholders, charts) shares one
 * IntersectionObserver per margin, and each watcher hears only about its own element.
 */
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

describe('watchNearScreen', () => {
  it('uses one observer per margin and reports each element’s coming and going to its watcher', async () => {
    const { watchNearScreen } = await import('../../../src/views/layout/nearScreen.ts');
    const [a, b, c] = [{ id: 'a' }, { id: 'b' }, { id: 'c' }] as unknown as Element[];
    const [reportA, reportB, reportC] = [vi.fn(), vi.fn(), vi.fn()];
    const stopA = watchNearScreen(a, '100% 0px', reportA);
    watchNearScreen(b, '100% 0px', reportB);
    watchNearScreen(c, '300px 0px', reportC);
    expect(made.map((o) => o.options.rootMargin)).toEqual(['100% 0px', '300px 0px']);
    expect([...made[0].observed]).toEqual([a, b]);

    made[0].report([
      { target: a, isIntersecting: false },
      { target: b, isIntersecting: true },
      { target: b, isIntersecting: false },
    ]);
    expect(reportA.mock.calls).toEqual([[false]]);
    expect(reportB.mock.calls).toEqual([[true], [false]]);
    expect(reportC).not.toHaveBeenCalled();

    stopA();
    expect([...made[0].observed]).toEqual([b]);
    made[0].report([{ target: a, isIntersecting: true }]);
    expect(reportA.mock.calls).toEqual([[false]]);
  });
});
