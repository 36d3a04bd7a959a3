/** Shortcuts fire on the page, never while the user types in a field or holds a modifier. */
import { describe, expect, it } from 'vitest';
import { SHORTCUT_ROWS, shortcutFor, type ShortcutAction } from '../../../../src/views/keyboard/keymap.ts';

/** A stand-in element: `closest` answers whether it is (inside) one of the given tags. */
const element = (tag: string) =>
  ({
    closest: (selector: string) =>
      selector.split(',').some((s) => s.trim() === tag || s.trim().startsWith(`${tag}[`)) ? {} : null,
  }) as unknown as EventTarget;

const body = { closest: () => null } as unknown as EventTarget;
const action = (event: Parameters<typeof shortcutFor>[0]) => shortcutFor(event)?.action ?? null;

describe('shortcutFor', () => {
  it.each<[string, Parameters<typeof shortcutFor>[0], ShortcutAction | null]>([
    ['space on the page', { key: ' ', target: body }, 'playPause'],
    ['old Spacebar name', { key: 'Spacebar', target: body }, 'playPause'],
    ['no target', { key: ' ', target: null }, 'playPause'],
    ['right arrow', { key: 'ArrowRight', target: body }, 'step'],
    ['right arrow held steps on', { key: 'ArrowRight', repeat: true, target: body }, 'step'],
    ['r', { key: 'r', target: body }, 'resetAll'],
    ['R with caps lock', { key: 'R', target: body }, 'resetAll'],
    ['s', { key: 's', target: body }, 'steadyState'],
    ['p', { key: 'p', target: body }, 'presentation'],
    ['f', { key: 'f', target: body }, 'presentation'],
    ['c', { key: 'c', target: body }, 'settings'],
    ['l', { key: 'l', target: body }, 'language'],
    ['? (needs Shift)', { key: '?', shiftKey: true, target: body }, 'help'],
    ['a letter on a focused button', { key: 'r', target: element('button') }, 'resetAll'],
    ['other key', { key: 'Enter', target: body }, null],
    ['unused letter', { key: 'x', target: body }, null],
    ['typing in a field', { key: ' ', target: element('input') }, null],
    ['a letter in a field', { key: 'r', target: element('input') }, null],
    ['a digit in a field', { key: '3', target: element('input') }, null],
    ['in a text area', { key: 's', target: element('textarea') }, null],
    ['in a select', { key: 'l', target: element('select') }, null],
    ['in editable text', { key: 'p', target: element('[contenteditable="true"]') }, null],
    ['space on a button', { key: ' ', target: element('button') }, null],
    ['arrow on a slider', { key: 'ArrowRight', target: element('[role="slider"]') }, null],
    ['space on a summary', { key: ' ', target: element('summary') }, null],
    ['inside the help dialog', { key: 'r', target: element('dialog') }, null],
    ['with Ctrl', { key: ' ', ctrlKey: true, target: body }, null],
    ['Ctrl+R (reload)', { key: 'r', ctrlKey: true, target: body }, null],
    ['Cmd+L', { key: 'l', metaKey: true, target: body }, null],
    ['Alt+S', { key: 's', altKey: true, target: body }, null],
    ['Shift+R', { key: 'R', shiftKey: true, target: body }, null],
    ['with Shift', { key: ' ', shiftKey: true, target: body }, null],
    ['space held down', { key: ' ', repeat: true, target: body }, null],
    ['R held down', { key: 'r', repeat: true, target: body }, null],
    ['already handled', { key: ' ', defaultPrevented: true, target: body }, null],
  ])('%s → %s', (_name, event, expected) => {
    expect(action(event)).toBe(expected);
  });

  it('maps 1–9 to the n-th scenario, on QWERTY and AZERTY (where Shift types the digit)', () => {
    expect(shortcutFor({ key: '1', code: 'Digit1', target: body })).toEqual({
      action: 'scenario',
      scenario: 1,
    });
    expect(shortcutFor({ key: '9', code: 'Numpad9', target: body })?.scenario).toBe(9);
    expect(shortcutFor({ key: '3', code: 'Digit3', shiftKey: true, target: body })?.scenario).toBe(3);
    expect(shortcutFor({ key: '&', code: 'Digit1', target: body })?.scenario).toBe(1);
    expect(shortcutFor({ key: '!', code: 'Digit1', shiftKey: true, target: body })).toBeNull();
    expect(shortcutFor({ key: '0', code: 'Digit0', target: body })).toBeNull();
  });

  it('lists every action in the help dialog exactly once', () => {
    const listed = SHORTCUT_ROWS.map((r) => r.action);
    const all: ShortcutAction[] = [
      'playPause',
      'step',
      'resetAll',
      'steadyState',
      'presentation',
      'settings',
      'language',
      'help',
      'scenario',
    ];
    expect([...listed].sort()).toEqual([...all].sort());
  });
});
