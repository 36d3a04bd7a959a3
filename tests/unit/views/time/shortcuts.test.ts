/** The space-bar shortcut never fires while the user types or operates another control. */
import { describe, expect, it } from 'vitest';
import { isOwnKeyTarget, isPlayPauseShortcut } from '../../../../src/views/time/shortcuts.ts';

/** A stand-in element: `closest` answers whether it is (inside) one of the given tags. */
const element = (tag: string) =>
  ({
    closest: (selector: string) => (selector.split(',').some((s) => s.trim().startsWith(tag)) ? {} : null),
  }) as unknown as EventTarget;

const body = { closest: () => null } as unknown as EventTarget;

describe('isPlayPauseShortcut', () => {
  it.each([
    ['space on the page', { key: ' ', target: body }, true],
    ['old Spacebar name', { key: 'Spacebar', target: body }, true],
    ['no target', { key: ' ', target: null }, true],
    ['other key', { key: 'Enter', target: body }, false],
    ['typing in a field', { key: ' ', target: element('input') }, false],
    ['in a text area', { key: ' ', target: element('textarea') }, false],
    ['in a select', { key: ' ', target: element('select') }, false],
    ['on a button', { key: ' ', target: element('button') }, false],
    ['on a summary', { key: ' ', target: element('summary') }, false],
    ['with Ctrl', { key: ' ', ctrlKey: true, target: body }, false],
    ['with Shift', { key: ' ', shiftKey: true, target: body }, false],
    ['held down', { key: ' ', repeat: true, target: body }, false],
    ['already handled', { key: ' ', defaultPrevented: true, target: body }, false],
  ])('%s → %s', (_name, event, expected) => {
    expect(isPlayPauseShortcut(event)).toBe(expected);
  });

  it('treats a target without closest() as the page', () => {
    expect(isOwnKeyTarget({} as EventTarget)).toBe(false);
  });
});
