// The vessel level action: D3 sets the fill at once when not animating, and eases jumps otherwise.
import { describe, expect, it } from 'vitest';
import { level } from '../../../../src/views/diagram/level.ts';

const rect = () => document.createElementNS('http://www.w3.org/2000/svg', 'rect');
const attrs = (r: SVGRectElement) => [Number(r.getAttribute('y')), Number(r.getAttribute('height'))];

describe('level action', () => {
  it('draws the first level at once, from the bottom up', () => {
    const r = rect();
    level(r, { bottom: 200, height: 50, animate: true });
    expect(attrs(r)).toEqual([150, 50]);
  });

  it('sets a new level at once while playing or under reduced motion', () => {
    const r = rect();
    const action = level(r, { bottom: 200, height: 50, animate: false });
    action.update({ bottom: 200, height: 80, animate: false });
    expect(attrs(r)).toEqual([120, 80]);
  });

  it('eases a jump: the level has not arrived right away, and arrives in the end', async () => {
    const r = rect();
    const action = level(r, { bottom: 200, height: 50, animate: true });
    action.update({ bottom: 200, height: 100, animate: true });
    expect(attrs(r)).toEqual([150, 50]);
    await expect.poll(() => attrs(r), { timeout: 3000 }).toEqual([100, 100]);
    action.destroy();
  });
});
